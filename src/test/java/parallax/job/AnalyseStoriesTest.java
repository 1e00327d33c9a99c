package parallax.job;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parallax.SharedSpark;

/** The story pass on hand-made analysed rows: no NLP, only the columns it reads. */
class AnalyseStoriesTest {

  private static final StructType INPUT =
      new StructType()
          .add("story_id", StringType, false)
          .add("article_id", StringType, false)
          .add("source", StringType, false)
          .add("words", IntegerType)
          .add("framing_hits", createArrayType(FramingColumns.HIT, false))
          .add("term_counts", createArrayType(FramingColumns.TERM_COUNT, false))
          .add("quotes", createArrayType(QuoteColumns.QUOTE, false))
          .add("entity_mentions", createArrayType(SentimentColumns.MENTION, false))
          .add("credited_source", StringType)
          .add("published", StringType)
          .add("reuse_credits", createArrayType(ReuseColumns.CREDIT, false))
          .add("reuse_sentences", createArrayType(ReuseColumns.SENTENCE, false));

  private static Map<String, Row> stories;

  @BeforeAll
  static void runTheStoryPass() {
    List<Row> rows = new ArrayList<>();
    rows.add(
        article(
            "kyiv",
            "kyiv/rt",
            "RT",
            hit("Kyiv", "Kiev", "russian"),
            Map.of("kiev", 4, "talks", 1),
            List.of(
                quote("direct", "Vladimir Putin", "say", "neutral", 6),
                quote("indirect", "Kremlin", "insist", "loaded", 2)),
            List.of(
                mention("Vladimir Putin", 0, false, 0.5),
                mention("Vladimir Putin", 1, false, 0.1),
                mention("Vladimir Putin", 1, false, 0.3),
                mention("Vladimir Putin", 2, true, -0.6))));
    rows.add(
        article(
            "kyiv",
            "kyiv/ledger",
            "The Kyiv Ledger",
            hit("Kyiv", "Kyiv", "ukrainian"),
            Map.of("kyiv", 4, "talks", 1),
            List.of(
                quote("direct", "Putin", "claim", "loaded", 3),
                quote("direct", "Volodymyr Zelensky", "say", "neutral", 9)),
            List.of(mention("Putin", 0, false, -0.4))));
    int big = AnalyseStories.MAX_VERSIONS + 3;
    for (int i = big - 1; i >= 0; i--) {
      String id = String.format(Locale.ROOT, "big/%03d", i);
      rows.add(
          article(
              "big",
              id,
              "Outlet " + (i % 3),
              hit("Place", id, null),
              Map.of("w", 1),
              List.of(),
              List.of()));
    }
    stories =
        AnalyseStories.run(SharedSpark.session().createDataFrame(rows, INPUT))
            .collectAsList()
            .stream()
            .collect(Collectors.toMap(r -> r.getAs("story_id"), r -> r));
  }

  private static Row hit(String referent, String term, String group) {
    return RowFactory.create("place_name/x", term, referent, group, 0, 4);
  }

  private static Row quote(String kind, String speaker, String verb, String verbClass, int words) {
    return RowFactory.create(
        kind, speaker, true, speaker, 0, 5, verb, verbClass, 6, 10, 20, 40, words, "words");
  }

  /** A person found as a proper-noun run, in sentence {@code sentence}. */
  private static Row mention(String name, int sentence, boolean quoted, double score) {
    String label = score > 0.05 ? "positive" : score < -0.05 ? "negative" : "neutral";
    return RowFactory.create(
        name, name, "person", "propn", 0, name.length(), sentence, quoted, score, label);
  }

  private static Row article(
      String story,
      String id,
      String source,
      Row hit,
      Map<String, Integer> terms,
      List<Row> quotes,
      List<Row> mentions) {
    List<Row> counts = new ArrayList<>();
    terms.forEach((term, count) -> counts.add(RowFactory.create(term, count)));
    return RowFactory.create(
        story,
        id,
        source,
        100,
        RowBuilder.array(List.of(hit)),
        RowBuilder.array(counts),
        RowBuilder.array(quotes),
        RowBuilder.array(mentions),
        null,
        null,
        RowBuilder.array(List.of()),
        RowBuilder.array(List.of()));
  }

