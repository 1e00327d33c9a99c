package parallax.framing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each source's distinctive terms against the others, by {@link LogOddsRatio}: within one story (a
 * source's version against the other versions) or over a whole corpus (a source against all other
 * sources). Inputs are term counts per source, which the job aggregates from the per-article counts
 * of {@link TermCounter}. Stateless apart from the statistic; thread-safe.
 */
public final class DistinctiveTerms {

  /**
   * One row of {@code distinctive_terms.csv}.
   *
   * @param scope the story id, or {@code all} for the corpus-wide comparison
   * @param source the focus source
   * @param rank 1 for the most distinctive term
   * @param term the term, with its counts and statistic
   */
  public record Row(String scope, String source, int rank, DistinctiveTerm term) {}

  private final LogOddsRatio statistic;

  public DistinctiveTerms(LogOddsRatio statistic) {
    this.statistic = statistic;
  }

  /**
   * The top terms of every source against the sum of the other sources, sources in name order.
   *
   * @param countsBySource term counts per source; at least two sources give a comparison, fewer
   *     give no rows
   * @param background counts that set the prior (e.g. the whole corpus), or null to use the
   *     sources' own total
   * @param top how many terms per source, at least 1
   */
  public List<Row> bySource(
      String scope,
      Map<String, ? extends Map<String, ? extends Number>> countsBySource,
      Map<String, ? extends Number> background,
      int top) {
    if (top < 1) {
      throw new IllegalArgumentException("top must be >= 1, was " + top);
    }
    List<Row> rows = new ArrayList<>();
    if (countsBySource.size() < 2) {
      return rows;
    }
    Map<String, Long> all = sum(countsBySource.values());
    for (var entry : new TreeMap<>(countsBySource).entrySet()) {
      Map<String, Long> rest = new HashMap<>(all);
      entry.getValue().forEach((term, count) -> rest.merge(term, -count.longValue(), Long::sum));
      rest.values().removeIf(count -> count == 0);
      List<DistinctiveTerm> terms = statistic.compare(entry.getValue(), rest, background);
      int rank = 0;
      for (DistinctiveTerm term : terms) {
        if (rank == top) {
          break;
        }
        if (term.focusCount() > 0) {
          rows.add(new Row(scope, entry.getKey(), ++rank, term));
        }
      }
    }
    return rows;
  }

  private static Map<String, Long> sum(
      Iterable<? extends Map<String, ? extends Number>> countMaps) {
    Map<String, Long> sum = new HashMap<>();
    for (Map<String, ? extends Number> counts : countMaps) {
      counts.forEach((term, count) -> sum.merge(term, count.longValue(), Long::sum));
    }
    return sum;
  }
}
