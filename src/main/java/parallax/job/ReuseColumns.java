package parallax.job;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import parallax.reuse.ArticleFingerprint;
import parallax.reuse.Credit;
import parallax.reuse.SentenceFingerprint;

/**
 * The reuse analysis's columns in the analysed-article row ({@link AnalysedRows}): the article's
 * {@link ArticleFingerprint} (the credits its text gives, per sentence its span, shingle and term
 * hashes) as Spark values and back. The story pass reads them to compare versions without moving
 * bodies.
 */
final class ReuseColumns {

  static final StructType CREDIT =
      new StructType()
          .add("kind", StringType, false)
          .add("phrase", StringType, false)
          .add("outlet", StringType)
          .add("start", IntegerType, false)
          .add("end", IntegerType, false)
          .add("text", StringType, false);

  static final StructType SENTENCE =
      new StructType()
          .add("start", IntegerType, false)
          .add("end", IntegerType, false)
          .add("words", IntegerType, false)
          .add("shingles", createArrayType(LongType, false), false)
          .add("terms", createArrayType(LongType, false), false);

  /** The columns, in the order {@link #values} gives them. */
  static final StructType FIELDS =
      new StructType()
          .add("reuse_credits", createArrayType(CREDIT, false))
          .add("reuse_sentences", createArrayType(SENTENCE, false));

  /** The analysed-article columns {@link #fingerprint} reads. */
  static final List<String> INPUT_COLUMNS =
      List.of(
          "article_id",
          "source",
          "credited_source",
          "published",
          "reuse_credits",
          "reuse_sentences");

  private ReuseColumns() {}

  /** The column values of one article's fingerprint. */
  static Object[] values(ArticleFingerprint fingerprint) {
    List<Row> credits = new ArrayList<>(fingerprint.credits().size());
    for (Credit credit : fingerprint.credits()) {
      credits.add(
          RowFactory.create(
              credit.kind(),
              credit.phrase(),
              credit.outlet(),
              credit.start(),
              credit.end(),
              credit.text()));
    }
    List<Row> sentences = new ArrayList<>(fingerprint.sentences().size());
    for (SentenceFingerprint sentence : fingerprint.sentences()) {
      sentences.add(
          RowFactory.create(
              sentence.start(),
              sentence.end(),
              sentence.words(),
              // Primitive arrays: Spark's encoder copies them whole instead of value by value.
              sentence.shingleArray(),
              sentence.termArray()));
    }
    return new Object[] {RowBuilder.array(credits), RowBuilder.array(sentences)};
  }

  /** The fingerprint of an analysed-article row holding {@link #INPUT_COLUMNS}. */
  static ArticleFingerprint fingerprint(Row row) {
    List<Row> creditRows = row.getList(row.fieldIndex("reuse_credits"));
    List<Credit> credits = new ArrayList<>(creditRows.size());
    for (Row credit : creditRows) {
      credits.add(
          new Credit(
              credit.getAs("kind"),
              credit.getAs("phrase"),
              credit.getAs("outlet"),
              credit.<Integer>getAs("start"),
              credit.<Integer>getAs("end"),
              credit.getAs("text")));
    }
    List<Row> sentenceRows = row.getList(row.fieldIndex("reuse_sentences"));
    List<SentenceFingerprint> sentences = new ArrayList<>(sentenceRows.size());
    for (Row sentence : sentenceRows) {
      sentences.add(
          new SentenceFingerprint(
              sentence.<Integer>getAs("start"),
              sentence.<Integer>getAs("end"),
              sentence.<Integer>getAs("words"),
              sentence.getList(sentence.fieldIndex("shingles")),
              sentence.getList(sentence.fieldIndex("terms"))));
    }
    return new ArticleFingerprint(
        row.getAs("article_id"),
        row.getAs("source"),
        row.getAs("credited_source"),
        row.getAs("published"),
        credits,
        sentences);
  }
}
