package parallax.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

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
 *
 * <p>A graph of at most {@link #DRIVER_EDGES} distinct links is labelled on the driver instead, by
 * union-find over the collected links (a few megabytes): each distributed round costs several Spark
 * jobs, and story similarity graphs are sparse (an article links to the few versions of its story),
 * so all but the largest inputs fit. The labels are the same either way.
 */
public final class ConnectedComponents {

  /** Most distinct links labelled on the driver (about 100 bytes each there). */
  static final long DRIVER_EDGES = 500_000;

  private static final StructType LABELS =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add("component", DataTypes.StringType, false);

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
    return of(edges, maxRounds, DRIVER_EDGES, keep);
  }

  /** As {@link #of(Dataset, int, Materialized)}, on the driver up to {@code driverEdges} links. */
  static Dataset<Row> of(Dataset<Row> edges, int maxRounds, long driverEdges, Materialized keep) {
    Dataset<Row> pairs =
        keep.of(
            edges
                .select(least(col("a"), col("b")).as("a"), greatest(col("a"), col("b")).as("b"))
                .filter(col("a").notEqual(col("b")))
                .distinct());
    if (pairs.count() <= driverEdges) {
      return onDriver(pairs);
    }
    Dataset<Row> links =
        keep.of(
            pairs
                .select(col("a").as("src"), col("b").as("dst"))
                .union(pairs.select(col("b").as("src"), col("a").as("dst"))));
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

  /** Union-find over the collected links; each root becomes the smallest id of its component. */
  private static Dataset<Row> onDriver(Dataset<Row> pairs) {
    Map<String, String> parent = new HashMap<>();
    for (Row pair : pairs.collectAsList()) {
      String a = root(parent, pair.getString(0));
      String b = root(parent, pair.getString(1));
      if (!a.equals(b)) {
        // The smaller id becomes the root, so a root is always its component's smallest id.
        if (a.compareTo(b) < 0) {
          parent.put(b, a);
        } else {
          parent.put(a, b);
        }
      }
    }
    List<Row> labels = new ArrayList<>(parent.size());
    for (String id : new TreeSet<>(parent.keySet())) {
      labels.add(RowFactory.create(id, root(parent, id)));
    }
    return pairs.sparkSession().createDataFrame(labels, LABELS);
  }

  /** The root of {@code id}'s tree, halving the path on the way (a new id is its own root). */
  private static String root(Map<String, String> parent, String id) {
    String node = id;
    parent.putIfAbsent(node, node);
    while (!parent.get(node).equals(node)) {
      String up = parent.get(node);
      String grand = parent.get(up);
      parent.put(node, grand);
      node = grand;
    }
    return node;
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
