package parallax.compare;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udaf;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;
import parallax.sentiment.Polarity;
import parallax.sentiment.ToneStatistics;
import parallax.sentiment.ToneSummary;

/**
 * The sentiment tables, with Spark SQL over the analysed articles (their {@code sentence_sentiment}
 * and tone columns) and the story rows (their {@code entity_tones}): {@code sentiment.csv}, {@code
 * entities.csv}, the tone columns of {@code articles.csv} and {@code sources.csv}, and the
 * story-page sections.
 *
 * <p>Tone over many sentences (an outlet within a story, an outlet over the whole run) is grouped
 * in Spark and computed per group with {@link ToneStatistics}: a group of at most {@link
 * ToneStatistics#MAX_BOOTSTRAP_N} sentences is collected in the pass that sums it ({@link
 * BoundedScores}) and bootstrapped (its scores sorted first, so the interval does not depend on
 * partitioning); a larger one is never held: its count, exact decimal sums of scores and squared
 * scores (associative, so identical however Spark partitions) give the normal interval the
 * bootstrap converges to at that size.
 */
public final class SentimentTables {

  /** The voices of a sentence: the author's own words, or mostly quoted speech. */
  public static final String AUTHOR = "author";

  public static final String QUOTED = "quoted";

  // Scores in [-1, 1] summed exactly: 12 decimals per score, sums far below overflow.
  private static final DecimalType SCORE_DECIMAL = DataTypes.createDecimalType(20, 12);

  private static final StructType TONE =
      new StructType()
          .add("n", IntegerType, false)
          .add("mean", DoubleType, false)
          .add("ci_low", DoubleType, false)
          .add("ci_high", DoubleType, false)
          .add("share_positive", DoubleType, false)
          .add("share_negative", DoubleType, false)
          .add("share_neutral", DoubleType, false);

  private static final ToneStatistics STATISTICS = ToneStatistics.defaults();

  /** A bean input to an aggregation is given field by field, in the bean encoder's order. */
  private static final Column[] SAMPLE_FIELDS =
      Arrays.stream(Encoders.bean(ScoreSample.class).schema().fieldNames())
          .map(field -> col("sample." + field))
          .toArray(Column[]::new);

  /** The groups of {@link #storyGroups}. */
  private static final List<String> STORY_GROUPS = List.of("story_id", "source", "voice");

  private SentimentTables() {}

  /** {@code sentiment.csv}: one row per sentence of every analysed article. */
  public static Dataset<Row> sentiment(Dataset<Row> analysed) {
    return analysed
        .select(col("article_id"), explode(col("sentence_sentiment")).as("s"))
        .select(
            col("article_id"),
            col("s.sentence").as("sentence"),
            col("s.start").as("start"),
            col("s.end").as("end"),
            col("s.score").as("score"),
            col("s.label").as("label"),
            col("s.quoted").as("quoted"));
  }

  /**
   * The tone columns of {@code articles.csv} and {@code sources.csv}, in file order: the author's
   * sentences, their mean score, its 95% interval and the shares of each label; the quoted
   * sentences, their mean and its interval.
   */
  public static final List<String> TONE_COLUMNS =
      List.of(
          "author_sentences",
          "author_tone",
          "author_tone_ci_low",
          "author_tone_ci_high",
          "author_positive",
          "author_negative",
          "author_neutral",
          "quoted_sentences",
          "quoted_tone",
          "quoted_tone_ci_low",
          "quoted_tone_ci_high");

