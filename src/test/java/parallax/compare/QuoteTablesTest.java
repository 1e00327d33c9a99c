package parallax.compare;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import parallax.SharedSpark;

/** The quote tables on hand-made analysed and story rows (only the columns they read). */
class QuoteTablesTest {

  private static final StructType QUOTE =
      new StructType()
          .add("kind", StringType, false)
          .add("speaker", StringType)
          .add("speaker_text", StringType)
          .add("speaker_start", IntegerType)
          .add("speaker_end", IntegerType)
          .add("verb", StringType)
          .add("verb_class", StringType)
          .add("start", IntegerType, false)
          .add("end", IntegerType, false)
          .add("words", IntegerType, false)
          .add("text", StringType, false);

  private static final StructType ARTICLE =
      new StructType()
          .add("story_id", StringType, false)
          .add("source", StringType, false)
          .add("article_id", StringType, false)
          .add("quotes", createArrayType(QUOTE, false));

  private static final StructType NAME =
      new StructType().add("speaker", StringType, false).add("story_speaker", StringType, false);

  private static final StructType STORY =
      new StructType()
          .add("story_id", StringType, false)
          .add("speaker_names", createArrayType(NAME, false));

  private static Row quote(String kind, String speaker, int start, String text) {
    return RowFactory.create(
        kind,
        speaker,
        speaker,
        speaker == null ? null : 0,
        speaker == null ? null : 5,
        "say",
        "neutral",
        start,
        start + text.length(),
        2,
        text);
  }

  private static Object seq(Row... rows) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(rows)).toSeq();
  }

  @Test
  void namesEachQuotesSpeakerAsTheStoryDoesAndKeepsTheArticlesOwnName() {
    var spark = SharedSpark.session();
    var analysed =
        spark.createDataFrame(
            List.of(
                RowFactory.create(
                    "call",
                    "RT",
                    "call/rt",
                    seq(
                        quote("direct", "Putin", 10, "we will see"),
                        quote("indirect", null, 40, "talks go on"))),
                RowFactory.create(
                    "flood", "Wire", "flood/wire", seq(quote("direct", "Putin", 3, "no")))),
            ARTICLE);
    var stories =
        spark.createDataFrame(
            List.of(
                RowFactory.create("call", seq(RowFactory.create("Putin", "Vladimir Putin"))),
                RowFactory.create("flood", seq())),
            STORY);
    List<Row> quotes =
        QuoteTables.quotes(analysed, stories)
            .orderBy(col("article_id"), col("start"))
            .collectAsList();
    assertEquals(
        List.of(
            "story_id",
            "source",
            "article_id",
            "speaker",
            "kind",
            "verb",
            "verb_class",
            "start",
            "end",
            "words",
            "text",
            "speaker_in_article",
            "speaker_text",
            "speaker_start",
            "speaker_end"),
        List.of(quotes.get(0).schema().fieldNames()));
    assertEquals(3, quotes.size());
    assertEquals("Vladimir Putin", quotes.get(0).getAs("speaker"));
    assertEquals("Putin", quotes.get(0).getAs("speaker_in_article"));
    assertNull(quotes.get(1).getAs("speaker"), "an unknown speaker stays unknown");
    assertEquals("Putin", quotes.get(2).getAs("speaker"), "another story's names do not apply");
  }
}
