package parallax.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Average-linkage agglomerative clustering over a sparse similarity graph: repeatedly merges the
 * two clusters whose mean pairwise similarity is highest, while it is at least the threshold. A
 * pair with no edge counts as similarity 0, so a merge needs most pairs across the two clusters to
 * be similar, not just one (single linkage, by contrast, chains unrelated stories through one
 * borderline pair).
 *
 * <p>Because a mean can only reach the threshold when at least one pair does, clusters never cross
 * the connected components of the graph's edges at or above the threshold: callers can run this per
 * component.
 *
 * <p>Deterministic: ties are broken by the smaller node index. Cost is about {@code O(E log E)} for
 * {@code E} edges times the typical merge depth. Stateless and thread-safe.
 */
public final class AverageLinkage {

  private AverageLinkage() {}

  /** An undirected similarity between nodes {@code a} and {@code b} (0-based, {@code a != b}). */
  public record Edge(int a, int b, double similarity) {}

  /**
   * The cluster of each of {@code nodes} nodes, as the smallest node index in it.
   *
   * @throws IllegalArgumentException for an edge outside {@code [0, nodes)} or a self-loop
   */
  public static int[] cluster(int nodes, List<Edge> edges, double threshold) {
    List<Map<Integer, Double>> links = new ArrayList<>(nodes);
    for (int i = 0; i < nodes; i++) {
      links.add(new HashMap<>());
    }
    for (Edge edge : edges) {
      if (edge.a() < 0 || edge.b() < 0 || edge.a() >= nodes || edge.b() >= nodes) {
        throw new IllegalArgumentException("edge " + edge + " is outside nodes [0, " + nodes + ")");
      }
      if (edge.a() == edge.b()) {
        throw new IllegalArgumentException("edge " + edge + " is a self-loop");
      }
      links.get(edge.a()).merge(edge.b(), edge.similarity(), Double::sum);
      links.get(edge.b()).merge(edge.a(), edge.similarity(), Double::sum);
    }
    return new Run(nodes, links).merge(threshold);
  }

  /** One clustering: live clusters by their smallest member, with summed links to the others. */
  private static final class Run {
    private final int[] parent;
    private final int[] size;
    private final int[] version;
    private final List<Map<Integer, Double>> links;
    private final PriorityQueue<Candidate> queue = new PriorityQueue<>();

    Run(int nodes, List<Map<Integer, Double>> links) {
      this.links = links;
      parent = new int[nodes];
      size = new int[nodes];
      version = new int[nodes];
      for (int i = 0; i < nodes; i++) {
        parent[i] = i;
        size[i] = 1;
      }
    }

    int[] merge(double threshold) {
      for (int a = 0; a < parent.length; a++) {
        for (Map.Entry<Integer, Double> link : links.get(a).entrySet()) {
          if (a < link.getKey()) {
            offer(a, link.getKey(), link.getValue());
          }
        }
      }
      while (!queue.isEmpty()) {
        Candidate top = queue.poll();
        if (top.mean < threshold) {
          break;
        }
        if (version[top.a] == top.versionA && version[top.b] == top.versionB) {
          join(top.a, top.b);
        }
      }
      int[] cluster = new int[parent.length];
      for (int i = 0; i < parent.length; i++) {
        cluster[i] = root(i);
      }
      return cluster;
    }

    private void offer(int a, int b, double sum) {
      double mean = sum / ((double) size[a] * size[b]);
      int low = Math.min(a, b);
      int high = Math.max(a, b);
      queue.add(new Candidate(mean, low, high, version[low], version[high]));
    }

    /** Merges clusters {@code x} and {@code y} into the one with the smaller index. */
    private void join(int x, int y) {
      int keep = Math.min(x, y);
      int gone = Math.max(x, y);
      Map<Integer, Double> kept = links.get(keep);
      Map<Integer, Double> merged = links.get(gone);
      kept.remove(gone);
      merged.remove(keep);
      for (Map.Entry<Integer, Double> link : merged.entrySet()) {
        int other = link.getKey();
        kept.merge(other, link.getValue(), Double::sum);
        Map<Integer, Double> otherLinks = links.get(other);
        double moved = otherLinks.remove(gone);
        otherLinks.merge(keep, moved, Double::sum);
      }
      merged.clear();
      parent[gone] = keep;
      size[keep] += size[gone];
      version[keep]++;
      version[gone]++;
      Integer[] neighbours = kept.keySet().toArray(new Integer[0]);
      Arrays.sort(neighbours);
      for (int other : neighbours) {
        offer(keep, other, kept.get(other));
      }
    }

    private int root(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }
  }

  /** A possible merge, valid while neither cluster has changed since it was offered. */
  private static final class Candidate implements Comparable<Candidate> {
    final double mean;
    final int a;
    final int b;
    final int versionA;
    final int versionB;

    Candidate(double mean, int a, int b, int versionA, int versionB) {
      this.mean = mean;
      this.a = a;
      this.b = b;
      this.versionA = versionA;
      this.versionB = versionB;
    }

    @Override
    public int compareTo(Candidate other) {
      int byMean = Double.compare(other.mean, mean);
      if (byMean != 0) {
        return byMean;
      }
      return a != other.a ? Integer.compare(a, other.a) : Integer.compare(b, other.b);
    }
  }
}
