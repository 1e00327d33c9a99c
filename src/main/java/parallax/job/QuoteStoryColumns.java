package parallax.job;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import parallax.quotes.ArticleQuotes;
import parallax.quotes.MissingVoice;
import parallax.quotes.Quote;
import parallax.quotes.ShareOfVoice;
import parallax.quotes.SpeakerNames;
import parallax.quotes.StorySpeakerNames;
import parallax.quotes.VoiceShare;

/**
 * The quote analysis's columns in the story row ({@link StoryRows}): share of voice per version and
 * speaker ({@code voices.csv}), the speakers each version leaves out that others quote ({@code
 * missing_voices.csv}), and the story-wide name of every speaker name the articles use ({@code
 * speaker_names}, so that {@code quotes.csv} names speakers as {@code voices.csv} counts them).
 * Speaker names are merged across the versions through the {@link SpeakerNames} seam ({@link
 * #names}); an unknown speaker is null.
 */
final class QuoteStoryColumns {

  static final StructType VOICE =
      new StructType()
          .add("source", StringType, false)
          .add("article_id", StringType, false)
          .add("speaker", StringType)
          .add("person", BooleanType, false)
          .add("direct_quotes", IntegerType, false)
          .add("direct_words", IntegerType, false)
          .add("indirect_quotes", IntegerType, false)
          .add("indirect_words", IntegerType, false)
          .add("words", IntegerType, false)
          .add("share", DoubleType, false)
          .add("verbs", StringType)
          .add("loaded_verbs", StringType)
          .add("other_versions_quoting", IntegerType);

  static final StructType MISSING_VOICE =
      new StructType()
          .add("source", StringType, false)
          .add("article_id", StringType, false)
          .add("speaker", StringType, false)
          .add("versions_quoting", IntegerType, false);

  static final StructType SPEAKER_NAME =
      new StructType().add("speaker", StringType, false).add("story_speaker", StringType, false);

  /** The columns, in the order {@link #values} gives them. */
  static final StructType FIELDS =
      new StructType()
          .add("voices", createArrayType(VOICE, false))
          .add("missing_voices", createArrayType(MISSING_VOICE, false))
          .add("speaker_names", createArrayType(SPEAKER_NAME, false));

  private QuoteStoryColumns() {}

  /**
   * The story-wide speaker names of one story's quotes: the one place that picks the {@link
   * SpeakerNames} implementation (quotes alone for now; one backed by the story's entities can take
   * its place).
   */
  static SpeakerNames names(List<ArticleQuotes> versions) {
    List<Quote> all = new ArrayList<>();
    versions.forEach(version -> all.addAll(version.quotes()));
    return StorySpeakerNames.of(all);
  }

  /**
   * The loaded verbs of saying (claim, insist, ...: class {@code loaded} in the speech-verb
   * lexicon) used for each speaker in each version, distinct, sorted, joined by {@code |} as {@link
   * VoiceShare#verbs()} are; keyed by article id, tab, story-wide speaker name.
   */
  private static Map<String, String> loadedVerbs(List<ArticleQuotes> versions, SpeakerNames names) {
    Map<String, Set<String>> verbs = new HashMap<>();
    for (ArticleQuotes version : versions) {
      for (Quote quote : version.quotes()) {
        if (quote.verbClass().equals("loaded")) {
          verbs
              .computeIfAbsent(
                  version.articleId() + '\t' + names.canonical(quote.speaker()),
                  k -> new TreeSet<>())
              .add(quote.verb());
        }
      }
    }
    Map<String, String> joined = new HashMap<>();
    verbs.forEach((key, set) -> joined.put(key, String.join("|", set)));
    return joined;
  }

  /** The column values of one story, from the quotes of each version. */
  static Object[] values(List<ArticleQuotes> versions) {
    SpeakerNames names = names(versions);
    ShareOfVoice.StoryVoices voices = ShareOfVoice.of(versions, names);
    Map<String, String> loadedVerbs = loadedVerbs(versions, names);
    List<Row> shares = new ArrayList<>(voices.shares().size());
    for (VoiceShare share : voices.shares()) {
      boolean unknown = share.speaker().isEmpty();
      String loaded = loadedVerbs.get(share.articleId() + '\t' + share.speaker());
      shares.add(
          RowFactory.create(
              share.source(),
              share.articleId(),
              unknown ? null : share.speaker(),
              share.person(),
              share.directQuotes(),
              share.directWords(),
              share.indirectQuotes(),
              share.indirectWords(),
              share.words(),
              share.share(),
              share.verbs().isEmpty() ? null : share.verbs(),
              loaded,
              unknown ? null : share.otherVersionsQuoting()));
    }
    List<Row> missing = new ArrayList<>(voices.missing().size());
    for (MissingVoice voice : voices.missing()) {
      missing.add(
          RowFactory.create(
              voice.source(), voice.articleId(), voice.speaker(), voice.versionsQuoting()));
    }
    TreeSet<String> spoken = new TreeSet<>();
    versions.forEach(version -> version.quotes().forEach(quote -> spoken.add(quote.speaker())));
    spoken.remove("");
    List<Row> speakerNames = new ArrayList<>(spoken.size());
    for (String speaker : spoken) {
      speakerNames.add(RowFactory.create(speaker, names.canonical(speaker)));
    }
    return new Object[] {
      RowBuilder.array(shares), RowBuilder.array(missing), RowBuilder.array(speakerNames)
    };
  }
}
