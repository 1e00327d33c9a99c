package parallax.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import parallax.SharedSpark;
import parallax.report.CsvCells;

class SpansTest {

  private static Row span(String kind, String label, int start, int end) {
    return RowFactory.create(kind, label, start, end);
  }

  @Test
  void anArticlesSpansAreSortedAsSparkSortsTheRows() {
    String body = "Kyiv said \"no\" to \uD83D\uDE00 =SUM(1) today.";
    List<Row> spans =
        List.of(
            span("framing", "b", 0, 4),
            span("framing", null, 0, 4),
            span("quote", "x", 10, 14),
            span("framing", "\uFB01", 0, 4), // U+FB01 sorts after U+1F600 in UTF-16, before it in
            span("framing", "\uD83D\uDE00", 0, 4), // code points (Spark's UTF-8 byte order)
            span("entity", "=SUM", 21, 27),
            span("framing", "a", 0, 2));
    List<Row> changes = List.of(RowFactory.create(0, 4, "dropped"));

    String lines = ArticleLines.text(Spans.articleRows("a1", body, spans, changes));

    List<String> expected = new ArrayList<>();
    expected.add(CsvCells.line("a1", 0, 2, "framing", "a", "Ky"));
    expected.add(CsvCells.line("a1", 0, 4, "framing", null, "Kyiv"));
    expected.add(CsvCells.line("a1", 0, 4, "framing", "b", "Kyiv"));
    expected.add(CsvCells.line("a1", 0, 4, "framing", "\uFB01", "Kyiv"));
    expected.add(CsvCells.line("a1", 0, 4, "framing", "\uD83D\uDE00", "Kyiv"));
    expected.add(CsvCells.line("a1", 0, 4, "reuse", "dropped", "Kyiv"));
    expected.add(CsvCells.line("a1", 10, 14, "quote", "x", "\"no\""));
    expected.add(CsvCells.line("a1", 21, 27, "entity", "=SUM", "=SUM(1"));
    assertEquals(String.join("\r\n", expected), lines);
    assertEquals(List.of(), Spans.articleRows("a2", body, List.of(), List.of()));
  }

  @Test
  void linesAreTheSortedTableFormattedArticleByArticle() {
    SparkSession spark = SharedSpark.session();
    StructType articles =
        new StructType()
            .add("article_id", DataTypes.StringType)
            .add("body", DataTypes.StringType)
            .add("spans", DataTypes.createArrayType(AnalysedRows.SPAN, false));
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String body = "Body number " + i + " of the story, with words.";
      List<Row> spans = new ArrayList<>();
      for (int s = i % 5; s >= 0; s--) {
        spans.add(span(s % 2 == 0 ? "framing" : "quote", s % 3 == 0 ? null : "l" + s, s, s + 4));
      }
      rows.add(RowFactory.create(String.format("art-%02d", 39 - i), body, spans));
    }
    Dataset<Row> analysed = spark.createDataFrame(rows, articles).repartition(3);
    Dataset<Row> storyRows =
        spark.createDataFrame(
            List.of(
                RowFactory.create(
                    List.of(
                        change("art-07", 2, 6, "reworded"),
                        change("art-07", 0, 3, "dropped"),
                        change("art-30", 1, 2, "added")))),
            new StructType()
                .add("reuse_changes", DataTypes.createArrayType(ReuseStoryColumns.CHANGE, false)));

    // What spans.csv held when Spark sorted every span as a row.
    Dataset<Row> table = Spans.table(analysed, storyRows).orderBy(Spans.ORDER);
    assertEquals(
        ArticleLinesTest.formatted(table),
        ArticleLinesTest.lines(Spans.lines(analysed, storyRows)));
  }

  private static Row change(String articleId, int start, int end, String kind) {
    return RowFactory.create("d", "s", kind, articleId, 0, start, end);
  }
}
