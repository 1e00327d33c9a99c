package parallax.job;

import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import parallax.SharedSpark;
import parallax.quotes.ArticleQuotes;
import parallax.quotes.Quote;

class QuoteColumnsTest {

  private static final Quote PUTIN =
      new Quote(
          Quote.DIRECT,
          "Vladimir Putin",
          true,
          "Putin",
          0,
          5,
          "say",
          "neutral",
          6,
          10,
          12,
          30,
          4,
          "It would not be beneath me");

  private static final Quote UNKNOWN =
      new Quote(Quote.INDIRECT, "", false, "", -1, -1, "", "", -1, -1, 40, 60, 6, "talks go on");

  @Test
  void countsQuotesWordsAndSpeakersOfTheArticle() {
    Object[] values = QuoteColumns.values(List.of(PUTIN, UNKNOWN), 50);
    assertEquals(QuoteColumns.FIELDS.size(), values.length);
    assertEquals(1, values[1], "direct quotes");
    assertEquals(1, values[2], "indirect quotes");
    assertEquals(10, values[3], "quoted words");
    assertEquals(4, values[4], "direct quoted words");
    assertEquals(0.2, (double) values[5], 1e-9, "10 of 50 words quoted");
    assertEquals(1, values[6], "the unknown speaker is not counted");
    assertEquals(0.0, (double) QuoteColumns.values(List.of(), 0)[5]);
  }

  @Test
  void writesUnknownsAsNullsAndReadsTheQuotesBack() {
    StructType schema =
        new StructType()
            .add("article_id", StringType)
            .add("source", StringType)
            .add(QuoteColumns.FIELDS.fields()[0]);
    Object[] values = QuoteColumns.values(List.of(PUTIN, UNKNOWN), 50);
    // Through Spark, so that the nested quote rows carry their schema as in the job.
    Row row =
        SharedSpark.session()
            .createDataFrame(List.of(RowFactory.create("s/rt", "RT", values[0])), schema)
            .collectAsList()
            .get(0);
    Row unknown = row.<Row>getList(2).get(1);
    assertNull(unknown.getAs("speaker"));
    assertNull(unknown.getAs("speaker_start"));
    assertNull(unknown.getAs("verb"));

    ArticleQuotes read = QuoteColumns.quotes(row);
    assertEquals("s/rt", read.articleId());
    assertEquals("RT", read.source());
    assertEquals(List.of(PUTIN, UNKNOWN), read.quotes());
  }
}
