package parallax.job;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Computes intermediate results of iterative Spark SQL (story grouping and its connected-component
 * rounds) once, so later steps read them instead of recomputing them and plans do not grow with the
 * rounds, in a way that survives losing executors.
 *
 * <p>{@code Dataset.localCheckpoint()} is not used: it cuts the lineage and keeps the only copy in
 * the executors' block managers, so an executor that dies (or that dynamic allocation removes)
 * takes rows with it that nothing can recompute, and the job fails ("Checkpoint block not found").
 * Instead:
 *
 * <ul>
 *   <li>with a checkpoint directory ({@code --conf spark.checkpoint.dir=hdfs:///...} or {@code
 *       SparkContext.setCheckpointDir}), a reliable checkpoint: the rows are written to that
 *       (shared, replicated) file system and read back from there;
 *   <li>without one, the rows are persisted (memory, spilling to disk) and counted, and the result
 *       is a new Dataset over those persisted rows: its plan starts there (so it stays small round
 *       after round), while the lineage underneath stays whole, so a block lost with its executor
 *       is recomputed from the input.
 * </ul>
 *
 * <p>{@link #close()} unpersists what was persisted. Not thread-safe: the driver's.
 */
final class Materialized implements AutoCloseable {

  private final Map<Dataset<Row>, Dataset<Row>> persistedBy = new IdentityHashMap<>();
  private final List<Dataset<Row>> persisted = new ArrayList<>();

  /** The rows of {@code dataset}, computed now. */
  Dataset<Row> of(Dataset<Row> dataset) {
    SparkSession spark = dataset.sparkSession();
    if (spark.sparkContext().getCheckpointDir().isDefined()) {
      return dataset.checkpoint(true);
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
   * Unpersists one result of {@link #of} that no later step reads any more (results computed from
   * it stay; should they be lost, they are recomputed from the input).
   */
  void drop(Dataset<Row> materialized) {
    Dataset<Row> kept = persistedBy.remove(materialized);
    if (kept != null) {
      persisted.remove(kept);
      kept.unpersist();
    }
  }

  /** Unpersists everything persisted here. */
  @Override
  public void close() {
    for (Dataset<Row> kept : persisted) {
      kept.unpersist();
    }
    persisted.clear();
    persistedBy.clear();
  }
}
