package parallax.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import parallax.report.CsvCells;

/**
 * Writes a table of any size as one CSV file in the run's folder: Spark sorts it and formats every
 * row on the executors (with {@link CsvCells}, the same cell rules as every other CSV), writes the
 * sorted parts in parallel, and the driver streams the parts, in order, behind one header into
 * {@code name.csv}. The driver never holds the rows. Sorting on columns that identify a row makes
 * the file byte-identical from run to run.
 *
 * <p>A corpus of fewer than {@link #RANGE_SORT_FROM} articles has tables small enough for one task
 * to sort and format: they are gathered into one partition and sorted there. A range sort (several
 * sorted parts) first samples its input in a Spark job of its own, and a table nothing else reads
 * is computed twice for it, once to sample and once to sort; on a small corpus that second pass and
 * the sampling job's fixed cost outweigh the parallel sort. The file is the same either way. The
 * per-article tables of {@link #writeLines} keep their range sort of the articles ({@link
 * ArticleLines}): formatting their many lines per article is the work worth spreading over cores.
 *
 * <p>A table written with {@link #write} stays persisted until {@link #close()}: the report pages,
 * the charts and later tables read the same tables again (sources.csv's tone intervals,
 * voices.csv), and without the cache each of those reads would recompute the table from the
 * analysed articles. A table nothing reads again goes through {@link #writeOnce}, uncached, and a
 * table whose rows each come from one article through {@link #writeLines} ({@link ArticleLines}).
 *
 * <p>Tables are written at the same time, on the stage's {@link StageThreads}: {@link #write}
 * persists the table and starts its query, and {@link #awaitAll()} waits for all of them. A table
 * that reads another still being written waits for that table's cached partitions (Spark computes a
 * cached block once), so nothing is computed twice. Not thread-safe: the driver's (but {@link
 * #hold} may also run in a table's definition on the writing threads).
 */
final class TableWriter implements AutoCloseable {

  /** Corpora of this many articles or more have their tables range-sorted, in parallel parts. */
  static final long RANGE_SORT_FROM = 50_000;

  private final OutputFolder folder;
  private final StageThreads writing;
  private final boolean rangeSorted;
  private final List<Dataset<Row>> persisted = new ArrayList<>();
  private final Materialized intermediates = new Materialized();

  /** A writer for the tables of a corpus of {@code articles} analysed articles. */
  TableWriter(OutputFolder folder, StageThreads writing, long articles) {
    this.folder = folder;
    this.writing = writing;
    this.rangeSorted = articles >= RANGE_SORT_FROM;
  }

  /**
   * Starts writing {@code table}, sorted by {@code order}, as {@code name}.csv; its columns, in
   * order, are the file's columns. The table is persisted now, so every query defined later reads
   * it from the cache.
   */
  void write(String name, Dataset<Row> table, Column... order) {
    // The first pass over the table (a range sort's sampling, or the shuffle into one sorted
    // partition) fills the cache; every later pass and reader reads it.
    table.persist(StorageLevel.MEMORY_AND_DISK());
    persisted.add(table);
    writeOnce(name, table, order);
  }

  /**
   * Starts writing {@code table} like {@link #write}, without persisting it: for a table no later
   * query reads. Filling Spark's cache with a large table costs more than computing it twice for a
   * range sort (its sampling pass and its sorting pass) from the cached analysed articles.
   */
  void writeOnce(String name, Dataset<Row> table, Column... order) {
    writing.run(() -> writeCsv(name, table, order));
  }

  /**
   * Starts writing the table {@code definition} gives, like {@link #writeOnce(String, Dataset,
   * Column...)}, defining it on the writing thread: for a table whose definition computes something
   * first ({@link #hold}), which would otherwise keep the driver from defining the tables after it.
   */
  void writeOnce(String name, Supplier<Dataset<Row>> definition, Column... order) {
    writing.run(() -> writeCsv(name, definition.get(), order));
  }

