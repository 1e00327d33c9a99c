package parallax.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parallax.model.Article;
import parallax.nlp.NlpPipeline;

/** Entity-targeted sentiment over the seven versions of the Trump-Putin story in data/. */
class StoryEntitiesOnSampleDataTest {

  private static final Path STORY = Path.of("data/stories/trump-putin-call");

  /** Canonical entity and the surname whose presence in a version means it names the entity. */
  private static final Map<String, String> PEOPLE =
      Map.of(
          "Vladimir Putin", "Putin",
          "Donald Trump", "Trump",
          "Volodymyr Zelensky", "Zelensk",
          "Dmitry Peskov", "Peskov");

  private static final Map<String, String> BODIES = new LinkedHashMap<>();
  private static final List<MentionSentiment> RESOLVED = new ArrayList<>();

  @BeforeAll
  static void analyseTheStory() throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(STORY)) {
      files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    NlpPipeline pipeline = new NlpPipeline();
    SentimentAnalyser analyser =
        SentimentAnalyser.create(
            Path.of("data/lexicons"), Path.of("data/entities.tsv"), null, null);
    List<MentionSentiment> mentions = new ArrayList<>();
    for (Path file : files) {
      String content = Files.readString(file, StandardCharsets.UTF_8);
      String body = content.substring(content.indexOf('\n') + 1);
      String source = file.getFileName().toString().replace(".txt", "");
      BODIES.put(source, body);
      Article article =
          new Article(
              source, "trump-putin-call", source, null, null, null, null, body, file.toString(), 2);
      mentions.addAll(analyser.analyse(article, pipeline.annotate(body)).mentions());
    }
    RESOLVED.addAll(new StoryMentions().resolve(mentions));
  }

  @Test
  void everyVersionNamingThemHasTheFourPeopleMerged() {
    assertEquals(7, BODIES.size());
    PEOPLE.forEach(
        (entity, surname) ->
            BODIES.forEach(
                (source, body) -> {
                  if (body.contains(surname)) {
                    assertTrue(
                        RESOLVED.stream()
                            .anyMatch(
                                m -> m.articleId().equals(source) && m.entity().equals(entity)),
                        entity + " missing in " + source);
                  }
                }));
    for (String source : BODIES.keySet()) {
      assertTrue(BODIES.get(source).contains("Putin"), "every version names Putin: " + source);
    }
  }

  @Test
  void nameFormsMergeIntoOneEntity() {
    assertTrue(
        formsOf("Vladimir Putin")
            .containsAll(Set.of("Vladimir Putin", "Putin", "the Russian leader")));
    assertTrue(
        formsOf("Volodymyr Zelensky")
            .containsAll(
                Set.of("Volodymyr Zelensky", "Zelenskyy", "Vladimir Zelensky", "Zelensky")));
    assertTrue(formsOf("Dmitry Peskov").containsAll(Set.of("Dmitry Peskov", "Peskov")));
    assertTrue(formsOf("Donald Trump").containsAll(Set.of("Donald Trump", "Trump")));
    for (MentionSentiment mention : RESOLVED) {
      assertFalse(
          mention.entity().equals("Putin") || mention.entity().equals("Zelenskyy"),
          "unmerged form " + mention);
    }
  }

  @Test
  void everyVersionGetsAToneWithAnIntervalTowardEachPerson() {
    EntityToneAggregator aggregator = new EntityToneAggregator(ToneStatistics.defaults());
    PEOPLE.forEach(
        (entity, surname) ->
            BODIES.forEach(
                (source, body) -> {
                  if (!body.contains(surname)) {
                    return;
                  }
                  List<MentionSentiment> group =
                      RESOLVED.stream()
                          .filter(m -> m.articleId().equals(source) && m.entity().equals(entity))
                          .toList();
                  EntityTone tone =
                      aggregator.summarize("trump-putin-call", source, group, Voice.ALL);
                  assertTrue(tone.mentions() > 0 && tone.nSentences() > 0, tone.toString());
                  assertTrue(
                      tone.ciLow() <= tone.mean() && tone.mean() <= tone.ciHigh(), tone.toString());
                }));
  }

  private static Set<String> formsOf(String entity) {
    Set<String> forms = new HashSet<>();
    for (MentionSentiment mention : RESOLVED) {
      if (mention.entity().equals(entity)) {
        forms.add(mention.name());
      }
    }
    return forms;
  }
}
