package parallax.job;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import parallax.ingest.ArticleFileReader;
import parallax.ingest.IngestSink;
import parallax.model.Article;
import parallax.model.OutletDirectory;
import parallax.model.Reject;

/**
 * Reads the listed input files on the executors, each file streamed once by one task, into {@link
 * IngestRows}: articles, rejects and a summary row per file.
 */
final class ReadArticles {

  private ReadArticles() {}

  /**
   * The rows of every listed file, with article sources and credits named as {@code sources} names
   * the outlets.
   */
  static Dataset<Row> read(
      SparkSession spark,
      List<InputFiles.InputFile> files,
      OutletDirectory sources,
      int maxBodyChars) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<HadoopConf> conf =
        jsc.broadcast(new HadoopConf(spark.sparkContext().hadoopConfiguration()));
    Broadcast<OutletDirectory> outlets = jsc.broadcast(sources);
    int slices = Math.max(1, Math.min(files.size(), jsc.defaultParallelism() * 4));
    JavaRDD<Row> rows =
        jsc.parallelize(files, slices).flatMap(new ReadFile(conf, outlets, maxBodyChars));
    return spark.createDataFrame(rows, IngestRows.SCHEMA);
  }

  /** Streams one file into rows; runs on executors. */
  private static final class ReadFile implements FlatMapFunction<InputFiles.InputFile, Row> {
    private final Broadcast<HadoopConf> conf;
    private final Broadcast<OutletDirectory> outlets;
    private final int maxBodyChars;

    ReadFile(Broadcast<HadoopConf> conf, Broadcast<OutletDirectory> outlets, int maxBodyChars) {
      this.conf = conf;
      this.outlets = outlets;
      this.maxBodyChars = maxBodyChars;
    }

    @Override
    public Iterator<Row> call(InputFiles.InputFile file) {
      Path path = new Path(file.qualifiedPath());
      ArticleFileReader.FileCursor cursor =
          new ArticleFileReader(maxBodyChars)
              .open(
                  file.displayPath(),
                  file.format(),
                  () -> FileSystem.get(path.toUri(), conf.value().get()).open(path));
      return new FileRows(cursor, outlets.value());
    }
  }

  /** Pulls one record at a time from a file, then its summary row. */
  private static final class FileRows implements Iterator<Row>, IngestSink {
    private final ArticleFileReader.FileCursor cursor;
    private final OutletDirectory outlets;
    private final Deque<Row> ready = new ArrayDeque<>(2);
    private boolean summarised;

    FileRows(ArticleFileReader.FileCursor cursor, OutletDirectory outlets) {
      this.cursor = cursor;
      this.outlets = outlets;
    }

    @Override
    public boolean hasNext() {
      if (ready.isEmpty() && !summarised && !cursor.next(this)) {
        ready.add(IngestRows.of(cursor.summary()));
        summarised = true;
      }
      return !ready.isEmpty();
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return ready.poll();
    }

    @Override
    public void article(Article article) {
      ready.add(IngestRows.of(outlets.canonicalise(article)));
    }

    @Override
    public void reject(Reject reject) {
      ready.add(IngestRows.of(reject));
    }
  }
}
