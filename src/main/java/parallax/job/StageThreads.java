package parallax.job;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkContext;

/**
 * The driver threads of one stage, running its driver-side work at the same time: the write stage's
 * tables and the report's collections and chart renderings. Most of them are small Spark queries of
 * one to three tasks, or a chart drawn on the driver, so one after another they leave cores idle;
 * together they fill them.
 *
 * <p>At most as many run at once as the job has cores ({@code local[N]}'s N, capped at {@link
 * #MAX_WIDTH} on a cluster, whose driver is one machine): {@code local[1]} runs its queries one
 * after another. Drawing ({@link #draw}) has a lane of its own as wide: a query mostly waits for
 * its tasks and the scheduler, a drawing keeps a driver core busy, so drawings queued behind the
 * queries would leave the cores half idle while the queries run, then leave the executors idle
 * while they draw (so {@code local[1]} draws one chart beside its one query). Threads are made on
 * first use, in the stage, so they inherit its Spark job group.
 *
 * <p>A stage can also run beside another: its {@link #lead} runs on a thread of its own, in the
 * stage's job group, and starts the stage's work itself (the report, while the tables are still
 * being written). Not thread-safe: the driver's, or once a lead has started, the lead's.
 */
final class StageThreads implements AutoCloseable {

  /** The most driver threads a stage uses, however many cores the cluster has. */
  static final int MAX_WIDTH = 4;

  private final ExecutorService pool;
  private final ExecutorService drawing;
  private final ExecutorService leading;
  private final Runnable enterStage;
  // Copy-on-write: close() cancels what a lead may still be adding to.
  private final List<Future<?>> pending = new CopyOnWriteArrayList<>();

  StageThreads(int width, String stage) {
    this(width, stage, () -> {});
  }

  private StageThreads(int width, String stage, Runnable enterStage) {
    // A fixed pool starts its threads as work arrives: a stage that never draws makes none.
    this.pool = threads(width, "parallax-" + stage + "-");
    this.drawing = threads(width, "parallax-" + stage + "-draw-");
    this.leading = threads(1, "parallax-" + stage + "-lead-");
    this.enterStage = enterStage;
  }

  private static ExecutorService threads(int width, String prefix) {
    AtomicInteger made = new AtomicInteger();
    return Executors.newFixedThreadPool(
        width,
        work -> {
          Thread thread = new Thread(work, prefix + made.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }

  /** A runner for {@code stage} as wide as the job's cores allow. */
  static StageThreads forStage(SparkContext spark, String stage) {
    return new StageThreads(
        width(spark.defaultParallelism()), stage, () -> JobGroups.enter(spark, stage));
  }

  /** How many run at once for a job with {@code cores} cores. */
  static int width(int cores) {
    return Math.max(1, Math.min(cores, MAX_WIDTH));
  }

  /**
   * Starts {@code lead} on the stage's lead thread, in the stage's Spark job group: work that
   * starts this stage's queries and drawings itself and waits for them, so the whole stage runs
   * beside the caller's. Its value, or its failure, comes from the returned future (not from {@link
   * #awaitAll()}); {@link #close()} waits for it.
   */
  <T> Future<T> lead(Callable<T> lead) {
    return leading.submit(
        () -> {
          enterStage.run();
          return lead.call();
        });
  }

  /** Starts {@code work}; its failure surfaces in {@link #awaitAll()}. */
  void run(Runnable work) {
    call(Executors.callable(work));
  }

  /** Starts {@code work}; its value, or its failure, comes from the returned future. */
  <T> Future<T> call(Callable<T> work) {
    Future<T> future = pool.submit(work);
    pending.add(future);
    return future;
  }

  /**
   * Starts driver-side drawing (no Spark query) in the drawing lane, beside the queries; its
   * failure surfaces in {@link #awaitAll()}.
   */
  void draw(Runnable work) {
    pending.add(drawing.submit(work));
  }

  /**
   * Waits for everything started; the first failure (in the order the work was started) is thrown
   * as it was thrown, after the rest has finished, so no query still runs when the stage fails.
   */
  void awaitAll() {
    RuntimeException first = null;
    for (Future<?> future : pending) {
      try {
        valueOf(future);
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    pending.clear();
    if (first != null) {
      throw first;
    }
  }

  /** The value of {@code future}, waiting if needed, with its failure thrown as it was thrown. */
  static <T> T valueOf(Future<T> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw unwrap(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the stage's work", e);
    }
  }

  private static RuntimeException unwrap(ExecutionException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }

  /**
   * Stops the threads. After a failure, work not yet started never starts, and work running (a lead
   * included) is waited for, so no query of the stage outlives it (and writes into a folder being
   * abandoned).
   */
  @Override
  public void close() {
    pending.forEach(future -> future.cancel(false));
    // A lead waiting for work cancelled here fails at once; whatever it started meanwhile is
    // cancelled once it has stopped.
    boolean interrupted = stop(leading);
    pending.forEach(future -> future.cancel(false));
    pending.clear();
    interrupted |= stop(pool);
    interrupted |= stop(drawing);
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Shuts {@code threads} down and waits for them; true if interrupted meanwhile. */
  private static boolean stop(ExecutorService threads) {
    threads.shutdown();
    boolean interrupted = false;
    while (true) {
      try {
        if (threads.awaitTermination(1, TimeUnit.MINUTES)) {
          return interrupted;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
  }
}
