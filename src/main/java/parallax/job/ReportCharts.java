package parallax.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import parallax.report.ChartFiles;
import parallax.report.Slugs;
import parallax.report.VersionLengthChart;

/**
 * Draws the per-story charts for the largest stories (by versions, then id): the data is a small
 * aggregate collected to the driver once, the drawing is {@code report}'s.
 */
final class ReportCharts {

  private ReportCharts() {}

  /** Writes the charts and returns their paths inside the report folder. */
  static List<String> write(Dataset<Row> analysed, int maxStories, OutputFolder folder) {
    if (maxStories == 0) {
      return List.of();
    }
    Dataset<Row> largest =
        analysed
            .groupBy(col("story_id"))
            .agg(count(lit(1)).as("versions"))
            .orderBy(col("versions").desc(), col("story_id"))
            .limit(maxStories);
    List<Row> rows =
        analysed
            .join(largest, "story_id")
            .select(col("story_id"), col("source"), col("article_id"), col("words"))
            .orderBy(col("story_id"), col("source"), col("article_id"))
            .collectAsList();
    Map<String, List<VersionLengthChart.Version>> byStory = new LinkedHashMap<>();
    for (Row row : rows) {
      byStory
          .computeIfAbsent(row.getAs("story_id"), story -> new ArrayList<>())
          .add(
              new VersionLengthChart.Version(
                  row.getAs("source"), row.getAs("article_id"), row.<Integer>getAs("words")));
    }
    List<String> written = new ArrayList<>();
    try {
      for (Map.Entry<String, List<VersionLengthChart.Version>> story : byStory.entrySet()) {
        String name = "length-" + Slugs.of(story.getKey());
        ChartFiles.save(
            VersionLengthChart.build(story.getKey(), story.getValue()), name, folder::create);
        written.add("charts/" + name + ".png");
        written.add("charts/" + name + ".svg");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write charts", e);
    }
    return written;
  }
}
