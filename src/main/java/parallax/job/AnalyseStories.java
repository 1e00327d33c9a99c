package parallax.job;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import parallax.framing.ArticleFraming;
import parallax.framing.TermCount;
import parallax.model.OutletDirectory;
import parallax.quotes.ArticleQuotes;
import parallax.reuse.StoryReuseAnalyzer;
import parallax.sentiment.MentionSentiment;

/**
 * The story pass: ONE grouping by {@code story_id} over the analysed articles, and per story every
 * story-level analysis (plain Java over the versions' per-article results), emitting one {@link
 * StoryRows} row per story. Story-level analyses compare versions, often pairwise, so a story holds
 * at most {@link #MAX_VERSIONS} versions here: those with the smallest article ids (a deterministic
 * choice that needs no sort of the whole group); {@code versions} and {@code versions_compared} say
 * when a story was cut. Per-article tables are unaffected by the cap.
 *
 * <p>To add a story-level analysis: name the analysed-article columns it reads in {@link
 * #INPUT_COLUMNS}, turn the rows into its records and call it in {@link #call}, and put its results
 * in its own {@code *StoryColumns} class listed in {@link StoryRows#SCHEMA}.
 */
final class AnalyseStories implements MapGroupsFunction<String, Row, Row> {

  private static final long serialVersionUID = 1L;

  /** Versions of one story compared at most: 200 versions are 19,900 pairs. */
  static final int MAX_VERSIONS = 200;

  /** The analysed-article columns the story-level analyses read; only these are shuffled. */
  static final List<String> INPUT_COLUMNS = inputColumns();

  private final OutletDirectory outlets;

  private AnalyseStories(OutletDirectory outlets) {
    this.outlets = outlets;
  }

  private static List<String> inputColumns() {
    LinkedHashSet<String> columns =
        new LinkedHashSet<>(
            List.of(
                "story_id",
                "article_id",
                "source",
                "words",
                "framing_hits",
                "term_counts",
                "quotes",
                "entity_mentions"));
    columns.addAll(ReuseColumns.INPUT_COLUMNS);
    return List.copyOf(columns);
  }

  /** The story rows of the analysed articles (those without an error), knowing no outlets. */
  static Dataset<Row> run(Dataset<Row> analysed) {
    return run(analysed, OutletDirectory.empty());
  }

  /**
   * The story rows of the analysed articles (those without an error); {@code outlets} resolves the
   * outlets that credits name.
   */
  static Dataset<Row> run(Dataset<Row> analysed, OutletDirectory outlets) {
    Column[] columns = INPUT_COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new);
    Dataset<Row> input = analysed.select(columns);
    // Grouped by the column, not by a key function: a function would need every input row turned
    // into a Java Row (and its key serialised) before the shuffle, only to read the story id.
    return input
        .groupBy(col("story_id"))
        .as(Encoders.STRING(), ExpressionEncoder.apply(input.schema()))
        .mapGroups(new AnalyseStories(outlets), ExpressionEncoder.apply(StoryRows.SCHEMA));
  }

  @Override
  public Row call(String storyId, Iterator<Row> rows) {
    Kept kept = firstByArticleId(rows);
    List<Row> versions = kept.rows();
    RowBuilder story = StoryRows.builder(storyId, kept.total(), versions.size());
    try {
      List<ArticleFraming> framing = new ArrayList<>(versions.size());
      List<List<TermCount>> terms = new ArrayList<>(versions.size());
      List<ArticleQuotes> quotes = new ArrayList<>(versions.size());
      for (Row version : versions) {
        framing.add(FramingColumns.framing(version));
        terms.add(FramingColumns.termCounts(version));
        quotes.add(QuoteColumns.quotes(version));
      }
      story.set(FramingStoryColumns.FIELDS, FramingStoryColumns.values(storyId, framing, terms));
      story.set(QuoteStoryColumns.FIELDS, QuoteStoryColumns.values(quotes));
      List<String> sources = versions.stream().map(v -> v.<String>getAs("source")).toList();
      List<List<MentionSentiment>> mentions =
          versions.stream().map(SentimentColumns::mentions).toList();
      story.set(
          SentimentStoryColumns.FIELDS, SentimentStoryColumns.values(storyId, sources, mentions));
      story.set(
          ReuseStoryColumns.FIELDS,
          ReuseStoryColumns.values(storyId, versions, new StoryReuseAnalyzer(outlets)));
      return story.set("error", null).build();
    } catch (RuntimeException e) {
      return StoryRows.builder(storyId, kept.total(), versions.size())
          .set("error", "story analysis failed: " + e)
          .nullWhereUnset()
          .build();
    }
  }

  /** The versions of a story kept for comparison, sorted by article id, and how many there were. */
  private record Kept(List<Row> rows, int total) {}

  /** The {@link #MAX_VERSIONS} rows with the smallest article ids, never holding more. */
  private static Kept firstByArticleId(Iterator<Row> rows) {
    Comparator<Row> byId = Comparator.comparing(row -> row.<String>getAs("article_id"));
    PriorityQueue<Row> largestFirst = new PriorityQueue<>(byId.reversed());
    int total = 0;
    while (rows.hasNext()) {
      total++;
      largestFirst.add(rows.next());
      if (largestFirst.size() > MAX_VERSIONS) {
        largestFirst.poll();
      }
    }
    List<Row> kept = new ArrayList<>(largestFirst);
    kept.sort(byId);
    return new Kept(kept, total);
  }
}