  /** The tone columns of {@code articles.csv}, computed per article during the analysis. */
  public static Column[] articleColumns() {
    return TONE_COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new);
  }

  /**
   * The tone columns of {@code sources.csv}, after joining {@link #storyTone} or {@link
   * #overallTone}: an outlet without sentences of a voice has 0 of them and no tone.
   */
  public static Column[] sourceColumns() {
    return TONE_COLUMNS.stream()
        .map(c -> c.endsWith("_sentences") ? coalesce(col(c), lit(0)).as(c) : col(c))
        .toArray(Column[]::new);
  }

  /**
   * The groups both tones of {@code sources.csv} are taken from, in one pass over the sentences
   * ({@link #sentences}): per story, outlet and voice, the count, exact sums, label counts and, for
   * a group small enough to bootstrap, its scores. Give the same Dataset to {@link #storyTone} and
   * {@link #overallTone}, and a query that reads both groups the sentences once.
   */
  public static Dataset<Row> storyGroups(Dataset<Row> sentences) {
    return groups(sentences, STORY_GROUPS);
  }

  /** Tone per story and outlet, keyed {@code story_id, source}, from {@link #storyGroups}. */
  public static Dataset<Row> storyTone(Dataset<Row> storyGroups) {
    return byVoice(tones(storyGroups, STORY_GROUPS), "story_id", "source");
  }

  /**
   * Tone per outlet over all its sentences in the run, keyed {@code source}: {@link #storyGroups}
   * added up per outlet. The sums are exact and the bootstrap sorts its scores, so this is the tone
   * of the outlet's sentences taken directly.
   */
  public static Dataset<Row> overallTone(Dataset<Row> storyGroups) {
    List<String> keys = List.of("source", "voice");
    return byVoice(tones(regrouped(storyGroups, keys), keys), "source");
  }

  /**
   * The tone of each group of {@code items} (rows with the {@code keys} columns, all text, a {@code
   * score} and a {@code label}): the keys, then {@code n, mean, ci_low, ci_high, share_positive,
   * share_negative, share_neutral}.
   */
  public static Dataset<Row> tone(Dataset<Row> items, List<String> keys) {
    return tones(groups(items, keys), keys);
  }

  /**
   * One pass over {@code items}: per group of {@code keys}, the count, the exact decimal sums of
   * the scores and their squares, the label counts and the scores of a group small enough to
   * bootstrap.
   */
  private static Dataset<Row> groups(Dataset<Row> items, List<String> keys) {
    Column score = col("score").cast(SCORE_DECIMAL);
    Column sample =
        udaf(new BoundedScores(ToneStatistics.MAX_BOOTSTRAP_N), Encoders.DOUBLE())
            .apply(col("score"));
    return items
        .groupBy(columns(keys))
        .agg(
            count(lit(1)).as("n"),
            sum(score).as("score_sum"),
            sum(score.multiply(score)).as("score_squares"),
            labelCount(Polarity.POSITIVE),
            labelCount(Polarity.NEGATIVE),
            labelCount(Polarity.NEUTRAL),
            sample.as("sample"));
  }

  /** {@link #storyGroups} added up into the larger groups of {@code keys}. */
  private static Dataset<Row> regrouped(Dataset<Row> storyGroups, List<String> keys) {
    Column samples =
        udaf(new MergedScores(ToneStatistics.MAX_BOOTSTRAP_N), Encoders.bean(ScoreSample.class))
            .apply(SAMPLE_FIELDS);
    // Every measure of a group but its sample is a count or an exact sum: they add up.
    List<Column> sums = new ArrayList<>();
    for (String column : storyGroups.columns()) {
      if (!STORY_GROUPS.contains(column) && !column.equals("sample")) {
        sums.add(sum(col(column)).as(column));
      }
    }
    sums.add(samples.as("sample"));
    return storyGroups
        .groupBy(columns(keys))
        .agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new));
  }

  /** The tone of each of {@link #groups}' (or {@link #regrouped}'s) rows. */
  private static Dataset<Row> tones(Dataset<Row> groups, List<String> keys) {
    StructType schema = new StructType();
    for (String key : keys) {
      schema = schema.add(key, StringType);
    }
    for (var field : TONE.fields()) {
      schema = schema.add(field);
    }
    int keyCount = keys.size();
    return groups.map(
        (MapFunction<Row, Row>) row -> toneOf(row, keyCount), ExpressionEncoder.apply(schema));
  }

  private static Column[] columns(List<String> names) {
    return names.stream().map(name -> col(name)).toArray(Column[]::new);
  }

  private static Column labelCount(Polarity polarity) {
    return sum(when(col("label").equalTo(polarity.label()), 1L).otherwise(0L)).as(polarity.label());
  }

  /** A group's tone: bootstrapped from its scores if it kept them, from its sums if not. */
  private static Row toneOf(Row row, int keyCount) {
    Row sample = row.getStruct(keyCount + 6);
    if (sample.getBoolean(sample.fieldIndex("dropped"))) {
      return fromSums(row, keyCount);
    }
    List<Double> held = sample.getList(sample.fieldIndex("scores"));
    double[] scores = new double[held.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = held.get(i);
    }
    ToneSummary tone =
        STATISTICS.summarize(
            scores,
            row.getLong(keyCount + 3),
            row.getLong(keyCount + 4),
            row.getLong(keyCount + 5));
    return toneRow(row, keyCount, tone);
  }

  private static Row fromSums(Row row, int keyCount) {
    long n = row.getLong(keyCount);
    BigDecimal sum = row.getDecimal(keyCount + 1);
    BigDecimal squares = row.getDecimal(keyCount + 2);
    BigDecimal count = BigDecimal.valueOf(n);
    BigDecimal mean = sum.divide(count, MathContext.DECIMAL128);
    BigDecimal variance =
        squares
            .subtract(sum.multiply(mean, MathContext.DECIMAL128))
            .divide(count.subtract(BigDecimal.ONE), MathContext.DECIMAL128);
    ToneSummary tone =
        STATISTICS.fromMoments(
            n,
            mean.doubleValue(),
            variance.doubleValue(),
            row.getLong(keyCount + 3),
            row.getLong(keyCount + 4),
            row.getLong(keyCount + 5));
    return toneRow(row, keyCount, tone);
  }

  private static Row toneRow(Row row, int keyCount, ToneSummary tone) {
    Object[] values = new Object[keyCount + TONE.size()];
    for (int i = 0; i < keyCount; i++) {
      values[i] = row.get(i);
    }
    values[keyCount] = tone.n();
    values[keyCount + 1] = tone.mean();
    values[keyCount + 2] = tone.ciLow();
    values[keyCount + 3] = tone.ciHigh();
    values[keyCount + 4] = tone.sharePositive();
    values[keyCount + 5] = tone.shareNegative();
    values[keyCount + 6] = tone.shareNeutral();
    return RowFactory.create(values);
  }

  /**
   * Every sentence of the analysed articles with its story, outlet, voice, score and label: the
   * input of {@link #storyGroups}.
   */
  public static Dataset<Row> sentences(Dataset<Row> analysed) {
    return analysed
        .select(col("story_id"), col("source"), explode(col("sentence_sentiment")).as("s"))
        .select(
            col("story_id"),
            col("source"),
            when(col("s.quoted"), lit(QUOTED)).otherwise(lit(AUTHOR)).as("voice"),
            col("s.score").as("score"),
            col("s.label").as("label"));
  }

  /** One row per group of {@code keys}, the author's and the quoted tone side by side. */
  private static Dataset<Row> byVoice(Dataset<Row> tone, String... keys) {
    Column author = col("voice").equalTo(AUTHOR);
    Column quoted = col("voice").equalTo(QUOTED);
    return tone.groupBy(Arrays.stream(keys).map(k -> col(k)).toArray(Column[]::new))
        .agg(
            max(when(author, col("n"))).as("author_sentences"),
            max(when(author, col("mean"))).as("author_tone"),
            max(when(author, col("ci_low"))).as("author_tone_ci_low"),
            max(when(author, col("ci_high"))).as("author_tone_ci_high"),
            max(when(author, col("share_positive"))).as("author_positive"),
            max(when(author, col("share_negative"))).as("author_negative"),
            max(when(author, col("share_neutral"))).as("author_neutral"),
            max(when(quoted, col("n"))).as("quoted_sentences"),
            max(when(quoted, col("mean"))).as("quoted_tone"),
            max(when(quoted, col("ci_low"))).as("quoted_tone_ci_low"),
            max(when(quoted, col("ci_high"))).as("quoted_tone_ci_high"));
  }

  /**
   * {@code entities.csv}: the tone toward each entity per story, outlet and voice, from the story
   * rows' {@code entity_tones}.
   */
  public static Dataset<Row> entities(Dataset<Row> stories) {
    return stories
        .select(col("story_id"), explode(col("entity_tones")).as("e"))
        .select(
            col("story_id"),
            col("e.source").as("source"),
            col("e.entity").as("entity"),
            col("e.type").as("type"),
            col("e.voice").as("voice"),
            col("e.mentions").as("mentions"),
            col("e.mean").as("mean"),
            col("e.ci_low").as("ci_low"),
            col("e.ci_high").as("ci_high"),
            col("e.n_sentences").as("n_sentences"));
  }

  /**
   * The entities section of the story pages: {@link #entities} rows with {@code sources_naming},
   * how many of the story's outlets name the entity, and {@code story_mentions}, its mentions in
   * the whole story, so that the entities most outlets talk about come first.
   */
  public static Dataset<Row> entitiesByOutlet(Dataset<Row> entities) {
    WindowSpec perEntity = Window.partitionBy(col("story_id"), col("entity"));
    return entities
        .withColumn("sources_naming", countDistinctOver(perEntity))
        .withColumn("story_mentions", sum(col("mentions")).over(perEntity))
        .select(
            col("story_id"),
            col("entity"),
            col("type"),
            col("sources_naming"),
            col("story_mentions"),
            col("source"),
            col("voice"),
            col("mentions"),
            col("mean"),
            col("ci_low"),
            col("ci_high"),
            col("n_sentences"));
  }

  // countDistinct is not a window function; the size of the set of sources is.
  private static Column countDistinctOver(WindowSpec window) {
    return size(collect_set(col("source")).over(window));
  }

  /**
   * The tone section of the story pages: the {@code scope = story} rows of {@code sources.csv} with
   * their versions, sentences and tone columns.
   */
  public static Dataset<Row> toneByOutlet(Dataset<Row> sources) {
    List<Column> columns =
        new ArrayList<>(List.of(col("story_id"), col("source"), col("articles")));
    TONE_COLUMNS.forEach(c -> columns.add(col(c)));
    return sources.filter(col("scope").equalTo("story")).select(columns.toArray(Column[]::new));
  }
}
