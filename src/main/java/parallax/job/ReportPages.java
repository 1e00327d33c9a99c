package parallax.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.knowm.xchart.internal.chartpart.Chart;
import parallax.model.LabelledSpan;
import parallax.report.ChartFiles;
import parallax.report.ChartImage;
import parallax.report.HtmlReport;
import parallax.report.IndexPage;
import parallax.report.ReportSection;
import parallax.report.ReportTable;
import parallax.report.SectionCharts;
import parallax.report.Slugs;
import parallax.report.StoryPage;

/**
 * Collects what the HTML report shows, once, from Spark aggregates, and hands it to {@link
 * HtmlReport} (which needs no Spark). Only the largest {@code --report-stories} stories get a page;
 * for those it collects the text and spans of at most {@link #MAX_VERSIONS} versions each, and at
 * most {@link #MAX_ROWS} rows per section table per story. The driver never holds more.
 *
 * <p><b>Adding an analysis to the story pages</b>: next to the {@code tables.write(...)} of its
 * table, register it with {@link #addStorySection}: a Dataset with a {@code story_id} column (one
 * story's rows become that story's table, shown without the {@code story_id} column), the columns
 * that order its rows, and optionally a {@link SectionCharts} that draws charts from the story's
 * rows. Corpus-wide tables (no {@code story_id}) go on the index page with {@link
 * #addIndexSection}. Sections appear in the order they were added. Not thread-safe: the driver's.
 */
final class ReportPages {

  /** Versions shown side by side on one page, earliest first; the rest are in articles.csv. */
  static final int MAX_VERSIONS = 20;

  /** Rows of one section table shown on one page; the rest are in the section's CSV. */
  static final int MAX_ROWS = 300;

  /** Outlets listed on the index page, most articles first. */
  static final int MAX_OUTLETS = 200;

  /**
   * One table of the report and how to draw its charts.
   *
   * @param id short lower-case name, the page anchor and part of nothing else
   * @param title the section's heading
   * @param description what a row is and where the numbers come from, in a sentence or two
   * @param csv the report file holding all the rows, or null
   * @param table the rows; for a story section it must have a {@code story_id} column
   * @param order columns that put the rows in a stable order
   * @param charts draws charts from one story's rows ({@link SectionCharts#none()} for none)
   */
  record Section(
      String id,
      String title,
      String description,
      String csv,
      Dataset<Row> table,
      List<Column> order,
      SectionCharts charts) {}

  private final int maxStories;
  private final List<Section> storySections = new ArrayList<>();
  private final List<Section> indexSections = new ArrayList<>();

  ReportPages(int maxStories) {
    this.maxStories = maxStories;
  }

  /** Adds a table (and its charts) to every story page; see the class comment. */
  void addStorySection(Section section) {
    List<String> columns = List.of(section.table().columns());
    if (!columns.contains("story_id")) {
      throw new IllegalArgumentException(
          "story section '" + section.id() + "' needs a story_id column, has " + columns);
    }
    storySections.add(section);
  }

  /** Adds a corpus-wide table to the index page (its first {@link #MAX_ROWS} rows). */
  void addIndexSection(Section section) {
    indexSections.add(section);
  }

