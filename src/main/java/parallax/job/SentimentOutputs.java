package parallax.job;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import parallax.compare.SentimentTables;
import parallax.report.EntityToneHeatmap;
import parallax.report.ToneChart;

/**
 * Sentiment's outputs: {@code sentiment.csv} (one row per sentence; also Parquet with {@code
 * --format parquet}) and {@code entities.csv} written with {@link TableWriter}, and two sections on
 * every story page (tone by outlet with {@link ToneChart}, entities by outlet with {@link
 * EntityToneHeatmap}). The tone columns of {@code articles.csv} and {@code sources.csv} come with
 * those tables ({@code VersionTables}).
 */
final class SentimentOutputs {

  private static final Column[] SENTENCE_ORDER = {col("article_id"), col("sentence")};

  /** sentiment.csv's columns: the article, then the fields of its sentences. */
  static final String[] SENTIMENT_HEADER = sentimentHeader();

  private SentimentOutputs() {}

  private static String[] sentimentHeader() {
    List<String> header = new ArrayList<>(List.of("article_id"));
    header.addAll(List.of(SentimentColumns.SENTENCE.fieldNames()));
    return header.toArray(String[]::new);
  }

  /**
   * sentiment.csv's lines ({@link ArticleLines}): the same rows as {@link
   * SentimentTables#sentiment}, in {@code SENTENCE_ORDER}.
   */
  static Dataset<String> sentimentLines(Dataset<Row> analysed) {
    return ArticleLines.of(
        analysed.select(col("article_id"), col("sentence_sentiment")),
        new Column[] {col("article_id")},
        SentimentOutputs::sentenceRows);
  }

  /** One article's rows of sentiment.csv: the article id, then each sentence's fields, in order. */
  static List<Object[]> sentenceRows(Row article) {
    List<Row> sentences = new ArrayList<>(article.<Row>getList(1));
    sentences.sort(Comparator.comparingInt(sentence -> sentence.getInt(0)));
    List<Object[]> rows = new ArrayList<>(sentences.size());
    for (Row sentence : sentences) {
      Object[] cells = new Object[sentence.size() + 1];
      cells[0] = article.getString(0);
      for (int i = 0; i < sentence.size(); i++) {
        cells[i + 1] = sentence.get(i);
      }
      rows.add(cells);
    }
    return rows;
  }

  /**
   * Writes the tables and registers the story-page sections.
   *
   * @param analysed the analysed articles without errors
   * @param storyRows the story rows without errors ({@link AnalyseStories})
   * @param sources {@code sources.csv}'s table, with its tone columns
   * @return the files written
   */
  static List<String> write(
      TableWriter tables,
      ReportPages pages,
      Dataset<Row> analysed,
      Dataset<Row> storyRows,
      Dataset<Row> sources) {
    tables.writeLines("sentiment", SENTIMENT_HEADER, sentimentLines(analysed));
    pages.addStorySection(
        new ReportPages.Section(
            "tone",
            "Tone by outlet",
            "Mean sentence score (-1 to 1) of each outlet's versions, in the author's own words and"
                + " in quoted speech apart, with 95% bootstrap intervals and the shares of"
                + " positive, negative and neutral sentences; every sentence is in sentiment.csv.",
            "sources.csv",
            SentimentTables.toneByOutlet(sources),
            List.of(col("source")),
            ToneChart::forSection));

    Dataset<Row> entities = SentimentTables.entities(storyRows);
    tables.write("entities", entities, col("story_id"), col("source"), col("entity"), col("voice"));
    pages.addStorySection(
        new ReportPages.Section(
            "entities",
            "Entities by outlet",
            "Tone toward each person, organisation and place in the sentences that name it (mean"
                + " over sentences, 95% bootstrap interval), in the author's words and in quoted"
                + " speech apart; entities most outlets name come first. Every mention is an entity"
                + " span.",
            "entities.csv",
            SentimentTables.entitiesByOutlet(entities),
            List.of(
                col("sources_naming").desc(),
                col("story_mentions").desc(),
                col("entity"),
                col("source"),
                col("voice")),
            EntityToneHeatmap::forSection));
    return List.of("sentiment.csv", "entities.csv");
  }

  /** Writes {@code sentiment.parquet/}, the same rows as {@code sentiment.csv}. */
  static String writeParquet(TableWriter tables, Dataset<Row> analysed) {
    return tables.writeParquet("sentiment", SentimentTables.sentiment(analysed), SENTENCE_ORDER);
  }
}
