package parallax.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parallax.SharedSpark;

/** The whole job on the sample data with {@code --regroup}: the given story ids are ignored. */
class RegroupJobTest {

  @TempDir static Path temp;
  private static Path report;

  @BeforeAll
  static void runOnSampleDataRegrouping() {
    report = temp.resolve("reports");
    JobConfig config =
        JobConfig.builder()
            .inputs(List.of("data"))
            .output(report.toString())
            .reportStories(0)
            .regroup(true)
            .build();
    new ParallaxJob(
            SharedSpark.session(),
            config,
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
        .run();
  }

  @Test
  void regroupingTheSampleDataKeepsTheTrumpPutinStoryWholeAndApartFromTheFlood()
      throws IOException {
    Map<String, Set<String>> members = new TreeMap<>();
    for (Map<String, String> article : ReportFiles.csv(report, "articles")) {
      members
          .computeIfAbsent(article.get("story_id"), k -> new TreeSet<>())
          .add(article.get("article_id"));
    }
    Set<String> trump = members.get("trump-putin-call/abn-news");
    assertEquals(7, trump == null ? 0 : trump.size(), members.toString());
    for (Set<String> story : members.values()) {
      // The given story: the folder of a text file, the river-flood prefix of a feed line.
      Set<String> given = new TreeSet<>();
      story.forEach(id -> given.add(id.startsWith("river-flood") ? "flood" : "trump"));
      assertEquals(1, given.size(), "a story mixes the sample stories: " + members);
    }
    for (Map<String, String> story : ReportFiles.csv(report, "stories")) {
      assertTrue(
          Set.of(StoryGrouping.CLUSTERED, StoryGrouping.SINGLETON)
              .contains(story.get("grouped_by")),
          story.toString());
    }
  }

  @Test
  void stillFindsTroibDerivedFromRtInTheRegroupedStory() throws IOException {
    Map<String, String> troib =
        ReportFiles.row(ReportFiles.csv(report, "derivation"), "derived", "trump-putin-call/troib");
    assertEquals("trump-putin-call/rt", troib.get("source"));
  }
}
