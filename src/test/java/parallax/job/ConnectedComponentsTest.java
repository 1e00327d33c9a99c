package parallax.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import parallax.SharedSpark;

class ConnectedComponentsTest {

  private static final StructType EDGES =
      new StructType().add("a", DataTypes.StringType).add("b", DataTypes.StringType);

  /** A long chain given out of order, a triangle, a repeated edge and a self-loop. */
  private static Dataset<Row> graph() {
    List<Row> edges =
        List.of(
            RowFactory.create("f", "g"),
            RowFactory.create("d", "e"),
            RowFactory.create("b", "c"),
            RowFactory.create("e", "f"),
            RowFactory.create("c", "d"),
            RowFactory.create("g", "h"),
            RowFactory.create("x", "y"),
            RowFactory.create("y", "z"),
            RowFactory.create("z", "x"),
            RowFactory.create("y", "x"),
            RowFactory.create("q", "q"));
    return SharedSpark.session().createDataFrame(edges, EDGES);
  }

  private static Map<String, String> labels(long driverEdges) {
    try (Materialized keep = new Materialized()) {
      Map<String, String> labels = new TreeMap<>();
      for (Row row : ConnectedComponents.of(graph(), 20, driverEdges, keep).collectAsList()) {
        labels.put(row.getString(0), row.getString(1));
      }
      return labels;
    }
  }

  @Test
  void labelsEveryLinkedVertexWithTheSmallestIdOfItsComponent() {
    Map<String, String> expected = new TreeMap<>();
    for (String id : List.of("b", "c", "d", "e", "f", "g", "h")) {
      expected.put(id, "b");
    }
    for (String id : List.of("x", "y", "z")) {
      expected.put(id, "x");
    }
    assertEquals(expected, labels(ConnectedComponents.DRIVER_EDGES), "on the driver");
  }

  @Test
  void distributedRoundsGiveTheSameLabelsAsTheDriver() {
    assertEquals(labels(ConnectedComponents.DRIVER_EDGES), labels(0));
  }
}
