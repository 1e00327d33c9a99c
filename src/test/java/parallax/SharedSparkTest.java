package parallax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SharedSparkTest {

  @Test
  void runsAQueryOnTheSharedLocalSession() {
    assertEquals(3L, SharedSpark.session().range(3).count());
    assertSame(SharedSpark.session(), SharedSpark.session());
  }
}
