package parallax.job;

import static org.apache.spark.sql.types.DataTypes.StringType;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import parallax.ingest.SourcesCsv;
import parallax.model.Outlet;
import parallax.model.OutletDirectory;

/** Outlet metadata for the run: {@code sources.csv} read from any file system, and as a table. */
final class Outlets {

  static final StructType SCHEMA =
      new StructType()
          .add("outlet", StringType, false)
          .add("country", StringType)
          .add("ownership", StringType)
          .add("rating", StringType)
          .add("domain", StringType);

  private Outlets() {}

  /**
   * Reads {@code sources.csv}, or gives an empty directory for null.
   *
   * @throws JobFailure naming the file (and line) when it cannot be read or parsed
   */
  static OutletDirectory load(String file, Configuration conf) {
    if (file == null) {
      return OutletDirectory.empty();
    }
    Path path = new Path(file);
    try (Reader reader =
        new InputStreamReader(path.getFileSystem(conf).open(path), StandardCharsets.UTF_8)) {
      return SourcesCsv.parse(file, reader);
    } catch (IOException e) {
      throw new JobFailure("cannot read outlet metadata " + file + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new JobFailure("bad outlet metadata: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      // Commons CSV reports broken quoting this way, with the line in its message.
      throw new JobFailure(
          "bad outlet metadata: " + file + ": " + rootMessage(e) + " (not valid CSV)", e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage();
  }

  /** One row per outlet, empty metadata as null, to join onto results by outlet name. */
  static Dataset<Row> table(SparkSession spark, OutletDirectory directory) {
    List<Row> rows = new ArrayList<>();
    for (Outlet outlet : directory.outlets()) {
      rows.add(
          RowFactory.create(
              outlet.name(),
              emptyToNull(outlet.country()),
              emptyToNull(outlet.ownership()),
              emptyToNull(outlet.rating()),
              emptyToNull(outlet.domain())));
    }
    return spark.createDataFrame(rows, SCHEMA);
  }

  private static String emptyToNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
