package parallax.job;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parallax.SharedSpark;

class TableWriterTest {

  private final SparkSession spark = SharedSpark.session();

  @Test
  void aSmallCorpusTableIsTheSameFileAsARangeSortedOne(@TempDir Path dir) throws IOException {
    Dataset<Row> table = table(3_000).repartition(7);
    Column[] order = {col("group").desc(), col("name"), col("id")};

    String small = Files.readString(write(dir.resolve("small"), 6_000, table, order));
    String large =
        Files.readString(write(dir.resolve("large"), TableWriter.RANGE_SORT_FROM, table, order));

    assertEquals(large, small);
    List<String> lines = List.of(small.split("\r\n"));
    assertEquals("id,group,name", lines.get(0));
    assertEquals(3_001, lines.size());
    // Largest group first (nulls last when descending), then names (null first), then ids.
    assertEquals("9,9,", lines.get(1));
    assertTrue(lines.get(lines.size() - 1).matches("\\d+,,name-\\d+"), lines.get(lines.size() - 1));
  }

  @Test
  void persistedTablesAreWrittenSortedAndStayReadable(@TempDir Path dir) throws IOException {
    Dataset<Row> table = table(500).repartition(3);
    OutputFolder folder = OutputFolder.prepare(dir.resolve("out").toString(), false, hadoop());
    try (StageThreads writing = StageThreads.forStage(spark.sparkContext(), "write");
        TableWriter tables = new TableWriter(folder, writing, 500)) {
      tables.write("ids", table, col("id"));
      tables.awaitAll();
      // Still persisted: a later reader gets the rows without recomputing them.
      assertEquals(500, table.count());
      assertTrue(table.storageLevel().useMemory());
      List<String> lines =
          Files.readAllLines(Path.of(folder.path("ids.csv").toUri()), StandardCharsets.UTF_8);
      assertEquals(501, lines.size());
      for (int i = 1; i < lines.size(); i++) {
        assertTrue(lines.get(i).startsWith(i - 1 + ","), lines.get(i));
      }
    }
    assertFalse(table.storageLevel().useMemory(), "unpersisted on close");
  }

  private Path write(Path dir, long articles, Dataset<Row> table, Column... order)
      throws IOException {
    OutputFolder folder = OutputFolder.prepare(dir.toString(), false, hadoop());
    try (StageThreads writing = StageThreads.forStage(spark.sparkContext(), "write");
        TableWriter tables = new TableWriter(folder, writing, articles)) {
      tables.writeOnce("table", table, order);
      tables.awaitAll();
    }
    folder.commit();
    return dir.resolve("table.csv");
  }

  /** Rows with ids 0..n-1, groups 0-9 and null, and names repeating (some null). */
  private Dataset<Row> table(int rows) {
    List<Row> values = new ArrayList<>();
    for (int id = 0; id < rows; id++) {
      Integer group = id % 11 == 10 ? null : id % 10;
      String name = id % 7 == 2 ? null : "name-" + (id * 31 % 97);
      values.add(RowFactory.create(id, group, name));
    }
    StructType schema =
        new StructType()
            .add("id", DataTypes.IntegerType, false)
            .add("group", DataTypes.IntegerType, true)
            .add("name", DataTypes.StringType, true);
    return spark.createDataFrame(values, schema);
  }

  private Configuration hadoop() {
    return spark.sparkContext().hadoopConfiguration();
  }
}
