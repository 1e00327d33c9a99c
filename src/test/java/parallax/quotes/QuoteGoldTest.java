package parallax.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parallax.nlp.NlpPipeline;

/**
 * Precision, recall and F1 of quote spans and accuracy of speakers on the hand-annotated test set
 * ({@code src/test/resources/quotes/gold.tsv}, every direct and indirect quote of the sample
 * texts).
 *
 * <p>Span criterion: a found quote matches a gold quote of the same kind when their character spans
 * overlap by at least half of their union (Jaccard &gt;= 0.5); each gold quote matches at most one
 * found quote (best overlap first). Exact matches (same start and end) are reported too. Speaker
 * accuracy is over matched pairs: the found speaker equals the gold one, ignoring case.
 */
class QuoteGoldTest {

  private static final double MIN_OVERLAP = 0.5;

  private static List<GoldQuote> gold;
  private static Map<String, List<Quote>> found;

  @BeforeAll
  static void analyseSamples() {
    gold = GoldQuote.load();
    Set<String> articles = new LinkedHashSet<>();
    gold.forEach(g -> articles.add(g.article()));
    NlpPipeline pipeline = new NlpPipeline();
    QuoteAnalyzer analyzer = QuoteAnalyzer.fromLexicons(Path.of("data/lexicons"));
    found = new LinkedHashMap<>();
    for (String article : articles) {
      found.put(article, analyzer.analyze(pipeline.annotate(SampleBodies.body(article))));
    }
  }

  private record Pair(GoldQuote gold, Quote found, double overlap) {}

  private record Score(List<Pair> matched, List<GoldQuote> missed, List<Quote> spurious) {
    double precision() {
      int all = matched.size() + spurious.size();
      return all == 0 ? 0 : (double) matched.size() / all;
    }

    double recall() {
      int all = matched.size() + missed.size();
      return all == 0 ? 0 : (double) matched.size() / all;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    long exact() {
      return matched.stream()
          .filter(p -> p.gold().start() == p.found().start() && p.gold().end() == p.found().end())
          .count();
    }

    double speakerAccuracy() {
      long right = matched.stream().filter(QuoteGoldTest::sameSpeaker).count();
      return matched.isEmpty() ? 0 : (double) right / matched.size();
    }

    double verbAccuracy() {
      long right = matched.stream().filter(p -> p.gold().verb().equals(p.found().verb())).count();
      return matched.isEmpty() ? 0 : (double) right / matched.size();
    }
  }

  private static boolean sameSpeaker(Pair pair) {
    return pair.gold().speaker().equalsIgnoreCase(pair.found().speaker());
  }

  private static Score score(String kind) {
    List<Pair> matched = new ArrayList<>();
    List<GoldQuote> missed = new ArrayList<>();
    List<Quote> spurious = new ArrayList<>();
    for (Map.Entry<String, List<Quote>> article : found.entrySet()) {
      List<GoldQuote> wanted = new ArrayList<>();
      for (GoldQuote g : gold) {
        if (g.article().equals(article.getKey()) && (kind == null || g.kind().equals(kind))) {
          wanted.add(g);
        }
      }
      List<Quote> got = new ArrayList<>();
      for (Quote q : article.getValue()) {
        if (kind == null || q.kind().equals(kind)) {
          got.add(q);
        }
      }
      List<Pair> candidates = new ArrayList<>();
      for (GoldQuote g : wanted) {
        for (Quote q : got) {
          double overlap = jaccard(g.start(), g.end(), q.start(), q.end());
          if (g.kind().equals(q.kind()) && overlap >= MIN_OVERLAP) {
            candidates.add(new Pair(g, q, overlap));
          }
        }
      }
      candidates.sort((a, b) -> Double.compare(b.overlap(), a.overlap()));
      Set<GoldQuote> usedGold = new LinkedHashSet<>();
      Set<Quote> usedFound = new LinkedHashSet<>();
      for (Pair pair : candidates) {
        if (!usedGold.contains(pair.gold()) && !usedFound.contains(pair.found())) {
          usedGold.add(pair.gold());
          usedFound.add(pair.found());
          matched.add(pair);
        }
      }
      wanted.stream().filter(g -> !usedGold.contains(g)).forEach(missed::add);
      got.stream().filter(q -> !usedFound.contains(q)).forEach(spurious::add);
    }
    return new Score(matched, missed, spurious);
  }

  private static double jaccard(int s1, int e1, int s2, int e2) {
    int intersection = Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
    int union = Math.max(e1, e2) - Math.min(s1, s2);
    return union == 0 ? 0 : (double) intersection / union;
  }

  private static String row(String name, Score s) {
    return String.format(
        Locale.ROOT,
        "%-9s gold %3d  found %3d  matched %3d (exact %3d)  P %.3f  R %.3f  F1 %.3f"
            + "  speaker %.3f  verb %.3f",
        name,
        s.matched().size() + s.missed().size(),
        s.matched().size() + s.spurious().size(),
        s.matched().size(),
        s.exact(),
        s.precision(),
        s.recall(),
        s.f1(),
        s.speakerAccuracy(),
        s.verbAccuracy());
  }

  @Test
  void spansAndSpeakersMeetTheTargetsOnTheHandAnnotatedSamples() {
    Score all = score(null);
    Score direct = score(Quote.DIRECT);
    Score indirect = score(Quote.INDIRECT);
    System.out.println(
        "Quote test set: "
            + gold.size()
            + " hand-annotated quotes in "
            + found.size()
            + " articles; span match = same kind and Jaccard >= "
            + MIN_OVERLAP);
    System.out.println(row("all", all));
    System.out.println(row("direct", direct));
    System.out.println(row("indirect", indirect));
    for (GoldQuote g : all.missed()) {
      System.out.println(
          "  missed   " + g.kind() + " " + g.article() + " [" + g.speaker() + "] " + g.text());
    }
    for (Quote q : all.spurious()) {
      System.out.println("  spurious " + q.kind() + " [" + q.speaker() + "] " + q.text());
    }
    for (Pair p : all.matched()) {
      if (!sameSpeaker(p)) {
        System.out.println(
            "  speaker  "
                + p.gold().article()
                + " gold ["
                + p.gold().speaker()
                + "] found ["
                + p.found().speaker()
                + "] "
                + p.gold().text());
      }
    }
    assertTrue(gold.size() >= 40, "the test set must hold at least 40 quotes");
    assertTrue(all.f1() >= 0.9, row("all", all));
    assertTrue(all.speakerAccuracy() >= 0.8, row("all", all));
  }
}
