package parallax.reuse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import parallax.reuse.AverageLinkage.Edge;

class AverageLinkageTest {

  /** 0-1 strongly similar, 1-2 fairly, 0-2 hardly, 2-3 hardly. */
  private static final List<Edge> EDGES =
      List.of(new Edge(0, 1, 0.9), new Edge(1, 2, 0.5), new Edge(0, 2, 0.1), new Edge(2, 3, 0.05));

  @Test
  void mergesWhileTheMeanSimilarityReachesTheThreshold() {
    // {0,1} at 0.9; then {0,1}-{2}: (0.1 + 0.5) / 2 = 0.3 >= 0.3; then {0,1,2}-{3}: 0.05 / 3.
    assertArrayEquals(new int[] {0, 0, 0, 3}, AverageLinkage.cluster(4, EDGES, 0.3));
  }

  @Test
  void doesNotChainThroughOneSimilarPair() {
    // Single linkage at 0.4 would join 2 through 1-2 (0.5); the mean (0.1 + 0.5) / 2 = 0.3 does
    // not.
    assertArrayEquals(new int[] {0, 0, 2, 3}, AverageLinkage.cluster(4, EDGES, 0.4));
  }

  @Test
  void nodesWithoutEdgesStayAlone() {
    assertArrayEquals(new int[] {0, 1, 2}, AverageLinkage.cluster(3, List.of(), 0.1));
  }

  @Test
  void missingPairsCountAsZero() {
    // {0,1} at 0.8, {2,3} at 0.8; across only 1-2 at 0.8: mean 0.8 / 4 = 0.2.
    List<Edge> edges = List.of(new Edge(0, 1, 0.8), new Edge(2, 3, 0.8), new Edge(1, 2, 0.8));
    assertArrayEquals(new int[] {0, 0, 2, 2}, AverageLinkage.cluster(4, edges, 0.25));
    assertArrayEquals(new int[] {0, 0, 0, 0}, AverageLinkage.cluster(4, edges, 0.2));
  }

  @Test
  void rejectsEdgesOutsideTheNodes() {
    assertThrows(
        IllegalArgumentException.class,
        () -> AverageLinkage.cluster(2, List.of(new Edge(0, 2, 0.5)), 0.1));
  }
}
