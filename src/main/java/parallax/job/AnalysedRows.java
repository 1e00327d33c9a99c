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
import parallax.model.AnnotatedText;
import parallax.model.Article;
import parallax.model.LabelledSpan;

/**
 * The schema of an analysed article, the one row per article that the analysis {@code
 * mapPartitions} emits: the article, its NLP counts and sentence spans, and every span the analyses
 * counted. {@code error} is set, and the analysis columns empty, when analysing the article failed;
 * such rows become rejects.
 */
final class AnalysedRows {

  static final StructType SENTENCE =
      new StructType()
          .add("start", IntegerType, false)
          .add("end", IntegerType, false)
          .add("paragraph", IntegerType, false);

  static final StructType SPAN =
      new StructType()
          .add("kind", StringType, false)
          .add("label", StringType)
          .add("start", IntegerType, false)
          .add("end", IntegerType, false)
          .add("text", StringType, false);

  static final StructType SCHEMA =
      new StructType()
          .add("article_id", StringType, false)
          .add("story_id", StringType)
          .add("source", StringType, false)
          .add("credited_source", StringType)
          .add("title", StringType)
          .add("published", StringType)
          .add("url", StringType)
          .add("body", StringType, false)
          .add("input_file", StringType)
          .add("line", LongType)
          .add("grouping", StringType)
          .add("tokens", IntegerType)
          .add("words", IntegerType)
          .add("sentences", IntegerType)
          .add("sentence_spans", createArrayType(SENTENCE, false))
          .add("spans", createArrayType(SPAN, false))
          .add("error", StringType);

  private AnalysedRows() {}

  /** The article as read, from a row holding the article columns of {@link IngestRows}. */
  static Article article(Row row) {
    return new Article(
        row.getAs("article_id"),
        row.getAs("story_id"),
        row.getAs("source"),
        row.getAs("credited_source"),
        row.getAs("title"),
        row.getAs("published"),
        row.getAs("url"),
        row.getAs("body"),
        row.getAs("input_file"),
        row.<Long>getAs("line"));
  }

  /** How the input row's story was found ({@code given}, {@code singleton}, ...). */
  static String grouping(Row input) {
    return input.getAs("grouping");
  }

  static Row analysed(Article a, String grouping, AnnotatedText text, List<LabelledSpan> spans) {
    List<Row> sentences = new ArrayList<>(text.sentenceCount());
    for (int s = 0; s < text.sentenceCount(); s++) {
      sentences.add(
          RowFactory.create(text.sentenceStart(s), text.sentenceEnd(s), text.sentenceParagraph(s)));
    }
    List<Row> spanRows = new ArrayList<>(spans.size());
    for (LabelledSpan span : spans) {
      spanRows.add(
          RowFactory.create(
              span.kind(), span.label(), span.start(), span.end(), span.textIn(a.body())));
    }
    return row(
        a,
        grouping,
        text.tokenCount(),
        text.wordCount(),
        text.sentenceCount(),
        sentences,
        spanRows,
        null);
  }

  static Row failed(Article a, String grouping, String error) {
    return row(a, grouping, null, null, null, List.of(), List.of(), error);
  }

  private static Row row(
      Article a,
      String grouping,
      Integer tokens,
      Integer words,
      Integer sentences,
      List<Row> sentenceSpans,
      List<Row> spans,
      String error) {
    return RowFactory.create(
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
        grouping,
        tokens,
        words,
        sentences,
        scala.jdk.javaapi.CollectionConverters.asScala(sentenceSpans).toSeq(),
        scala.jdk.javaapi.CollectionConverters.asScala(spans).toSeq(),
        error);
  }
}
