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
            Map.of("kiev", 4, "talks", 1)));
    rows.add(
        article(
            "kyiv",
            "kyiv/ledger",
            "The Kyiv Ledger",
            hit("Kyiv", "Kyiv", "ukrainian"),
            Map.of("kyiv", 4, "talks", 1)));
    int big = AnalyseStories.MAX_VERSIONS + 3;
    for (int i = big - 1; i >= 0; i--) {
      String id = String.format(Locale.ROOT, "big/%03d", i);
      rows.add(article("big", id, "Outlet " + (i % 3), hit("Place", id, null), Map.of("w", 1)));
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

  private static Row article(
      String story, String id, String source, Row hit, Map<String, Integer> terms) {
    List<Row> counts = new ArrayList<>();
    terms.forEach((term, count) -> counts.add(RowFactory.create(term, count)));
    return RowFactory.create(
        story,
        id,
        source,
        100,
        RowBuilder.array(List.of(hit)),
        RowBuilder.array(counts),
        null,
        null,
        RowBuilder.array(List.of()),
        RowBuilder.array(List.of()));
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
