package parallax.job;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.Normalizer;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.apache.spark.ml.functions;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Groups articles into stories when the input does not say which story each belongs to.
 *
 * <p>The plan, all in Spark and without an all-pairs step:
 *
 * <ol>
 *   <li>Features (MLlib): the title (twice, as headlines carry the story) and the lead (the first
 *       {@code leadTokens} words of the body), tokenised on non-letters, English stop words
 *       removed, hashed term frequencies, IDF over the input, L2-normalised: the TF-IDF cosine of
 *       two articles is the dot product of their vectors. The lead, not the whole body: news states
 *       its event in the headline and first paragraphs, while later background paragraphs are what
 *       all articles on a topic share, and would blur stories into topics (and make the threshold
 *       depend on article length).
 *   <li>Candidates (MLlib MinHash): each article's {@code salientTerms} highest-weighted terms are
 *       MinHashed into {@code hashTables} values; articles sharing a value within adjacent date
 *       buckets of {@code windowDays} are candidate pairs. The join is keyed on (table, value, date
 *       bucket), so its size grows with the articles per window, not with the square of the input.
 *   <li>Scores: exact cosine of each candidate pair, halved every {@code halfLifeHours} between
 *       their publication times; pairs further apart than the window are dropped. An article
 *       without a readable date is compared with every dated article as if {@code undatedGapHours}
 *       apart, and with other undated ones without discount.
 *   <li>Clusters: connected components of the pairs scoring at least {@code threshold} bound the
 *       clusters; within each component, average linkage at the same threshold splits chains that a
 *       single borderline pair would have joined.
 * </ol>
 *
 * <p>Story ids of clustered articles are the smallest article id in their cluster; an article
 * similar to nothing is a story of its own, with its own id. The same input and settings give the
 * same stories (fixed MinHash seed, deterministic tie-breaks).
 */
public final class StoryGrouping {

  public static final String GIVEN = "given";
  public static final String CLUSTERED = "clustered";
  public static final String SINGLETON = "singleton";

  static final List<String> REQUIRED =
      List.of("article_id", "title", "body", "published", "story_id");

  private static final int MAX_COMPONENT_ROUNDS = 60;
  private static final long DAY_SECONDS = 86_400L;

  private static final StructType ASSIGNMENT =
      new StructType()
          .add("article_id", DataTypes.StringType, false)
          .add("cluster_id", DataTypes.StringType, false);

  private final GroupingSettings settings;