  /**
   * Collects the pages' data, draws the section charts and writes the HTML.
   *
   * @param analysed the analysed articles (body and spans)
   * @param articles {@code articles.csv}'s table (article metadata)
   * @param stories {@code stories.csv}'s table
   * @param sources {@code sources.csv}'s table
   * @param figures headline figures of the run; stories, outlets and spans per kind are added
   * @param files the run's other files, for the index's list
   * @param threads runs the collections and the chart renderings at the same time
   * @return the files written, relative to the report folder
   */
  List<String> write(
      Dataset<Row> analysed,
      Dataset<Row> articles,
      Dataset<Row> stories,
      Dataset<Row> sources,
      List<IndexPage.Figure> figures,
      List<String> files,
      OutputFolder folder,
      StageThreads threads) {
    Dataset<Row> largest =
        stories.orderBy(col("articles").desc(), col("story_id")).limit(maxStories);
    List<IndexPage.Story> storyRows = new ArrayList<>();
    for (Row row : largest.collectAsList()) {
      storyRows.add(
          new IndexPage.Story(
              row.getAs("story_id"),
              row.getAs("label"),
              row.<Long>getAs("articles"),
              row.<Long>getAs("sources"),
              row.getAs("first_published"),
              row.getAs("last_published"),
              row.<Long>getAs("words"),
              true));
    }
    // A filter on literal ids, not a join: Spark pushes it through the sections' aggregations,
    // joins and windows down to the scans, so each section reads only the report's stories.
    Column inReport =
        col("story_id").isin(storyRows.stream().map(IndexPage.Story::storyId).toArray());
    Future<Map<String, List<StoryPage.Version>>> versionsCollected =
        threads.call(() -> versions(analysed, articles, inReport));
    List<Future<Map<String, ReportTable>>> sectionTables = new ArrayList<>();
    for (Section section : storySections) {
      sectionTables.add(threads.call(() -> storyTables(section, inReport)));
    }
    List<String> written = new ArrayList<>();
    Map<String, List<ReportSection>> sections = new LinkedHashMap<>();
    for (int i = 0; i < storySections.size(); i++) {
      Section section = storySections.get(i);
      Map<String, ReportTable> tables = StageThreads.valueOf(sectionTables.get(i));
      for (IndexPage.Story story : storyRows) {
        ReportTable table =
            tables.getOrDefault(story.storyId(), ReportTable.of(tableColumns(section), List.of()));
        List<ChartImage> charts = charts(section, story.storyId(), table, threads, folder);
        charts.forEach(chart -> written.addAll(List.of(chart.png(), chart.svg())));
        sections
            .computeIfAbsent(story.storyId(), s -> new ArrayList<>())
            .add(
                new ReportSection(
                    section.id(),
                    section.title(),
                    section.description(),
                    section.csv(),
                    table.without("story_id"),
                    charts));
      }
    }
    Map<String, List<StoryPage.Version>> versions = StageThreads.valueOf(versionsCollected);
    List<StoryPage> pages = new ArrayList<>();
    for (IndexPage.Story story : storyRows) {
      pages.add(
          new StoryPage(
              story.storyId(),
              story.label(),
              story.articles(),
              versions.getOrDefault(story.storyId(), List.of()),
              sections.getOrDefault(story.storyId(), List.of())));
    }
    List<ReportSection> index = new ArrayList<>();
    for (Section section : indexSections) {
      index.add(
          new ReportSection(
              section.id(),
              section.title(),
              section.description(),
              section.csv(),
              firstRows(section.table(), section.order(), MAX_ROWS),
              List.of()));
    }
    Dataset<Row> outlets =
        sources.filter(col("scope").equalTo("overall")).drop("scope", "story_id");
    ReportTable outletRows =
        firstRows(outlets, List.of(col("articles").desc(), col("source")), MAX_OUTLETS);
    long storyCount = stories.count();
    List<IndexPage.Figure> allFigures = new ArrayList<>(figures);
    allFigures.add(new IndexPage.Figure("stories", storyCount));
    allFigures.add(new IndexPage.Figure("outlets", outletRows.totalRows()));
    for (Row kind : Spans.totalsByKind(analysed)) {
      allFigures.add(new IndexPage.Figure("spans: " + kind.getString(0), kind.getLong(1)));
    }
    IndexPage indexPage =
        new IndexPage(allFigures, storyRows, storyCount, outletRows, index, files);
    threads.awaitAll();
    try {
      written.addAll(HtmlReport.write(indexPage, pages, folder::create));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the HTML report", e);
    }
    return written;
  }

  /** The versions shown on each page, earliest first, with body and spans. */
  private static Map<String, List<StoryPage.Version>> versions(
      Dataset<Row> analysed, Dataset<Row> articles, Column inReport) {
    WindowSpec earliestFirst =
        Window.partitionBy(col("story_id"))
            .orderBy(col("published").asc_nulls_last(), col("source"), col("article_id"));
    List<Row> versionRows =
        articles
            .filter(inReport)
            .withColumn("position", row_number().over(earliestFirst))
            .filter(col("position").leq(MAX_VERSIONS))
            .join(
                analysed.filter(inReport).select(col("article_id"), col("body"), col("spans")),
                "article_id")
            .collectAsList();
    Map<String, List<StoryPage.Version>> byStory = new LinkedHashMap<>();
    for (Row row : inPosition(versionRows, "position")) {
      List<LabelledSpan> spans = new ArrayList<>();
      for (Row span : row.<Row>getList(row.fieldIndex("spans"))) {
        spans.add(
            new LabelledSpan(
                span.getAs("kind"),
                span.getAs("label"),
                span.<Integer>getAs("start"),
                span.<Integer>getAs("end")));
      }
      byStory
          .computeIfAbsent(row.getAs("story_id"), s -> new ArrayList<>())
          .add(
              new StoryPage.Version(
                  row.getAs("article_id"),
                  row.getAs("source"),
                  row.getAs("credited_source"),
                  row.getAs("country"),
                  row.getAs("ownership"),
                  row.getAs("title"),
                  row.getAs("published"),
                  row.getAs("url"),
                  row.getAs("words"),
                  row.getAs("body"),
                  spans));
    }
    return byStory;
  }

