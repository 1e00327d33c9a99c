package parallax.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import parallax.reuse.AverageLinkage;

/**
 * Runs {@link AverageLinkage} over the edges of one connected component and names each cluster by
 * its smallest article id. Stateless and thread-safe.
 */
final class ComponentClusters {

  private ComponentClusters() {}

  /**
   * Rows {@code (article_id, cluster_id)} for the articles that end in a cluster of two or more.
   *
   * @param edges rows {@code (a, b, score)}, in any order
   */
  static List<Row> assign(List<Row> edges, double threshold) {
    TreeSet<String> ids = new TreeSet<>();
    List<Row> sorted = new ArrayList<>(edges);
    sorted.sort(
        (x, y) -> {
          int byA = x.getString(0).compareTo(y.getString(0));
          return byA != 0 ? byA : x.getString(1).compareTo(y.getString(1));
        });
    for (Row edge : sorted) {
      ids.add(edge.getString(0));
      ids.add(edge.getString(1));
    }
    String[] names = ids.toArray(new String[0]);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      index.put(names[i], i);
    }
    List<AverageLinkage.Edge> graph = new ArrayList<>(sorted.size());
    for (Row edge : sorted) {
      graph.add(
          new AverageLinkage.Edge(
              index.get(edge.getString(0)), index.get(edge.getString(1)), edge.getDouble(2)));
    }
    int[] cluster = AverageLinkage.cluster(names.length, graph, threshold);
    int[] sizes = new int[names.length];
    for (int root : cluster) {
      sizes[root]++;
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      if (sizes[cluster[i]] > 1) {
        // Names are sorted and a cluster is named by its smallest index: its smallest id.
        rows.add(RowFactory.create(names[i], names[cluster[i]]));
      }
    }
    return rows;
  }
}
