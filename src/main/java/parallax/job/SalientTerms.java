package parallax.job;

import java.util.Arrays;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;

/**
 * An article's most telling terms: the indices of the {@code k} largest entries of its TF-IDF
 * vector, as a 0/1 vector for MinHash. Ties go to the smaller index, so the set is deterministic.
 * Stateless and thread-safe.
 */
final class SalientTerms {

  private SalientTerms() {}

  /** The top-{@code k} set of {@code v}, or null when {@code v} has no positive entry. */
  static Vector top(Vector v, int k) {
    SparseVector sparse = v.toSparse();
    int[] indices = sparse.indices();
    double[] values = sparse.values();
    Integer[] order = new Integer[indices.length];
    int positive = 0;
    for (int i = 0; i < indices.length; i++) {
      if (values[i] > 0) {
        order[positive++] = i;
      }
    }
    if (positive == 0) {
      return null;
    }
    Integer[] candidates = Arrays.copyOf(order, positive);
    Arrays.sort(
        candidates,
        (x, y) -> {
          int byValue = Double.compare(values[y], values[x]);
          return byValue != 0 ? byValue : Integer.compare(indices[x], indices[y]);
        });
    int n = Math.min(k, positive);
    int[] top = new int[n];
    for (int i = 0; i < n; i++) {
      top[i] = indices[candidates[i]];
    }
    Arrays.sort(top);
    double[] ones = new double[n];
    Arrays.fill(ones, 1.0);
    return Vectors.sparse(v.size(), top, ones);
  }
}