  /** Waits for every table started; throws the first failure. */
  void awaitAll() {
    writing.awaitAll();
  }

  /**
   * Starts writing {@code name}.csv from lines already formatted ({@link CsvCells}) and in the
   * file's order: the Dataset's partitions, in order, are the file's. A row may hold several lines
   * separated by CRLF. Not persisted: for tables no later query reads.
   */
  void writeLines(String name, String[] header, Dataset<String> lines) {
    writing.run(() -> writeText(name, header, lines));
  }

  private void writeCsv(String name, Dataset<Row> table, Column... order) {
    writeText(
        name,
        table.columns(),
        sorted(table, order)
            .map((MapFunction<Row, String>) TableWriter::format, Encoders.STRING()));
  }

  /** {@code table} in {@code order}: its partitions, in order, hold the sorted rows. */
  private Dataset<Row> sorted(Dataset<Row> table, Column... order) {
    return rangeSorted ? table.orderBy(order) : table.repartition(1).sortWithinPartitions(order);
  }

  private void writeText(String name, String[] header, Dataset<String> lines) {
    Path parts = folder.path("_" + name + ".parts");
    lines.write().option("lineSep", "\r\n").text(parts.toString());
    merge(parts, folder.path(name + ".csv"), header);
  }

  /**
   * Also starts writing {@code table}, sorted by {@code order}, as Parquet: the folder {@code
   * name.parquet/} of part files (any Parquet reader takes the folder), with Spark's marker and
   * checksum files removed. Columns keep their Spark types, text is not neutralised: Parquet is for
   * programs, not spreadsheets.
   *
   * @return the folder's path inside the report, e.g. {@code spans.parquet}
   */
  String writeParquet(String name, Dataset<Row> table, Column... order) {
    String relative = name + ".parquet";
    writing.run(() -> writeParquet(folder.path(relative), table, order));
    return relative;
  }

  private void writeParquet(Path target, Dataset<Row> table, Column... order) {
    sorted(table, order).write().parquet(target.toString());
    FileSystem fs = folder.fileSystem();
    try {
      for (FileStatus file : fs.listStatus(target)) {
        String fileName = file.getPath().getName();
        if (fileName.startsWith("_") || fileName.startsWith(".")) {
          fs.delete(file.getPath(), false);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot tidy " + target, e);
    }
  }

  /**
   * {@code intermediate}, an input that several tables read, computed now and held ({@link
   * Materialized#held}) until {@link #close()}: each table's query would otherwise recompute it
   * from the analysed articles once per join or broadcast that reads it. Called on the driver or,
   * inside a table's definition, on the writing thread.
   */
  Dataset<Row> hold(Dataset<Row> intermediate) {
    synchronized (intermediates) {
      return intermediates.held(intermediate);
    }
  }

  /** Releases the tables written and the intermediates held. */
  @Override
  public void close() {
    persisted.forEach(Dataset::unpersist);
    persisted.clear();
    synchronized (intermediates) {
      intermediates.close();
    }
  }

  private static String format(Row row) {
    Object[] values = new Object[row.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(i);
    }
    return CsvCells.line(values);
  }

  private void merge(Path parts, Path target, String[] header) {
    FileSystem fs = folder.fileSystem();
    try (OutputStream out = fs.create(target, true)) {
      StringBuilder headerLine = new StringBuilder();
      CsvCells.appendLine(headerLine, (Object[]) header);
      out.write(headerLine.toString().getBytes(StandardCharsets.UTF_8));
      FileStatus[] files = fs.listStatus(parts, path -> path.getName().startsWith("part-"));
      Arrays.sort(files, Comparator.comparing(status -> status.getPath().getName()));
      for (FileStatus part : files) {
        try (InputStream in = fs.open(part.getPath())) {
          in.transferTo(out);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
    try {
      fs.delete(parts, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + parts, e);
    }
  }
}
