package parallax.job;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import parallax.quotes.ArticleQuotes;
import parallax.quotes.Quote;

/**
 * The quote analysis's columns in the analysed-article row ({@link AnalysedRows}): every quote with
 * its speaker, verb of saying and offsets ({@code quotes}), and the article's quote counts.
 *
 * <p>In the {@code quotes} structs what the analyser gives as "" (unknown speaker, no verb) or -1
 * (no speaker or verb in the text) is null, so that the CSVs show an empty cell for "no value";
 * {@link #quotes(Row)} turns them back. The article's direct-quote ranges (the quoted speech, marks
 * excluded) are {@code filter(quotes, q -> q.kind = 'direct')}'s {@code start, end}.
 */
final class QuoteColumns {

  static final StructType QUOTE =
      new StructType()
          .add("kind", StringType, false)
          .add("speaker", StringType)
          .add("speaker_is_person", BooleanType, false)
          .add("speaker_text", StringType)
          .add("speaker_start", IntegerType)
          .add("speaker_end", IntegerType)
          .add("verb", StringType)
          .add("verb_class", StringType)
          .add("verb_start", IntegerType)
          .add("verb_end", IntegerType)
          .add("start", IntegerType, false)
          .add("end", IntegerType, false)
          .add("words", IntegerType, false)
          .add("text", StringType, false);

  /** The columns, in the order {@link #values} gives them. */
  static final StructType FIELDS =
      new StructType()
          .add("quotes", createArrayType(QUOTE, false))
          .add("direct_quotes", IntegerType)
          .add("indirect_quotes", IntegerType)
          .add("quoted_words", IntegerType)
          .add("direct_quoted_words", IntegerType)
          .add("quoted_share", DoubleType)
          .add("speakers", IntegerType);

  private QuoteColumns() {}

  /**
   * The column values of one article's quotes.
   *
   * @param words the article's words ({@code AnnotatedText.wordCount()}), for {@code quoted_share}
   */
  static Object[] values(List<Quote> quotes, int words) {
    List<Row> rows = new ArrayList<>(quotes.size());
    int direct = 0;
    int directWords = 0;
    int quotedWords = 0;
    Set<String> speakers = new HashSet<>();
    for (Quote quote : quotes) {
      rows.add(row(quote));
      if (quote.isDirect()) {
        direct++;
        directWords += quote.words();
      }
      quotedWords += quote.words();
      if (!quote.speaker().isEmpty()) {
        speakers.add(quote.speaker());
      }
    }
    return new Object[] {
      RowBuilder.array(rows),
      direct,
      quotes.size() - direct,
      quotedWords,
      directWords,
      words == 0 ? 0.0 : (double) quotedWords / words,
      speakers.size()
    };
  }

  private static Row row(Quote quote) {
    return RowFactory.create(
        quote.kind(),
        orNull(quote.speaker()),
        quote.speakerIsPerson(),
        orNull(quote.speakerText()),
        orNull(quote.speakerStart()),
        orNull(quote.speakerEnd()),
        orNull(quote.verb()),
        orNull(quote.verbClass()),
        orNull(quote.verbStart()),
        orNull(quote.verbEnd()),
        quote.start(),
        quote.end(),
        quote.words(),
        quote.text());
  }

  /** The quotes of an analysed-article row (any row with its id, source and quotes). */
  static ArticleQuotes quotes(Row row) {
    List<Row> quoteRows = row.getList(row.fieldIndex("quotes"));
    List<Quote> quotes = new ArrayList<>(quoteRows.size());
    for (Row quote : quoteRows) {
      quotes.add(
          new Quote(
              quote.getAs("kind"),
              orEmpty(quote.getAs("speaker")),
              quote.<Boolean>getAs("speaker_is_person"),
              orEmpty(quote.getAs("speaker_text")),
              orMinusOne(quote.getAs("speaker_start")),
              orMinusOne(quote.getAs("speaker_end")),
              orEmpty(quote.getAs("verb")),
              orEmpty(quote.getAs("verb_class")),
              orMinusOne(quote.getAs("verb_start")),
              orMinusOne(quote.getAs("verb_end")),
              quote.<Integer>getAs("start"),
              quote.<Integer>getAs("end"),
              quote.<Integer>getAs("words"),
              quote.getAs("text")));
    }
    return new ArticleQuotes(row.getAs("article_id"), row.getAs("source"), quotes);
  }

  private static String orNull(String value) {
    return value.isEmpty() ? null : value;
  }

  private static Integer orNull(int offset) {
    return offset < 0 ? null : offset;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private static int orMinusOne(Integer offset) {
    return offset == null ? -1 : offset;
  }
}
