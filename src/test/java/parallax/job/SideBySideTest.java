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

class SideBySideTest {

  @Test
  void asWideAsTheJobsCoresUpToTheCap() {
    assertEquals(1, SideBySide.width(1));
    assertEquals(2, SideBySide.width(2));
    assertEquals(SideBySide.MAX_WIDTH, SideBySide.width(64));
    assertEquals(1, SideBySide.width(0));
  }

  @Test
  void twoWideRunsTwoAtOnce() throws Exception {
    CountDownLatch bothStarted = new CountDownLatch(2);
    try (SideBySide sideBySide = new SideBySide(2, "test")) {
      for (int i = 0; i < 2; i++) {
        sideBySide.run(
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
      sideBySide.awaitAll();
    }
    assertEquals(0, bothStarted.getCount());
  }

  @Test
  void oneWideRunsInTheOrderStarted() {
    List<Integer> order = Collections.synchronizedList(new ArrayList<>());
    try (SideBySide sideBySide = new SideBySide(1, "test")) {
      for (int i = 0; i < 20; i++) {
        int number = i;
        sideBySide.run(() -> order.add(number));
      }
      sideBySide.awaitAll();
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
    try (SideBySide sideBySide = new SideBySide(2, "test")) {
      sideBySide.run(
          () -> {
            throw first;
          });
      sideBySide.run(
          () -> {
            throw new IllegalStateException("second");
          });
      for (int i = 0; i < 5; i++) {
        sideBySide.run(finished::incrementAndGet);
      }
      RuntimeException thrown = assertThrows(RuntimeException.class, sideBySide::awaitAll);
      assertSame(first, thrown);
      assertEquals(5, finished.get());
    }
  }

  @Test
  void aValueComesBackAsItWasComputed() {
    try (SideBySide sideBySide = new SideBySide(2, "test")) {
      Future<String> value = sideBySide.call(() -> "rows");
      assertEquals("rows", SideBySide.valueOf(value));
      Future<String> failing =
          sideBySide.call(
              () -> {
                throw new IllegalArgumentException("bad section");
              });
      IllegalArgumentException thrown =
          assertThrows(IllegalArgumentException.class, () -> SideBySide.valueOf(failing));
      assertEquals("bad section", thrown.getMessage());
    }
  }

  @Test
  void closingAfterAFailureWaitsForRunningWorkAndDropsTheRest() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    AtomicInteger finished = new AtomicInteger();
    AtomicInteger started = new AtomicInteger();
    SideBySide sideBySide = new SideBySide(1, "test");
    sideBySide.run(
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
      sideBySide.run(started::incrementAndGet);
    }
    assertTrue(running.await(10, TimeUnit.SECONDS));
    sideBySide.close();
    assertEquals(1, finished.get(), "the running work finished before close returned");
    assertEquals(1, started.get(), "the queued work never started");
  }
}
