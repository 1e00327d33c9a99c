package parallax.job;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.LogicalRDD;
import org.apache.spark.storage.StorageLevel;

/**
 * Computes intermediate results once, so later steps read them instead of recomputing them and
 * plans do not grow with the rounds (story grouping and its connected-component rounds), and holds
 * the analysed articles that every output reads, in a way that survives losing executors.
 *
 * <p>{@code Dataset.localCheckpoint()} cuts the lineage and keeps the only copy in the executors'
 * block managers: on a cluster an executor that dies (or that dynamic allocation removes) takes
 * rows with it that nothing can recompute, and the job fails ("Checkpoint block not found"). So:
 *
 * <ul>
 *   <li>with a checkpoint directory ({@code --conf spark.checkpoint.dir=hdfs:///...} or {@code
 *       SparkContext.setCheckpointDir}), {@link #of} makes a reliable checkpoint: the rows are
 *       written to that (shared, replicated) file system and read back from there;
 *   <li>in local mode (one JVM: an executor cannot be lost without losing the run), a local
 *       checkpoint: the lineage is cut, so the plan and every task that reads the rows stay small
 *       (with the whole lineage, each task of the write and report stages carried and deserialised
 *       the generated code and closures of every step since the input);
 *   <li>otherwise the rows are persisted (memory, spilling to disk), and {@link #of} counts them
 *       and returns a new Dataset over the persisted rows: its plan starts there (so it stays small
 *       round after round), while the lineage underneath stays whole, so a block lost with its
 *       executor is recomputed from the input.
 * </ul>
 *
 * <p>{@link #close()} releases what was persisted or locally checkpointed. Not thread-safe: the
 * driver's.
 */
final class Materialized implements AutoCloseable {

  private final Map<Dataset<Row>, Dataset<Row>> persistedBy = new IdentityHashMap<>();
  private final List<Dataset<Row>> persisted = new ArrayList<>();
  private final Map<Dataset<Row>, RDD<?>> checkpointed = new IdentityHashMap<>();

  /** The rows of {@code dataset}, computed now. */
  Dataset<Row> of(Dataset<Row> dataset) {
    SparkSession spark = dataset.sparkSession();
    if (spark.sparkContext().getCheckpointDir().isDefined()) {
      return dataset.checkpoint(true);
    }
    if (spark.sparkContext().isLocal()) {
      return localCheckpoint(dataset);
    }
    Dataset<Row> kept = dataset.persist(StorageLevel.MEMORY_AND_DISK());
    kept.count();
    // A Dataset over the persisted rows' RDD: its plan is one leaf, where the persisted Dataset's
    // plan would nest every earlier round's (and Spark renders nested plans for every query, which
    // grows out of memory after a few rounds).
    Dataset<Row> over = spark.createDataFrame(kept.toJavaRDD(), kept.schema());
    persistedBy.put(over, kept);
    persisted.add(kept);
    return over;
  }

  /**
   * {@code dataset} held for many readers, computed now: in local mode a local checkpoint,
   * otherwise persisted as it is (readers keep Spark's in-memory columnar cache and its column
   * pruning) and counted. Computed now because a lazy cache does not help the readers of one query
   * that run at the same time (its broadcasts): each would compute the rows anyway.
   */
  Dataset<Row> held(Dataset<Row> dataset) {
    if (dataset.sparkSession().sparkContext().isLocal()) {
      return localCheckpoint(dataset);
    }
    Dataset<Row> kept = dataset.persist(StorageLevel.MEMORY_AND_DISK());
    persisted.add(kept);
    kept.count();
    return kept;
  }

  private Dataset<Row> localCheckpoint(Dataset<Row> dataset) {
    Dataset<Row> cut = dataset.localCheckpoint(true);
    if (cut.queryExecution().analyzed() instanceof LogicalRDD rows) {
      checkpointed.put(cut, rows.rdd());
    }
    return cut;
  }

  /**
   * Unpersists one result of {@link #of} that no later step reads any more (results computed from
   * it stay; should they be lost, they are recomputed from the input).
   */
  void drop(Dataset<Row> materialized) {
    RDD<?> rows = checkpointed.remove(materialized);
    if (rows != null) {
      rows.unpersist(false);
    }
    Dataset<Row> kept = persistedBy.remove(materialized);
    if (kept != null) {
      persisted.remove(kept);
      kept.unpersist();
    }
  }

  /** Releases everything persisted or checkpointed here. */
  @Override
  public void close() {
    for (RDD<?> rows : checkpointed.values()) {
      rows.unpersist(false);
    }
    checkpointed.clear();
    for (Dataset<Row> kept : persisted) {
      kept.unpersist();
    }
    persisted.clear();
    persistedBy.clear();
  }
}
