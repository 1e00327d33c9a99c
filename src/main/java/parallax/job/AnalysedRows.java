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
 * mapPartitions} emits: the article, its NLP counts and sentence spans, every span the analyses
 * counted, and then each analysis's own columns (one {@code *Columns} class per analysis, joined
 * into {@link #SCHEMA} here). {@code error} is set, and the analysis columns null or empty, when
 * analysing the article failed; such rows become rejects.
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
          .add("end", IntegerType, false);

  /** The article, its NLP counts, all spans and the error: the columns every row has. */
  static final StructType BASE =
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

  /** {@link #BASE} and the columns of every analysis: add one line per analysis here. */
  static final StructType SCHEMA =
      RowBuilder.concat(
          BASE,
          FramingColumns.FIELDS,
          QuoteColumns.FIELDS,
          SentimentColumns.FIELDS,
          ReuseColumns.FIELDS);

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

  /**
   * Starts the row of an analysed article: article and NLP columns, sentence spans. The analyses
   * add their columns ({@link Builder#columns}) and spans ({@link Builder#spans}).
   */
  static Builder analysed(Article a, String grouping, AnnotatedText text) {
    Builder row = new Builder(a, grouping);
    List<Row> sentences = new ArrayList<>(text.sentenceCount());
    for (int s = 0; s < text.sentenceCount(); s++) {
      sentences.add(
          RowFactory.create(text.sentenceStart(s), text.sentenceEnd(s), text.sentenceParagraph(s)));
      row.spans.add(
          new LabelledSpan(
              "sentence", "sentence " + s, text.sentenceStart(s), text.sentenceEnd(s)));
    }
    row.row
        .set("tokens", text.tokenCount())
        .set("words", text.wordCount())
        .set("sentences", text.sentenceCount())
        .set("sentence_spans", RowBuilder.array(sentences))
        .set("error", null);
    return row;
  }

  /** The row of an article whose analysis failed: no spans, analysis columns null. */
  static Row failed(Article a, String grouping, String error) {
    Builder row = new Builder(a, grouping);
    row.row
        .set("sentence_spans", RowBuilder.array(List.of()))
        .set("spans", RowBuilder.array(List.of()))
        .set("error", error);
    return row.row.nullWhereUnset().build();
  }

  /** The row of one analysed article, filled by the analyses. Not thread-safe. */
  static final class Builder {
    private final Article article;
    private final RowBuilder row = new RowBuilder(SCHEMA);
    private final List<LabelledSpan> spans = new ArrayList<>();

    private Builder(Article a, String grouping) {
      this.article = a;
      row.set("article_id", a.id())
          .set("story_id", a.storyId())
          .set("source", a.source())
          .set("credited_source", a.creditedSource())
          .set("title", a.title())
          .set("published", a.published())
          .set("url", a.url())
          .set("body", a.body())
          .set("input_file", a.inputFile())
          .set("line", a.line())
          .set("grouping", grouping);
    }

    /** Adds an analysis's spans (they become rows of spans.csv). */
    Builder spans(List<LabelledSpan> more) {
      spans.addAll(more);
      return this;
    }

    /** Sets an analysis's columns, {@code values} in the order of {@code columns}. */
    Builder columns(StructType columns, Object[] values) {
      row.set(columns, values);
      return this;
    }

    /**
     * The row.
     *
     * @throws IllegalStateException naming an analysis column that was never set
     */
    Row build() {
      List<Row> spanRows = new ArrayList<>(spans.size());
      for (LabelledSpan span : spans) {
        spanRows.add(
            // No text: it is the body between the offsets, cut when spans.csv is written, so the
            // cached rows do not hold every sentence a second (and third) time.
            RowFactory.create(span.kind(), span.label(), span.start(), span.end()));
      }
      return row.set("spans", RowBuilder.array(spanRows)).build();
    }
  }
}
