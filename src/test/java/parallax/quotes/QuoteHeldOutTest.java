package parallax.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import parallax.nlp.EntityList;
import parallax.nlp.NlpPipeline;

/**
 * Quote spans and speakers on real article excerpts the detector was not developed on (offsets into
 * the AllSides roundups dataset, no dataset text in the repository). Prints the scores; they are
 * reported, not held to the sample-set targets.
 *
 * <p>Each set was scored blind once when first annotated; the first two were then used to fix
 * general failures (first runs: F1 0.759 and 0.896, speaker accuracy 0.600 and 0.600), the third
 * was annotated on the detector of that time and left alone until its errors were named as known
 * ones to fix. Sets 4 and 5 were annotated together before the next round of changes; set 4 was
 * then used to find general failures (first run: F1 0.926, speaker accuracy 0.580), set 5 is kept
 * blind: it is scored only when asked for with {@code -Dparallax.quotes.blind=true}, so that it
 * stays a measure of text the detector was not shaped on. It was scored once, at the end of that
 * round: span F1 0.916, speaker accuracy 0.612. A change made because of its errors spends it; a
 * new blind set is then needed.
 */
class QuoteHeldOutTest {

  private static final Path DATASET =
      Path.of("../shared/datasets/allsides-roundups/articles.jsonl");

  private static final List<Path> SETS =
      List.of(
          Path.of("src/test/resources/quotes/heldout-allsides.tsv"),
          Path.of("src/test/resources/quotes/heldout-allsides-2.tsv"),
          Path.of("src/test/resources/quotes/heldout-allsides-3.tsv"),
          Path.of("src/test/resources/quotes/heldout-allsides-4.tsv"));

  /** The blind set, scored only on request (see the class comment). */
  private static final Path BLIND = Path.of("src/test/resources/quotes/heldout-allsides-5.tsv");

  @Test
  void scoresQuotesOfUnseenRealExcerpts() throws IOException {
    Assumptions.assumeTrue(
        Files.exists(DATASET),
        "skipping: ../shared/datasets/allsides-roundups/articles.jsonl not present");
    Map<String, String> bodies = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(DATASET, StandardCharsets.UTF_8)) {
      JsonNode record = json.readTree(line);
      bodies.put(record.path("id").asText(), record.path("body").asText());
    }
    NlpPipeline pipeline = new NlpPipeline();
    QuoteAnalyzer analyzer =
        QuoteAnalyzer.fromLexicons(
            Path.of("data/lexicons"), EntityList.load(Path.of("data/entities.tsv")));
    System.out.println(
        "mvn -q -o test -Dtest=QuoteHeldOutTest [-Dparallax.quotes.blind=true]; output in"
            + " target/surefire-reports/parallax.quotes.QuoteHeldOutTest-output.txt");
    List<Path> sets = new ArrayList<>(SETS);
    if (Boolean.getBoolean("parallax.quotes.blind")) {
      sets.add(BLIND);
    } else {
      // Checksums only, so that a changed dataset still fails loudly; no detector output.
      System.out.println(
          BLIND.getFileName()
              + ": "
              + GoldQuote.loadOffsets(BLIND, bodies).size()
              + " quotes, blind: score with -Dparallax.quotes.blind=true");
    }
    for (Path set : sets) {
      List<GoldQuote> gold = GoldQuote.loadOffsets(set, bodies);
      Map<String, List<Quote>> found = new LinkedHashMap<>();
      gold.forEach(
          g ->
              found.computeIfAbsent(
                  g.article(), id -> analyzer.analyze(pipeline.annotate(bodies.get(id)))));

      QuoteScoring.Score all = QuoteScoring.score(gold, found, null);
      System.out.println(
          set.getFileName()
              + ": "
              + gold.size()
              + " hand-annotated quotes in "
              + found.size()
              + " AllSides excerpts");
      System.out.println(QuoteScoring.score(gold, found, Quote.DIRECT).row("direct"));
      System.out.println(QuoteScoring.score(gold, found, Quote.INDIRECT).row("indirect"));
      System.out.print(all.report());
      assertEquals(gold.size(), all.matched().size() + all.missed().size());
    }
  }
}
