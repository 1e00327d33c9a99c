package parallax.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StageThreadsTest {

  @Test
  void asWideAsTheJobsCoresUpToTheCap() {
    assertEquals(1, StageThreads.width(1));
    assertEquals(2, StageThreads.width(2));
    assertEquals(StageThreads.MAX_WIDTH, StageThreads.width(64));
    assertEquals(1, StageThreads.width(0));
  }

  @Test
  void twoWideRunsTwoAtOnce() throws Exception {
    CountDownLatch bothStarted = new CountDownLatch(2);
    try (StageThreads threads = new StageThreads(2, "test")) {
      for (int i = 0; i < 2; i++) {
        threads.run(
            () -> {
              bothStarted.countDown();
              try {
                // Each waits for the other: only finishes if both run at the same time.
                assertTrue(bothStarted.await(10, TimeUnit.SECONDS));
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
      }
      threads.awaitAll();
    }
    assertEquals(0, bothStarted.getCount());
  }

  @Test
  void drawingRunsBesideTheQueriesInItsOwnLane() throws Exception {
    CountDownLatch drawn = new CountDownLatch(1);
    List<String> names = Collections.synchronizedList(new ArrayList<>());
    try (StageThreads threads = new StageThreads(1, "test")) {
      // The one query thread waits for a drawing: only finishes if drawings do not queue behind it.
      threads.run(
          () -> {
            try {
              assertTrue(drawn.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
              throw new IllegalStateException(e);
            }
          });
      threads.draw(
          () -> {
            names.add(Thread.currentThread().getName());
            drawn.countDown();
          });
      threads.awaitAll();
    }
    assertEquals(List.of("parallax-test-draw-1"), names);
  }

  @Test
  void aFailedDrawingSurfacesInAwaitAll() {
    try (StageThreads threads = new StageThreads(2, "test")) {
      IllegalStateException failure = new IllegalStateException("cannot draw chart x");
      threads.draw(
          () -> {
            throw failure;
          });
      assertSame(failure, assertThrows(IllegalStateException.class, threads::awaitAll));
    }
  }

  @Test
  void oneWideRunsInTheOrderStarted() {
    List<Integer> order = Collections.synchronizedList(new ArrayList<>());
    try (StageThreads threads = new StageThreads(1, "test")) {
      for (int i = 0; i < 20; i++) {
        int number = i;
        threads.run(() -> order.add(number));
      }
      threads.awaitAll();
    }
    for (int i = 0; i < 20; i++) {
      assertEquals(i, order.get(i));
    }
  }

  @Test
  void theFirstFailureStartedIsThrownAfterTheRestFinished() {
    AtomicInteger finished = new AtomicInteger();
    UncheckedIOException first =
        new UncheckedIOException("cannot write a.csv", new IOException("disk full"));
    try (StageThreads threads = new StageThreads(2, "test")) {
      threads.run(
          () -> {
            throw first;
          });
      threads.run(
          () -> {
            throw new IllegalStateException("second");
          });
      for (int i = 0; i < 5; i++) {
        threads.run(finished::incrementAndGet);
      }
      RuntimeException thrown = assertThrows(RuntimeException.class, threads::awaitAll);
      assertSame(first, thrown);
      assertEquals(5, finished.get());
    }
  }

  @Test
  void aValueComesBackAsItWasComputed() {
    try (StageThreads threads = new StageThreads(2, "test")) {
      Future<String> value = threads.call(() -> "rows");
      assertEquals("rows", StageThreads.valueOf(value));
      Future<String> failing =
          threads.call(
              () -> {
                throw new IllegalArgumentException("bad section");
              });
      IllegalArgumentException thrown =
          assertThrows(IllegalArgumentException.class, () -> StageThreads.valueOf(failing));
      assertEquals("bad section", thrown.getMessage());
    }
  }

  @Test
  void closingAfterAFailureWaitsForRunningWorkAndDropsTheRest() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    AtomicInteger finished = new AtomicInteger();
    AtomicInteger started = new AtomicInteger();
    StageThreads threads = new StageThreads(1, "test");
    threads.run(
        () -> {
          started.incrementAndGet();
          running.countDown();
          try {
            Thread.sleep(200);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          finished.incrementAndGet();
        });
    for (int i = 0; i < 10; i++) {
      threads.run(started::incrementAndGet);
    }
    assertTrue(running.await(10, TimeUnit.SECONDS));
    threads.close();
    assertEquals(1, finished.get(), "the running work finished before close returned");
    assertEquals(1, started.get(), "the queued work never started");
  }

  @Test
  void aLeadStartsTheStagesWorkAndWaitsForItBesideTheCaller() throws Exception {
    List<String> names = Collections.synchronizedList(new ArrayList<>());
    try (StageThreads threads = new StageThreads(1, "test")) {
      Future<Integer> led =
          threads.lead(
              () -> {
                names.add(Thread.currentThread().getName());
                // The lead waits for its own work: its thread is not one of the lanes'.
                Future<Integer> query = threads.call(() -> 20);
                threads.draw(() -> names.add(Thread.currentThread().getName()));
                threads.awaitAll();
                return query.get() + 1;
              });
      assertEquals(21, StageThreads.valueOf(led));
    }
    assertEquals(List.of("parallax-test-lead-1", "parallax-test-draw-1"), names);
  }

  @Test
  void aLeadsFailureComesFromItsFuture() {
    try (StageThreads threads = new StageThreads(1, "test")) {
      UncheckedIOException failure =
          new UncheckedIOException("cannot write a page", new IOException("disk full"));
      Future<Object> led =
          threads.lead(
              () -> {
                throw failure;
              });
      assertSame(
          failure, assertThrows(UncheckedIOException.class, () -> StageThreads.valueOf(led)));
      threads.awaitAll();
    }
  }

  @Test
  void closingWaitsForTheLeadAndDropsWhatItQueued() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch queued = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger started = new AtomicInteger();
    AtomicInteger leadFinished = new AtomicInteger();
    StageThreads threads = new StageThreads(1, "test");
    threads.lead(
        () -> {
          // The one query thread is busy until the lead ends; the rest queue behind it.
          threads.run(
              () -> {
                started.incrementAndGet();
                running.countDown();
                try {
                  release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
          // Queued only once it runs: close() may cancel it too if it has not started yet.
          running.await(10, TimeUnit.SECONDS);
          for (int i = 0; i < 10; i++) {
            threads.run(started::incrementAndGet);
          }
          queued.countDown();
          Thread.sleep(200);
          leadFinished.incrementAndGet();
          release.countDown();
          return null;
        });
    assertTrue(queued.await(10, TimeUnit.SECONDS));
    threads.close();
    assertEquals(1, leadFinished.get(), "the lead finished before close returned");
    assertEquals(1, started.get(), "the work the lead queued never started");
  }
}
