package parallax.job;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import parallax.sentiment.EntityTone;
import parallax.sentiment.EntityToneAggregator;
import parallax.sentiment.MentionSentiment;
import parallax.sentiment.StoryMentions;
import parallax.sentiment.ToneStatistics;
import parallax.sentiment.Voice;

/**
 * The sentiment analysis's columns in the story row ({@link StoryRows}): the tone toward every
 * entity per source and voice ({@code entities.csv}). The versions' mentions are merged story-wide
 * first ({@link StoryMentions}: "Putin" joins "Vladimir Putin"), then each source's mentions of
 * each entity are summarised in the author's words and in quoted speech apart ({@link
 * EntityToneAggregator}); a voice without mentions gives no row.
 */
final class SentimentStoryColumns {

  static final StructType ENTITY_TONE =
      new StructType()
          .add("source", StringType, false)
          .add("entity", StringType, false)
          .add("type", StringType, false)
          .add("voice", StringType, false)
          .add("mentions", IntegerType, false)
          .add("mean", DoubleType, false)
          .add("ci_low", DoubleType, false)
          .add("ci_high", DoubleType, false)
          .add("n_sentences", IntegerType, false);

  /** The columns, in the order {@link #values} gives them. */
  static final StructType FIELDS =
      new StructType().add("entity_tones", createArrayType(ENTITY_TONE, false));

  private static final List<Voice> VOICES = List.of(Voice.AUTHOR, Voice.QUOTED);
  private static final EntityToneAggregator AGGREGATOR =
      new EntityToneAggregator(ToneStatistics.defaults());
  private static final StoryMentions MERGER = new StoryMentions();

  private SentimentStoryColumns() {}

  /**
   * The column values of one story.
   *
   * @param sources the source of each version
   * @param mentions each version's entity mentions, in the order of {@code sources}
   */
  static Object[] values(
      String storyId, List<String> sources, List<List<MentionSentiment>> mentions) {
    List<MentionSentiment> all = new ArrayList<>();
    List<String> sourceOfMention = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      all.addAll(mentions.get(i));
      for (int m = 0; m < mentions.get(i).size(); m++) {
        sourceOfMention.add(sources.get(i));
      }
    }
    List<MentionSentiment> resolved = MERGER.resolve(all);
    Map<String, Map<String, List<MentionSentiment>>> bySourceAndEntity = new TreeMap<>();
    for (int i = 0; i < resolved.size(); i++) {
      MentionSentiment mention = resolved.get(i);
      bySourceAndEntity
          .computeIfAbsent(sourceOfMention.get(i), s -> new TreeMap<>())
          .computeIfAbsent(mention.entity(), e -> new ArrayList<>())
          .add(mention);
    }
    List<Row> tones = new ArrayList<>();
    bySourceAndEntity.forEach(
        (source, entities) ->
            entities.forEach(
                (entity, group) -> {
                  for (Voice voice : VOICES) {
                    if (group.stream().anyMatch(m -> voice.includes(m.quoted()))) {
                      tones.add(row(AGGREGATOR.summarize(storyId, source, group, voice)));
                    }
                  }
                }));
    return new Object[] {RowBuilder.array(tones)};
  }

  private static Row row(EntityTone tone) {
    return RowFactory.create(
        tone.source(),
        tone.entity(),
        tone.type(),
        tone.voice(),
        tone.mentions(),
        tone.mean(),
        tone.ciLow(),
        tone.ciHigh(),
        tone.nSentences());
  }
}
