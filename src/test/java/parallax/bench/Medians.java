package parallax.bench;

import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/** The median of repeated measurements. */
final class Medians {

  private Medians() {}

  static double of(List<Double> values) {
    return new Median().evaluate(values.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
