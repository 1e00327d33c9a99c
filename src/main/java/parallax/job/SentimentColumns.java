package parallax.job;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import parallax.quotes.Quote;
import parallax.sentiment.ArticleSentiment;
import parallax.sentiment.MentionSentiment;
import parallax.sentiment.QuotedRanges;
import parallax.sentiment.SentenceSentiment;
import parallax.sentiment.ToneStatistics;
import parallax.sentiment.ToneSummary;
import parallax.sentiment.Voice;

/**
 * The sentiment analysis's columns in the analysed-article row ({@link AnalysedRows}): every
 * sentence's score ({@code sentiment.csv}), every entity mention with the sentiment toward it (read
 * back by the story pass for {@code entities.csv}), and the article's tone for {@code
 * articles.csv}: over the author's own sentences (mean, 95% bootstrap interval, shares of each
 * label) and over its quoted sentences (mean and interval). A tone over no sentence is null.
 */
final class SentimentColumns {

  static final StructType SENTENCE =
      new StructType()
          .add("sentence", IntegerType, false)
          .add("start", IntegerType, false)
          .add("end", IntegerType, false)
          .add("score", DoubleType, false)
          .add("label", StringType, false)
          .add("quoted", BooleanType, false);

  static final StructType MENTION =
      new StructType()
          .add("entity", StringType, false)
          .add("name", StringType, false)
          .add("type", StringType, false)
          .add("origin", StringType, false)
          .add("start", IntegerType, false)
          .add("end", IntegerType, false)
          .add("sentence", IntegerType, false)
          .add("quoted", BooleanType, false)
          .add("score", DoubleType, false)
          .add("label", StringType, false);

  /** The columns, in the order {@link #values} gives them. */
  static final StructType FIELDS =
      new StructType()
          .add("sentence_sentiment", createArrayType(SENTENCE, false))
          .add("entity_mentions", createArrayType(MENTION, false))
          .add("author_sentences", IntegerType)
          .add("author_tone", DoubleType)
          .add("author_tone_ci_low", DoubleType)
          .add("author_tone_ci_high", DoubleType)
          .add("author_positive", DoubleType)
          .add("author_negative", DoubleType)
          .add("author_neutral", DoubleType)
          .add("quoted_sentences", IntegerType)
          .add("quoted_tone", DoubleType)
          .add("quoted_tone_ci_low", DoubleType)
          .add("quoted_tone_ci_high", DoubleType);

  private static final ToneStatistics STATISTICS = ToneStatistics.defaults();

  private SentimentColumns() {}

  /** The column values of one article's sentiment. */
  static Object[] values(ArticleSentiment sentiment) {
    List<Row> sentences = new ArrayList<>(sentiment.sentences().size());
    for (SentenceSentiment s : sentiment.sentences()) {
      sentences.add(
          RowFactory.create(s.sentence(), s.start(), s.end(), s.score(), s.label(), s.quoted()));
    }
    List<Row> mentions = new ArrayList<>(sentiment.mentions().size());
    for (MentionSentiment m : sentiment.mentions()) {
      mentions.add(
          RowFactory.create(
              m.entity(),
              m.name(),
              m.type(),
              m.origin(),
              m.start(),
              m.end(),
              m.sentence(),
              m.quoted(),
              m.score(),
              m.label()));
    }
    ToneSummary author = sentiment.tone(STATISTICS, Voice.AUTHOR);
    ToneSummary quoted = sentiment.tone(STATISTICS, Voice.QUOTED);
    return new Object[] {
      RowBuilder.array(sentences),
      RowBuilder.array(mentions),
      author.n(),
      orNull(author.mean()),
      orNull(author.ciLow()),
      orNull(author.ciHigh()),
      orNull(author.sharePositive()),
      orNull(author.shareNegative()),
      orNull(author.shareNeutral()),
      quoted.n(),
      orNull(quoted.mean()),
      orNull(quoted.ciLow()),
      orNull(quoted.ciHigh())
    };
  }

  /** The entity mentions of an analysed-article row (any row with its id and mentions). */
  static List<MentionSentiment> mentions(Row row) {
    String articleId = row.getAs("article_id");
    List<Row> mentionRows = row.getList(row.fieldIndex("entity_mentions"));
    List<MentionSentiment> mentions = new ArrayList<>(mentionRows.size());
    for (Row m : mentionRows) {
      mentions.add(
          new MentionSentiment(
              articleId,
              m.getAs("entity"),
              m.getAs("name"),
              m.getAs("type"),
              m.getAs("origin"),
              m.<Integer>getAs("start"),
              m.<Integer>getAs("end"),
              m.<Integer>getAs("sentence"),
              m.<Boolean>getAs("quoted"),
              m.<Double>getAs("score"),
              m.getAs("label")));
    }
    return mentions;
  }

  /**
   * The quoted speech of an article from the quotes analysis: the spans of its direct quotes (words
   * in quotation marks), which sentiment keeps apart from the author's words. Indirect quotes are
   * the author's paraphrase, so they stay in the author's voice.
   */
  static QuotedRanges quotedRanges(List<Quote> quotes) {
    return QuotedRanges.of(Quote.directRanges(quotes));
  }

  /** No value for a tone over no sentence (NaN), so the CSV cell is empty. */
  private static Double orNull(double value) {
    return Double.isNaN(value) ? null : value;
  }
}
