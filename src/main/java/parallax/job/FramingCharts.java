package parallax.job;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.knowm.xchart.internal.chartpart.Chart;
import parallax.report.ChartFiles;
import parallax.report.FramingRateChart;
import parallax.report.Slugs;
import parallax.report.VariantMatrix;
import parallax.report.VariantMatrixChart;

/**
 * Draws the framing charts of the largest stories (by versions, then id, as {@link ReportCharts}):
 * {@code charts/framing-STORY} (hits per 1,000 words by category and outlet) and {@code
 * charts/variants-STORY} (the name each outlet uses for each referent). The data is ONE small
 * aggregate collected to the driver, a row per story and outlet; the drawing is {@code report}'s.
 */
final class FramingCharts {

  private FramingCharts() {}

  /** Writes the charts and returns their paths inside the report folder. */
  static List<String> write(Dataset<Row> analysed, int maxStories, OutputFolder folder) {
    if (maxStories == 0) {
      return List.of();
    }
    Map<String, Story> stories = collect(analysed, maxStories);
    List<String> written = new ArrayList<>();
    try {
      for (Map.Entry<String, Story> entry : stories.entrySet()) {
        String story = entry.getKey();
        Story data = entry.getValue();
        if (!FramingRateChart.categories(data.hits()).isEmpty()) {
          written.addAll(
              save(FramingRateChart.build(story, data.hits()), "framing", story, folder));
        }
        if (!data.uses().isEmpty()) {
          written.addAll(
              save(VariantMatrixChart.build(story, data.uses()), "variants", story, folder));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write framing charts", e);
    }
    return written;
  }

  /** What the charts of one story draw. */
  private record Story(List<FramingRateChart.SourceHits> hits, List<VariantMatrix.Use> uses) {}

  /** One row per (story, outlet) of the largest stories: words, hits per category, name uses. */
  private static Map<String, Story> collect(Dataset<Row> analysed, int maxStories) {
    Dataset<Row> largest =
        analysed
            .groupBy(col("story_id"))
            .agg(count(lit(1)).as("versions"))
            .orderBy(col("versions").desc(), col("story_id"))
            .limit(maxStories)
            .select(col("story_id"));
    Dataset<Row> reported = analysed.join(broadcast(largest), "story_id");
    Dataset<Row> words =
        reported.groupBy(col("story_id"), col("source")).agg(sum(col("words")).as("words"));
    Dataset<Row> hits =
        reported.select(col("story_id"), col("source"), explode(col("framing_hits")).as("hit"));
    Dataset<Row> categories =
        hits.groupBy(col("story_id"), col("source"), col("hit.category").as("category"))
            .agg(count(lit(1)).as("count"))
            .groupBy(col("story_id"), col("source"))
            .agg(collect_list(struct(col("category"), col("count"))).as("categories"));
    Dataset<Row> uses =
        hits.filter(col("hit.referent").isNotNull())
            .groupBy(
                col("story_id"),
                col("source"),
                col("hit.referent").as("referent"),
                col("hit.term").as("variant"),
                col("hit.variant_group").as("variant_group"))
            .agg(count(lit(1)).as("count"))
            .groupBy(col("story_id"), col("source"))
            .agg(
                collect_list(
                        struct(col("referent"), col("variant"), col("variant_group"), col("count")))
                    .as("uses"));
    String[] keys = {"story_id", "source"};
    List<Row> rows =
        words
            .join(categories, keys, "left")
            .join(uses, keys, "left")
            .orderBy(col("story_id"), col("source"))
            .collectAsList();
    Map<String, Story> stories = new LinkedHashMap<>();
    for (Row row : rows) {
      String story = row.getAs("story_id");
      String source = row.getAs("source");
      Story data =
          stories.computeIfAbsent(story, s -> new Story(new ArrayList<>(), new ArrayList<>()));
      Map<String, Long> byCategory = new HashMap<>();
      for (Row category : list(row, "categories")) {
        byCategory.put(category.getAs("category"), category.<Long>getAs("count"));
      }
      data.hits()
          .add(new FramingRateChart.SourceHits(source, row.<Long>getAs("words"), byCategory));
      for (Row use : list(row, "uses")) {
        data.uses()
            .add(
                new VariantMatrix.Use(
                    use.getAs("referent"),
                    source,
                    use.getAs("variant"),
                    use.getAs("variant_group"),
                    use.<Long>getAs("count")));
      }
    }
    return stories;
  }

  private static List<Row> list(Row row, String column) {
    int index = row.fieldIndex(column);
    return row.isNullAt(index) ? List.of() : row.getList(index);
  }

  private static List<String> save(
      Chart<?, ?> chart, String kind, String story, OutputFolder folder) throws IOException {
    String name = kind + "-" + Slugs.of(story);
    ChartFiles.save(chart, name, folder::create);
    return List.of("charts/" + name + ".png", "charts/" + name + ".svg");
  }
}
