package parallax.job;

import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import parallax.ingest.FileSummary;
import parallax.model.Article;
import parallax.model.Reject;

/**
 * What reading the inputs yields, as one Dataset: a row per article, per reject and per file read,
 * told apart by {@code kind}. One schema so the files are read in one pass.
 */
final class IngestRows {

  static final String ARTICLE = "article";
  static final String REJECT = "reject";
  static final String FILE = "file";

  static final StructType SCHEMA =
      new StructType()
          .add("kind", StringType, false)
          .add("article_id", StringType)
          .add("story_id", StringType)
          .add("source", StringType)
          .add("credited_source", StringType)
          .add("title", StringType)
          .add("published", StringType)
          .add("url", StringType)
          .add("body", StringType)
          .add("input_file", StringType)
          .add("line", LongType)
          .add("reason", StringType)
          .add("format", StringType)
          .add("bytes", LongType)
          .add("sha256", StringType)
          .add("records", LongType)
          .add("rejected", LongType);

  private IngestRows() {}

  static Row of(Article a) {
    return RowFactory.create(
        ARTICLE,
        a.id(),
        a.storyId(),
        a.source(),
        a.creditedSource(),
        a.title(),
        a.published(),
        a.url(),
        a.body(),
        a.inputFile(),
        a.line(),
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static Row of(Reject r) {
    return RowFactory.create(
        REJECT,
        r.articleId(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        r.inputFile(),
        r.line(),
        r.reason(),
        null,
        null,
        null,
        null,
        null);
  }

  static Row of(FileSummary f) {
    return RowFactory.create(
        FILE,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        f.path(),
        0L,
        null,
        f.format(),
        f.bytes(),
        f.sha256(),
        f.records(),
        f.rejected());
  }
}