  /**
   * The first {@link #MAX_ROWS} rows of each report story in {@code section}'s table. The report's
   * stories have few rows: they are sorted by story and the section's order in one partition, and
   * the task that reads them keeps the first rows of each story and counts the rest ({@link
   * FirstRowsPerStory}). A window per story would add a shuffle by story, a second sort and their
   * generated code to each of the report's section queries.
   */
  private static Map<String, ReportTable> storyTables(Section section, Column inReport) {
    List<String> columns = tableColumns(section);
    List<Column> order = new ArrayList<>();
    order.add(col("story_id"));
    order.addAll(section.order());
    int storyColumn = columns.indexOf("story_id");
    int width = columns.size();
    List<FirstRowsPerStory.StoryRows> stories =
        section
            .table()
            .filter(inReport)
            .select(columns.stream().map(c -> col("`" + c + "`")).toArray(Column[]::new))
            .repartition(1)
            .sortWithinPartitions(order.toArray(Column[]::new))
            .javaRDD()
            .mapPartitions(
                rows -> FirstRowsPerStory.of(rows, storyColumn, width, MAX_ROWS).iterator())
            .collect();
    Map<String, ReportTable> tables = new LinkedHashMap<>();
    for (FirstRowsPerStory.StoryRows story : stories) {
      tables.put(story.storyId(), new ReportTable(columns, story.rows(), story.total()));
    }
    return tables;
  }

  /**
   * {@code rows} sorted by their {@code position} column, a row number within each story: a few
   * rows per report story, so sorted here rather than by one more shuffle and sort in Spark (and
   * the code Spark would generate and compile for them). Rows are then grouped by story.
   */
  private static List<Row> inPosition(List<Row> rows, String position) {
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparingInt(row -> row.<Integer>getAs(position)));
    return sorted;
  }

  private static ReportTable firstRows(Dataset<Row> table, List<Column> order, int limit) {
    List<String> columns = List.of(table.columns());
    List<List<Object>> rows = new ArrayList<>();
    for (Row row : table.orderBy(order.toArray(Column[]::new)).limit(limit).collectAsList()) {
      rows.add(FirstRowsPerStory.values(row, columns.size()));
    }
    long total = rows.size() < limit ? rows.size() : table.count();
    return new ReportTable(columns, rows, total);
  }

  /**
   * The images of {@code section}'s charts for one story: the charts are drawn now (from the table)
   * and rendered to files in the stage's drawing lane ({@link StageThreads#draw}), beside the
   * queries still running.
   */
  private static List<ChartImage> charts(
      Section section,
      String storyId,
      ReportTable table,
      StageThreads threads,
      OutputFolder folder) {
    if (table.isEmpty()) {
      return List.of();
    }
    List<ChartImage> images = new ArrayList<>();
    for (SectionCharts.NamedChart chart : section.charts().draw(storyId, table)) {
      String name = chart.name() + "-" + Slugs.of(storyId);
      threads.draw(() -> render(chart.chart(), name, folder));
      images.add(
          new ChartImage(
              chart.chart().getTitle(), "charts/" + name + ".svg", "charts/" + name + ".png"));
    }
    return images;
  }

  /** Renders a chart as {@code charts/NAME.png} and {@code .svg}. */
  private static void render(Chart<?, ?> chart, String name, OutputFolder folder) {
    try {
      ChartFiles.save(chart, name, folder::create);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write chart " + name, e);
    }
  }

  private static List<String> tableColumns(Section section) {
    return List.of(section.table().columns());
  }
}
