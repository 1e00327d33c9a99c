package parallax.framing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008,
 * "Fightin' Words", section 3.5): which terms one corpus uses more than another, shrunk towards a
 * background so rare terms do not dominate.
 *
 * <p>For term w with counts y_i in the focus corpus (size n_i) and y_j in the rest (size n_j), and
 * prior pseudo-counts α_w summing to α_0 over the vocabulary:
 *
 * <pre>
 *   δ_w = ln((y_i + α_w) / (n_i + α_0 − y_i − α_w)) − ln((y_j + α_w) / (n_j + α_0 − y_j − α_w))
 *   σ²(δ_w) ≈ 1 / (y_i + α_w) + 1 / (y_j + α_w)
 *   z_w = δ_w / σ(δ_w)
 * </pre>
 *
 * <p>α_w = {@code floor} + {@code priorStrength} × (background count of w) / (background total):
 * the background spreads {@code priorStrength} pseudo-counts by how common each term is, and the
 * floor keeps terms the background lacks finite. The per-term functions are static so a Spark job
 * can apply the same formula to counts it aggregated itself. Immutable and thread-safe.
 */
public final class LogOddsRatio {

  /** Pseudo-counts the background contributes in total. */
  public static final double DEFAULT_PRIOR_STRENGTH = 1000.0;

  /** Pseudo-count every term gets, so terms missing from the background stay finite. */
  public static final double DEFAULT_FLOOR = 0.01;

  private final double priorStrength;
  private final double floor;

  public LogOddsRatio() {
    this(DEFAULT_PRIOR_STRENGTH, DEFAULT_FLOOR);
  }

  /**
   * @throws IllegalArgumentException when either is negative or both are 0 (a zero prior leaves
   *     terms absent from one side infinite)
   */
  public LogOddsRatio(double priorStrength, double floor) {
    if (priorStrength < 0 || floor < 0 || (priorStrength == 0 && floor == 0)) {
      throw new IllegalArgumentException(
          "prior strength and floor must be >= 0 and not both 0, were "
              + priorStrength
              + " and "
              + floor);
    }
    this.priorStrength = priorStrength;
    this.floor = floor;
  }

  /**
   * Scores every term of {@code focus} and {@code rest}, highest z-score first (ties by term).
   *
   * @param background counts that set the prior; null to use {@code focus + rest}
   */
  public List<DistinctiveTerm> compare(
      Map<String, ? extends Number> focus,
      Map<String, ? extends Number> rest,
      Map<String, ? extends Number> background) {
    Objects.requireNonNull(focus, "focus");
    Objects.requireNonNull(rest, "rest");
    Set<String> vocabulary = new HashSet<>(focus.keySet());
    vocabulary.addAll(rest.keySet());
    Map<String, ? extends Number> prior = background;
    double backgroundTotal;
    Set<String> eventSpace = new HashSet<>(vocabulary);
    if (prior == null) {
      backgroundTotal = total(focus) + total(rest);
    } else {
      backgroundTotal = total(prior);
      eventSpace.addAll(prior.keySet());
    }
    double alpha0 = floor * eventSpace.size() + (backgroundTotal > 0 ? priorStrength : 0);
    long focusTotal = total(focus);
    long restTotal = total(rest);
    List<DistinctiveTerm> terms = new ArrayList<>(vocabulary.size());
    for (String term : vocabulary) {
      long yi = count(focus, term);
      long yj = count(rest, term);
      long yb = prior == null ? yi + yj : count(prior, term);
      double alpha = floor + (backgroundTotal > 0 ? priorStrength * yb / backgroundTotal : 0);
      double delta = delta(yi, focusTotal, yj, restTotal, alpha, alpha0);
      terms.add(
          new DistinctiveTerm(term, yi, yj, delta, delta / Math.sqrt(variance(yi, yj, alpha))));
    }
    terms.sort(
        Comparator.comparingDouble(DistinctiveTerm::zScore)
            .reversed()
            .thenComparing(DistinctiveTerm::term));
    return terms;
  }

  /** δ_w for one term: counts and corpus sizes of both sides, the term's α_w and α_0. */
  public static double delta(long yi, long ni, long yj, long nj, double alpha, double alpha0) {
    return Math.log((yi + alpha) / (ni + alpha0 - yi - alpha))
        - Math.log((yj + alpha) / (nj + alpha0 - yj - alpha));
  }

  /** The approximate variance of δ_w. */
  public static double variance(long yi, long yj, double alpha) {
    return 1.0 / (yi + alpha) + 1.0 / (yj + alpha);
  }

  private static long total(Map<String, ? extends Number> counts) {
    long total = 0;
    for (Number count : counts.values()) {
      total += count.longValue();
    }
    return total;
  }

  private static long count(Map<String, ? extends Number> counts, String term) {
    Number count = counts.get(term);
    return count == null ? 0 : count.longValue();
  }
}