  @Test
  void mergesNameFormsAcrossVersionsAndSummarisesEachVoiceApart() {
    Row story = stories.get("kyiv");
    List<Row> tones = story.getList(story.fieldIndex("entity_tones"));
    List<String> rows =
        tones.stream()
            .map(
                t ->
                    String.join(
                        " ",
                        t.<String>getAs("source"),
                        t.<String>getAs("entity"),
                        t.<String>getAs("voice"),
                        String.valueOf(t.<Integer>getAs("mentions")),
                        String.valueOf(t.<Integer>getAs("n_sentences"))))
            .toList();
    assertEquals(
        List.of(
            "RT Vladimir Putin author 3 2",
            "RT Vladimir Putin quoted 1 1",
            "The Kyiv Ledger Vladimir Putin author 1 1"),
        rows,
        "'Putin' joins 'Vladimir Putin'; a sentence naming him twice counts once");
    Row rtAuthor = tones.get(0);
    // Sentence 0 scores 0.5, sentence 1 the mean of 0.1 and 0.3: the mean over sentences.
    assertEquals(0.35, rtAuthor.<Double>getAs("mean"), 1e-9);
    assertTrue(
        rtAuthor.<Double>getAs("ci_low") <= 0.35 && 0.35 <= rtAuthor.<Double>getAs("ci_high"));
  }

  @Test
  void flagsAReferentTheVersionsNameDifferently() {
    Row story = stories.get("kyiv");
    assertNull(story.getAs("error"));
    List<Row> uses = story.getList(story.fieldIndex("variant_uses"));
    assertEquals(2, uses.size());
    Row rt = uses.stream().filter(u -> u.getAs("source").equals("RT")).findFirst().orElseThrow();
    assertEquals("Kiev", rt.getAs("variant"));
    assertEquals("russian", rt.getAs("variant_group"));
    assertTrue(rt.<Boolean>getAs("diverges"));
    assertEquals("Kiev; Kyiv", rt.getAs("story_variants"));
  }

  @Test
  void ranksEachSourcesDistinctiveTermsAgainstTheOtherVersions() {
    Row story = stories.get("kyiv");
    List<Row> terms = story.getList(story.fieldIndex("distinctive_terms"));
    Row rtFirst =
        terms.stream()
            .filter(t -> t.getAs("source").equals("RT") && t.<Integer>getAs("rank") == 1)
            .findFirst()
            .orElseThrow();
    assertEquals("kiev", rtFirst.getAs("term"));
    assertEquals(4L, rtFirst.<Long>getAs("source_count").longValue());
    assertEquals(0L, rtFirst.<Long>getAs("rest_count").longValue());
    assertTrue(rtFirst.<Double>getAs("z") > 0);
  }

  @Test
  void countsEachVersionsVoicesUnderStoryWideSpeakerNames() {
    Row story = stories.get("kyiv");
    List<Row> voices = story.getList(story.fieldIndex("voices"));
    Row putinInLedger =
        voices.stream()
            .filter(v -> v.getAs("article_id").equals("kyiv/ledger"))
            .filter(v -> "Vladimir Putin".equals(v.getAs("speaker")))
            .findFirst()
            .orElseThrow();
    assertEquals(3, putinInLedger.<Integer>getAs("direct_words").intValue());
    assertEquals(0.25, putinInLedger.<Double>getAs("share"), 1e-9, "3 of 12 quoted words");
    assertEquals("claim", putinInLedger.getAs("loaded_verbs"));
    assertEquals(1, putinInLedger.<Integer>getAs("other_versions_quoting").intValue());
    Row kremlin =
        voices.stream().filter(v -> "Kremlin".equals(v.getAs("speaker"))).findFirst().orElseThrow();
    assertEquals("insist", kremlin.getAs("verbs"));
    assertEquals(0, kremlin.<Integer>getAs("other_versions_quoting").intValue());

    List<Row> missing = story.getList(story.fieldIndex("missing_voices"));
    assertEquals(
        List.of("kyiv/ledger Kremlin 1", "kyiv/rt Volodymyr Zelensky 1"),
        missing.stream()
            .map(
                m ->
                    m.getAs("article_id")
                        + " "
                        + m.getAs("speaker")
                        + " "
                        + m.getAs("versions_quoting"))
            .sorted()
            .toList());
    Map<String, String> names =
        story.<Row>getList(story.fieldIndex("speaker_names")).stream()
            .collect(Collectors.toMap(n -> n.getAs("speaker"), n -> n.getAs("story_speaker")));
    assertEquals("Vladimir Putin", names.get("Putin"));
    assertEquals("Kremlin", names.get("Kremlin"));
  }

  @Test
  void comparesAtMostTheVersionLimitKeepingTheSmallestArticleIds() {
    Row story = stories.get("big");
    assertEquals(AnalyseStories.MAX_VERSIONS + 3, story.<Integer>getAs("versions").intValue());
    assertEquals(AnalyseStories.MAX_VERSIONS, story.<Integer>getAs("versions_compared").intValue());
    List<String> compared =
        story.<Row>getList(story.fieldIndex("variant_uses")).stream()
            .map(u -> u.<String>getAs("article_id"))
            .toList();
    assertEquals(AnalyseStories.MAX_VERSIONS, compared.size());
    assertTrue(compared.contains("big/000"));
    assertTrue(compared.contains("big/199"));
    assertFalse(compared.contains("big/200"));
  }
}
