package parallax.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import parallax.nlp.EntityList;
import parallax.nlp.NlpPipeline;

/**
 * Precision, recall and F1 of quote spans and accuracy of speakers on the hand-annotated test set
 * ({@code src/test/resources/quotes/gold.tsv}: every direct and indirect quote of the sample texts
 * in {@code data/}), scored as described in {@link QuoteScoring}.
 *
 * <p>The samples were annotated before the detector was written, but the detector was then built
 * while reading the same texts, so this set measures fit, not generalisation: see {@link
 * QuoteHeldOutTest} for text the detector had not seen.
 */
class QuoteGoldTest {

  @Test
  void spansAndSpeakersMeetTheTargetsOnTheHandAnnotatedSamples() {
    List<GoldQuote> gold = GoldQuote.load();
    Set<String> articles = new LinkedHashSet<>();
    gold.forEach(g -> articles.add(g.article()));
    NlpPipeline pipeline = new NlpPipeline();
    QuoteAnalyzer analyzer =
        QuoteAnalyzer.fromLexicons(
            Path.of("data/lexicons"), EntityList.load(Path.of("data/entities.tsv")));
    Map<String, List<Quote>> found = new LinkedHashMap<>();
    for (String article : articles) {
      found.put(article, analyzer.analyze(pipeline.annotate(SampleBodies.body(article))));
    }

    QuoteScoring.Score all = QuoteScoring.score(gold, found, null);
    System.out.println(
        "mvn -q -o test -Dtest=QuoteGoldTest; output in"
            + " target/surefire-reports/parallax.quotes.QuoteGoldTest-output.txt");
    System.out.println(
        "Sample test set: "
            + gold.size()
            + " hand-annotated quotes in "
            + found.size()
            + " articles; span match = same kind and Jaccard >= "
            + QuoteScoring.MIN_OVERLAP);
    System.out.println(QuoteScoring.score(gold, found, Quote.DIRECT).row("direct"));
    System.out.println(QuoteScoring.score(gold, found, Quote.INDIRECT).row("indirect"));
    System.out.print(all.report());

    assertTrue(gold.size() >= 40, "the test set must hold at least 40 quotes");
    assertTrue(all.f1() >= 0.9, all.row("all"));
    assertTrue(all.speakerAccuracy() >= 0.8, all.row("all"));
  }
}
