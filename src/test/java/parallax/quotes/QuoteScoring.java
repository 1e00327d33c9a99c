package parallax.quotes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores found quotes against hand-annotated ones.
 *
 * <p>Span criterion: a found quote matches a gold quote of the same kind when their character spans
 * overlap by at least half of their union (Jaccard &gt;= 0.5); each gold quote matches at most one
 * found quote, best overlaps first. Exact matches (same start and end) are counted too. Speaker and
 * verb accuracy are over matched pairs; speakers are compared ignoring case.
 */
final class QuoteScoring {

  static final double MIN_OVERLAP = 0.5;

  private QuoteScoring() {}

  record Pair(GoldQuote gold, Quote found, double overlap) {
    boolean sameSpeaker() {
      return gold.speaker().equalsIgnoreCase(found.speaker());
    }
  }

  record Score(List<Pair> matched, List<GoldQuote> missed, List<Quote> spurious) {
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
      return matched.isEmpty()
          ? 0
          : (double) matched.stream().filter(Pair::sameSpeaker).count() / matched.size();
    }

    double verbAccuracy() {
      long right = matched.stream().filter(p -> p.gold().verb().equals(p.found().verb())).count();
      return matched.isEmpty() ? 0 : (double) right / matched.size();
    }

    String row(String name) {
      return String.format(
          Locale.ROOT,
          "%-9s gold %3d  found %3d  matched %3d (exact %3d)  P %.3f  R %.3f  F1 %.3f"
              + "  speaker %.3f  verb %.3f",
          name,
          matched.size() + missed.size(),
          matched.size() + spurious.size(),
          matched.size(),
          exact(),
          precision(),
          recall(),
          f1(),
          speakerAccuracy(),
          verbAccuracy());
    }

    /** The score lines and every miss, spurious quote and wrong speaker, for the test output. */
    String report() {
      StringBuilder out = new StringBuilder(row("all")).append('\n');
      for (GoldQuote g : missed) {
        out.append("  missed   ")
            .append(g.kind())
            .append(' ')
            .append(g.article())
            .append(" [")
            .append(g.speaker())
            .append("] ")
            .append(g.text())
            .append('\n');
      }
      for (Quote q : spurious) {
        out.append("  spurious ")
            .append(q.kind())
            .append(" [")
            .append(q.speaker())
            .append("] ")
            .append(q.text())
            .append('\n');
      }
      for (Pair p : matched) {
        if (!p.sameSpeaker()) {
          out.append("  speaker  ")
              .append(p.gold().article())
              .append(" gold [")
              .append(p.gold().speaker())
              .append("] found [")
              .append(p.found().speaker())
              .append("] ")
              .append(p.gold().text())
              .append('\n');
        }
      }
      return out.toString();
    }
  }

  /** Scores quotes of {@code kind} (null for all) of every article in {@code found}. */
  static Score score(List<GoldQuote> gold, Map<String, List<Quote>> found, String kind) {
    List<Pair> matched = new ArrayList<>();
    List<GoldQuote> missed = new ArrayList<>();
    List<Quote> spurious = new ArrayList<>();
    for (Map.Entry<String, List<Quote>> article : found.entrySet()) {
      List<GoldQuote> wanted =
          gold.stream()
              .filter(g -> g.article().equals(article.getKey()))
              .filter(g -> kind == null || g.kind().equals(kind))
              .toList();
      List<Quote> got =
          article.getValue().stream().filter(q -> kind == null || q.kind().equals(kind)).toList();
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
}
