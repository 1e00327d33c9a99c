package parallax.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parallax.SharedSpark;

class StoryGroupingTest {

  private static final StructType SCHEMA =
      new StructType()
          .add("article_id", DataTypes.StringType, false)
          .add("source", DataTypes.StringType)
          .add("title", DataTypes.StringType)
          .add("published", DataTypes.StringType)
          .add("body", DataTypes.StringType)
          .add("story_id", DataTypes.StringType);

  private static final StoryGrouping GROUPING = new StoryGrouping(GroupingSettings.defaults());

  private static SparkSession spark;
  private static Dataset<Row> sampleResult;
  private static Map<String, Row> sampleGrouped;

  @BeforeAll
  static void groupTheSampleData() throws IOException {
    spark = SharedSpark.session();
    sampleResult = GROUPING.withStoryIds(sampleArticles(true));
    sampleGrouped = byId(sampleResult);
  }

  @Test
  void floodVersionsNeverJoinTheTrumpPutinStory() {
    Set<String> floodStories = new HashSet<>();
    Set<String> trumpStories = new HashSet<>();
    for (Row row : sampleGrouped.values()) {
      String id = row.getAs("article_id");
      if (id.equals("recipe")) {
        continue;
      }
      (id.startsWith("river-flood") ? floodStories : trumpStories).add(row.getAs("story_id"));
    }
    Set<String> shared = new HashSet<>(floodStories);
    shared.retainAll(trumpStories);
    assertEquals(Set.of(), shared);
  }

  @Test
  void derivedVersionsLandInTheStoryOfTheirSource() {
    for (List<String> pair :
        List.of(
            List.of("troib", "rt"),
            List.of("newshub-daily", "meridian-wire"),
            List.of("global-dispatch", "abn-news"),
            List.of("river-flood-newshub", "river-flood-meridian"))) {
      assertEquals(story(pair.get(0)), story(pair.get(1)), pair + " grouped as " + sampleGrouped);
      assertEquals(StoryGrouping.CLUSTERED, sampleGrouped.get(pair.get(0)).getAs("grouping"));
    }
  }

  @Test
  void storyIdIsTheSmallestArticleIdOfTheCluster() {
    Map<String, List<String>> members = new HashMap<>();
    for (Row row : sampleGrouped.values()) {
      members
          .computeIfAbsent(row.getAs("story_id"), k -> new ArrayList<>())
          .add(row.getAs("article_id"));
    }
    for (Map.Entry<String, List<String>> story : members.entrySet()) {
      assertEquals(story.getValue().stream().min(String::compareTo).orElseThrow(), story.getKey());
    }
  }

  @Test
  void everyArticleKeepsExactlyOneRow() throws IOException {
    // The job counts its articles before grouping them: grouping must neither drop nor repeat one.
    List<String> ids = new ArrayList<>();
    for (Row row : sampleResult.select("article_id").collectAsList()) {
      ids.add(row.getString(0));
    }
    assertEquals(sampleArticles(true).count(), ids.size());
    assertEquals(ids.size(), Set.copyOf(ids).size(), "article ids repeated: " + ids);
  }

  @Test
  void keepsTheInputColumnsAndAddsGrouping() {
    assertEquals(
        List.of("article_id", "source", "title", "published", "body", "story_id", "grouping"),
        List.of(sampleResult.columns()));
  }

  @Test
  void keepsGivenStoryIdsUnlessToldToRegroup() throws IOException {
    Dataset<Row> labelled = sampleArticles(false);
    Map<String, Row> kept = byId(GROUPING.withStoryIds(labelled));
    assertEquals("trump-putin-call", kept.get("troib").getAs("story_id"));
    assertEquals(StoryGrouping.GIVEN, kept.get("troib").getAs("grouping"));

    Map<String, Row> regrouped =
        byId(
            new StoryGrouping(GroupingSettings.defaults().withRegroup(true))
                .withStoryIds(labelled));
    assertEquals(StoryGrouping.CLUSTERED, regrouped.get("troib").getAs("grouping"));
    assertEquals(
        regrouped.get("rt").<String>getAs("story_id"), regrouped.get("troib").getAs("story_id"));
  }

  @Test
  void articleLikeNoOtherIsASingleton() {
    assertEquals("recipe", sampleGrouped.get("recipe").getAs("story_id"));
    assertEquals(StoryGrouping.SINGLETON, sampleGrouped.get("recipe").getAs("grouping"));
  }

  @Test
  void sameInputGivesTheSameStories() throws IOException {
    Map<String, Row> again = byId(GROUPING.withStoryIds(sampleArticles(true)));
    for (String id : sampleGrouped.keySet()) {
      assertEquals(
          sampleGrouped.get(id).<String>getAs("story_id"), again.get(id).getAs("story_id"));
    }
  }

  @Test
  void rejectsInputWithoutTheColumnsItNeeds() {
    Dataset<Row> noBody = spark.sql("SELECT 'a' AS article_id, 't' AS title");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GROUPING.withStoryIds(noBody));
    assertEquals(
        "story grouping needs columns [body, published, story_id]; present: [article_id, title]",
        e.getMessage());
  }

  private static String story(String id) {
    return sampleGrouped.get(id).getAs("story_id");
  }

  private static Map<String, Row> byId(Dataset<Row> grouped) {
    Map<String, Row> rows = new HashMap<>();
    for (Row row : grouped.collectAsList()) {
      rows.put(row.getAs("article_id"), row);
    }
    return rows;
  }

  /**
   * The seven Trump-Putin versions (undated), the four flood versions (timestamped) and an
   * unrelated recipe published the day of the flood.
   */
  private static Dataset<Row> sampleArticles(boolean hideStories) throws IOException {
    List<Row> rows = new ArrayList<>();
    Path story = Path.of("data/stories/trump-putin-call");
    try (var files = Files.list(story)) {
      for (Path file : files.sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        String id = file.getFileName().toString().replace(".txt", "");
        rows.add(
            RowFactory.create(
                id,
                id,
                text.substring(0, newline),
                null,
                text.substring(newline + 1),
                hideStories ? null : "trump-putin-call"));
      }
    }
    Dataset<Row> flood =
        spark
            .read()
            .json("data/feeds/river-flood.jsonl")
            .selectExpr(
                "id AS article_id",
                "source",
                "title",
                "published",
                "body",
                hideStories ? "CAST(NULL AS STRING) AS story_id" : "story_id");
    rows.addAll(flood.collectAsList());
    rows.add(
        RowFactory.create(
            "recipe",
            "Kitchen Blog",
            "Sourdough at home",
            "2025-04-12",
            "Feed the starter twice a day, then fold the dough every half hour until it doubles.",
            hideStories ? null : "recipe"));
    return spark.createDataFrame(rows, SCHEMA);
  }
}
