package parallax.job;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import parallax.SharedSpark;
import parallax.compare.SentimentTables;
import parallax.report.CsvCells;

class ArticleLinesTest {

  /** The lines of {@link ArticleLines#of}'s result, one per table row. */
  static List<String> lines(Dataset<String> articles) {
    List<String> lines = new ArrayList<>();
    for (String article : articles.collectAsList()) {
      lines.addAll(List.of(article.split("\r\n")));
    }
    return lines;
  }

  /** The rows of {@code table}, in its order, formatted as TableWriter formats them. */
  static List<String> formatted(Dataset<Row> table) {
    List<String> lines = new ArrayList<>();
    for (Row row : table.collectAsList()) {
      Object[] cells = new Object[row.size()];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = row.get(i);
      }
      lines.add(CsvCells.line(cells));
    }
    return lines;
  }

  /** The rows as a Dataset spread over several partitions, out of order. */
  private static Dataset<Row> spread(List<Row> rows, StructType schema) {
    return SharedSpark.session().createDataFrame(rows, schema).repartition(3);
  }

  @Test
  void articlesComeInOrderAndArticlesWithoutRowsAreLeftOut() {
    Dataset<Row> articles =
        SharedSpark.session()
            .createDataFrame(
                List.of(
                    RowFactory.create("b", 2),
                    RowFactory.create("a", 1),
                    RowFactory.create("c", 0),
                    RowFactory.create("B", 1)),
                new StructType()
                    .add("article_id", DataTypes.StringType)
                    .add("rows", DataTypes.IntegerType))
            .repartition(3);
    List<String> texts =
        ArticleLines.of(
                articles,
                new org.apache.spark.sql.Column[] {col("article_id")},
                article -> {
                  List<Object[]> rows = new ArrayList<>();
                  for (int i = 0; i < article.getInt(1); i++) {
                    rows.add(new Object[] {article.getString(0), i, "x,y"});
                  }
                  return rows;
                })
            .collectAsList();
    assertEquals(List.of("B,0,\"x,y\"", "a,0,\"x,y\"", "b,0,\"x,y\"\r\nb,1,\"x,y\""), texts);
  }

  @Test
  void sentimentLinesAreTheSentimentTableSortedBySentence() {
    List<Row> articles = new ArrayList<>();
    for (int a = 0; a < 30; a++) {
      List<Row> sentences = new ArrayList<>();
      for (int s = a % 4; s >= 0; s--) {
        sentences.add(
            RowFactory.create(s, 10 * s, 10 * s + 9, (s - a % 3) / 7.0, "neutral", s % 2 == 0));
      }
      articles.add(RowFactory.create("art-" + (a * 7 % 30), sentences));
    }
    Dataset<Row> analysed =
        spread(
            articles,
            new StructType()
                .add("article_id", DataTypes.StringType)
                .add(
                    "sentence_sentiment",
                    DataTypes.createArrayType(SentimentColumns.SENTENCE, false)));

    Dataset<Row> table = SentimentTables.sentiment(analysed);
    assertEquals(List.of(table.columns()), List.of(SentimentOutputs.SENTIMENT_HEADER));
    assertEquals(
        formatted(table.orderBy(col("article_id"), col("sentence"))),
        lines(SentimentOutputs.sentimentLines(analysed)));
  }

  @Test
  void framingLinesAreTheFramingTableInItsOrder() {
    String[] terms = {
      "Kyiv", "Kiev", "regime", "r\u00e9gime", "\uD83D\uDE00", "\uFB01ght", "invasion"
    };
    List<Row> articles = new ArrayList<>();
    for (int a = 0; a < 24; a++) {
      List<Row> hits = new ArrayList<>();
      for (int h = 0; h < a % 9; h++) {
        hits.add(
            RowFactory.create(
                h % 3 == 0 ? "war" : "place",
                terms[(a + h * h) % terms.length],
                null,
                null,
                h,
                h + 1));
      }
      articles.add(
          RowFactory.create(
              "story-" + a % 4,
              a % 3 == 0 ? "RT" : "TASS",
              "art-" + a,
              a % 5 == 0 ? 0 : 100 + a,
              hits));
    }
    Dataset<Row> analysed =
        spread(
            articles,
            new StructType()
                .add("story_id", DataTypes.StringType)
                .add("source", DataTypes.StringType)
                .add("article_id", DataTypes.StringType)
                .add("words", DataTypes.IntegerType)
                .add("framing_hits", DataTypes.createArrayType(FramingColumns.HIT, false)));

    Dataset<Row> table = parallax.compare.FramingTables.framing(analysed);
    assertEquals(List.of(table.columns()), List.of(FramingOutputs.FRAMING_HEADER));
    assertEquals(
        formatted(
            table.orderBy(
                col("story_id"), col("source"), col("article_id"), col("category"), col("term"))),
        lines(FramingOutputs.framingLines(analysed)));
  }
}
