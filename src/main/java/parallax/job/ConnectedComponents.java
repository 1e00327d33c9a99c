package parallax.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Connected components of an undirected graph given as an edge list, in Spark SQL: every vertex is
 * labelled with the smallest vertex id of its component.
 *
 * <p>Each round takes the smallest label among a vertex and its neighbours, then jumps: a vertex
 * takes the label of its label (which lies in the same component and can only be smaller). Rounds
 * repeat until no label changes, which for the shallow graphs of story similarity takes a few
 * rounds; the jump keeps long chains to about a logarithmic number of rounds. Each round is {@link
 * Materialized} so the plan does not grow with the rounds; a round's labels are dropped once the
 * next round's are computed.
 */
public final class ConnectedComponents {

  private ConnectedComponents() {}

  /**
   * The component label of every vertex that has an edge.
   *
   * @param edges rows with string columns {@code a} and {@code b}
   * @param maxRounds upper bound on rounds
   * @param keep holds the rounds' results; the caller closes it when the labels are no longer read
   * @return rows {@code (id, component)}
   * @throws IllegalStateException when the labels still change after {@code maxRounds} rounds
   */
  static Dataset<Row> of(Dataset<Row> edges, int maxRounds, Materialized keep) {
    Dataset<Row> links =
        keep.of(
            edges
                .select(col("a").as("src"), col("b").as("dst"))
                .union(edges.select(col("b").as("src"), col("a").as("dst")))
                .filter(col("src").notEqual(col("dst")))
                .distinct());
    Dataset<Row> labels =
        keep.of(
            links
                .groupBy(col("src").as("id"))
                .agg(min(least(col("src"), col("dst"))).as("component")));
    Dataset<Row> previous = labels;
    for (int round = 0; round < maxRounds; round++) {
      Dataset<Row> next = keep.of(jump(smallestAround(links, labels)));
      keep.drop(previous);
      previous = next;
      labels = next.select("id", "component");
      // Labels only ever decrease, so an unchanged round means every label is final.
      if (next.filter(col("component").notEqual(col("previous"))).isEmpty()) {
        return labels;
      }
    }
    throw new IllegalStateException(
        "connected components still changing after " + maxRounds + " rounds");
  }

  /**
   * {@code (id, component, previous)}: each vertex's smallest label among its own and its
   * neighbours', and its own label before.
   */
  private static Dataset<Row> smallestAround(Dataset<Row> links, Dataset<Row> labels) {
    Dataset<Row> neighbours =
        links
            .join(labels, links.col("dst").equalTo(labels.col("id")))
            .select(links.col("src").as("id"), labels.col("component"), lit(false).as("own"));
    Dataset<Row> own = labels.select(col("id"), col("component"), lit(true).as("own"));
    return neighbours
        .union(own)
        .groupBy("id")
        .agg(
            min("component").as("component"),
            min(when(col("own"), col("component"))).as("previous"));
  }

  /** Each vertex takes its label's label when that is smaller (keeping {@code previous}). */
  private static Dataset<Row> jump(Dataset<Row> labels) {
    Dataset<Row> of = labels.select(col("id").as("of_id"), col("component").as("of_component"));
    return labels
        .join(of, col("component").equalTo(col("of_id")), "left")
        .select(
            col("id"),
            col("previous"),
            // least() skips nulls: a label that is not itself a vertex id keeps the label.
            least(col("component"), col("of_component")).as("component"));
  }
}