  public StoryGrouping(GroupingSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * The articles with {@code story_id} filled in and a {@code grouping} column saying how: {@value
   * #GIVEN} (kept from the input), {@value #CLUSTERED} or {@value #SINGLETON}. Input story ids are
   * kept unless the settings say regroup; articles without one are clustered among themselves.
   *
   * <p>Runs the clustering eagerly (a few Spark jobs, reading {@code articles} several times:
   * persist it) and returns a plan over the input joined with the small assignment of articles to
   * clusters, which stays persisted (see {@link #withStoryIds(Dataset, Materialized)} to release
   * it).
   *
   * @throws IllegalArgumentException naming the missing and the present columns when a required
   *     column is absent
   */
  public Dataset<Row> withStoryIds(Dataset<Row> articles) {
    return withStoryIds(articles, new Materialized());
  }

  /**
   * As {@link #withStoryIds(Dataset)}, with the assignment held by {@code held}: the returned plan
   * reads it until the caller closes {@code held}.
   */
  Dataset<Row> withStoryIds(Dataset<Row> articles, Materialized held) {
    requireColumns(articles);
    Column keep = settings.regroup() ? lit(false) : col("story_id").isNotNull();
    Dataset<Row> given = articles.filter(keep).withColumn("grouping", lit(GIVEN));
    Dataset<Row> open = articles.filter(not(keep));
    Dataset<Row> clusters =
        open.isEmpty()
            ? open.sparkSession().createDataFrame(List.of(), ASSIGNMENT)
            : clusters(open.select("article_id", "title", "body", "published"), held);
    Dataset<Row> assigned =
        open.join(clusters, open.col("article_id").equalTo(clusters.col("article_id")), "left")
            .drop(clusters.col("article_id"))
            .withColumn("story_id", coalesce(col("cluster_id"), col("article_id")))
            .withColumn(
                "grouping",
                when(col("cluster_id").isNotNull(), lit(CLUSTERED)).otherwise(lit(SINGLETON)))
            .drop("cluster_id");
    List<Column> columns = new ArrayList<>();
    for (String name : articles.columns()) {
      columns.add(col(name));
    }
    columns.add(col("grouping"));
    Column[] order = columns.toArray(new Column[0]);
    return given.select(order).unionByName(assigned.select(order));
  }

  private static void requireColumns(Dataset<Row> articles) {
    List<String> present = Arrays.asList(articles.columns());
    List<String> missing = REQUIRED.stream().filter(c -> !present.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "story grouping needs columns " + missing + "; present: " + present);
    }
  }

  /**
   * {@code (article_id, cluster_id)} for every article in a cluster of two or more, held by {@code
   * keep}; the intermediate results are released once it is computed.
   */
  Dataset<Row> clusters(Dataset<Row> articles, Materialized keep) {
    try (Materialized steps = new Materialized()) {
      // Inputs arrive in few partitions (a gzip file is one): spread the features over every core.
      int cores = articles.sparkSession().sparkContext().defaultParallelism();
      Dataset<Row> features = steps.of(features(articles.repartition(cores), steps));
      Dataset<Row> edges = steps.of(scoredPairs(features, candidates(features, steps)));
      Dataset<Row> strong = edges.filter(col("score").geq(settings.threshold()));
      Dataset<Row> components = ConnectedComponents.of(strong, MAX_COMPONENT_ROUNDS, steps);
      return keep.of(averageLinkage(edges, components));
    }
  }

  /**
   * {@code (id, seconds, vector, salient)}: L2-normalised TF-IDF, publication time in epoch seconds
   * (null when missing or unreadable) and the salient-term set (null when no term).
   */
  private Dataset<Row> features(Dataset<Row> articles, Materialized steps) {
    Dataset<Row> docs =
        articles.select(
            col("article_id").as("id"),
            coalesce(col("title"), lit("")).as("title"),
            coalesce(col("body"), lit("")).as("body"),
            expr("unix_seconds(try_to_timestamp(published))").as("seconds"));
    Dataset<Row> tokens =
        tokenizer("body", "body_words")
            .transform(tokenizer("title", "title_words").transform(docs))
            .withColumn(
                "lead",
                concat(
                    col("title_words"),
                    col("title_words"),
                    slice(col("body_words"), 1, settings.leadTokens())));
    PipelineStage[] stages = {
      new StopWordsRemover().setInputCol("lead").setOutputCol("terms").setLocale("en"),
      new HashingTF().setInputCol("terms").setOutputCol("tf").setNumFeatures(settings.numFeatures())
    };
    // Computed once: fitting the IDF reads every article's counts, and so does weighing them.
    Dataset<Row> counted =
        steps.of(
            new Pipeline()
                .setStages(stages)
                .fit(tokens)
                .transform(tokens)
                .select(col("id"), col("seconds"), col("tf")));
    Dataset<Row> transformed =
        new Normalizer()
            .setInputCol("tfidf")
            .setOutputCol("vector")
            .setP(2.0)
            .transform(counted.withColumn("tfidf", idfWeighted(counted, "tf")));
    int size = settings.salientTerms();
    UserDefinedFunction salient =
        udf((Vector v) -> SalientTerms.top(v, size), SQLDataTypes.VectorType());
    return transformed.select(
        col("id"), col("seconds"), col("vector"), salient.apply(col("vector")).as("salient"));
  }

  /**
   * The term frequencies in {@code column} times their IDF over {@code docs}, as MLlib's {@code
   * IDFModel} weights them. The weights reach the executors as a broadcast variable: the model
   * itself (two arrays of {@code numFeatures}, 4 MiB at the default) would sit in the lineage of
   * every later Dataset built on the stories and be shipped and deserialised with each task of the
   * rest of the job.
   */
  private static Column idfWeighted(Dataset<Row> docs, String column) {
    double[] idf = new IDF().setInputCol(column).fit(docs).idf().toArray();
    Broadcast<double[]> weights =
        JavaSparkContext.fromSparkContext(docs.sparkSession().sparkContext()).broadcast(idf);
    UserDefinedFunction weigh =
        udf((Vector tf) -> weigh(tf, weights.value()), SQLDataTypes.VectorType());
    return weigh.apply(col(column));
  }

  private static Vector weigh(Vector tf, double[] idf) {
    // HashingTF's counts are sparse and never 0, so toSparse() hands back the same entries.
    SparseVector counts = tf.toSparse();
    int[] indices = counts.indices();
    double[] values = new double[indices.length];
    for (int k = 0; k < indices.length; k++) {
      values[k] = counts.values()[k] * idf[indices[k]];
    }
    return Vectors.sparse(counts.size(), indices, values);
  }

  /** Lower-cased runs of three or more letters or digits. */
  private static RegexTokenizer tokenizer(String input, String output) {
    return new RegexTokenizer()
        .setInputCol(input)
        .setOutputCol(output)
        .setPattern("[^\\p{L}\\p{N}]+")
        .setMinTokenLength(3);
  }

  /**
   * {@code (a, b)} with {@code a < b}: articles whose salient terms share a MinHash value, within
   * adjacent date buckets (an undated article is compared with every date).
   */
  private Dataset<Row> candidates(Dataset<Row> features, Materialized steps) {
    Dataset<Row> withTerms = features.filter(col("salient").isNotNull());
    if (withTerms.isEmpty()) {
      return features.select(col("id").as("a"), col("id").as("b")).limit(0);
    }
    Dataset<Row> hashed =
        new MinHashLSH()
            .setNumHashTables(settings.hashTables())
            .setSeed(settings.seed())
            .setInputCol("salient")
            .setOutputCol("hashes")
            .fit(withTerms)
            .transform(withTerms)
            .select(
                col("id"),
                col("seconds"),
                posexplode(col("hashes")).as(new String[] {"table", "h"}))
            .select(
                col("id"),
                col("table"),
                functions.vector_to_array(col("h"), "float64").getItem(0).cast("long").as("hash"),
                floor(col("seconds").divide(bucketSeconds())).as("bucket"));
    Dataset<Row> uncrowded =
        steps.of(
            hashed
                .withColumn(
                    "crowd", count(lit(1)).over(Window.partitionBy("table", "hash", "bucket")))
                .filter(col("crowd").leq(settings.maxBucket()))
                .drop("crowd"));
    return datedPairs(uncrowded).union(undatedPairs(uncrowded)).distinct();
  }

  private long bucketSeconds() {
    return Math.max(1, settings.windowDays()) * DAY_SECONDS;
  }

  /** Pairs of dated articles in the same or adjacent buckets, each pair once per shared value. */
  private static Dataset<Row> datedPairs(Dataset<Row> hashed) {
    Dataset<Row> dated = hashed.filter(col("bucket").isNotNull());
    Dataset<Row> left =
        dated.select(
            col("id").as("a"), col("table").as("t1"), col("hash").as("h1"), col("bucket").as("b1"));
    Dataset<Row> right =
        dated.select(
            col("id").as("b"),
            col("table").as("t2"),
            col("hash").as("h2"),
            explode(array(col("bucket").minus(1), col("bucket"), col("bucket").plus(1))).as("b2"));
    return left.join(
            right,
            col("t1")
                .equalTo(col("t2"))
                .and(col("h1").equalTo(col("h2")))
                .and(col("b1").equalTo(col("b2")))
                .and(col("a").lt(col("b"))))
        .select("a", "b");
  }

  /** Pairs of an undated article with any other article sharing a value. */
  private static Dataset<Row> undatedPairs(Dataset<Row> hashed) {
    Dataset<Row> undated =
        hashed
            .filter(col("bucket").isNull())
            .select(col("id").as("u"), col("table").as("t1"), col("hash").as("h1"));
    Dataset<Row> all =
        hashed.select(col("id").as("v"), col("table").as("t2"), col("hash").as("h2"));
    return undated
        .join(
            all,
            col("t1")
                .equalTo(col("t2"))
                .and(col("h1").equalTo(col("h2")))
                .and(col("u").notEqual(col("v"))))
        .select(least(col("u"), col("v")).as("a"), greatest(col("u"), col("v")).as("b"));
  }

  /**
   * {@code (a, b, score)}: TF-IDF cosine of each candidate pair within the window, halved every
   * {@code halfLifeHours} between the two publication times ({@code undatedGapHours} when only one
   * is known, no discount when neither is).
   */
  private Dataset<Row> scoredPairs(Dataset<Row> features, Dataset<Row> candidates) {
    Dataset<Row> fa =
        features.select(col("id").as("fa"), col("seconds").as("sa"), col("vector").as("va"));
    Dataset<Row> fb =
        features.select(col("id").as("fb"), col("seconds").as("sb"), col("vector").as("vb"));
    UserDefinedFunction dot = udf((Vector x, Vector y) -> x.dot(y), DataTypes.DoubleType);
    Column gap = abs(col("sa").minus(col("sb")));
    Column bothUndated = col("sa").isNull().and(col("sb").isNull());
    Column hours =
        when(bothUndated, lit(0.0))
            .otherwise(coalesce(gap.divide(3600.0), lit(settings.undatedGapHours())));
    Column discount = pow(lit(0.5), hours.divide(settings.halfLifeHours()));
    return candidates
        .join(fa, col("a").equalTo(col("fa")))
        .join(fb, col("b").equalTo(col("fb")))
        .filter(gap.isNull().or(gap.leq(settings.windowDays() * DAY_SECONDS)))
        .select(col("a"), col("b"), dot.apply(col("va"), col("vb")).multiply(discount).as("score"))
        .filter(col("score").gt(0));
  }

  /** {@code (article_id, cluster_id)} from average linkage within each component. */
  private Dataset<Row> averageLinkage(Dataset<Row> edges, Dataset<Row> components) {
    Dataset<Row> ca = components.select(col("id").as("ca_id"), col("component").as("ca"));
    Dataset<Row> cb = components.select(col("id").as("cb_id"), col("component").as("cb"));
    Dataset<Row> grouped =
        edges
            .join(ca, col("a").equalTo(col("ca_id")))
            .join(cb, col("b").equalTo(col("cb_id")))
            .filter(col("ca").equalTo(col("cb")))
            .select(col("ca").as("component"), struct(col("a"), col("b"), col("score")).as("edge"))
            .groupBy("component")
            .agg(collect_list("edge").as("edges"));
    double threshold = settings.threshold();
    return grouped.flatMap(
        (FlatMapFunction<Row, Row>)
            row ->
                ComponentClusters.assign(row.getList(row.fieldIndex("edges")), threshold)
                    .iterator(),
        Encoders.row(ASSIGNMENT));
  }
}
