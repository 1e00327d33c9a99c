package parallax.reuse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContainmentTest {

  @Test
  void isTheShareOfTheFirstSetFoundInTheSecond() {
    long[] a = {1, 2, 3, 4};
    long[] b = {3, 4, 5};
    assertEquals(2, Containment.intersectionSize(a, b));
    assertEquals(0.5, Containment.of(a, b));
    assertEquals(2.0 / 3, Containment.of(b, a));
  }

  @Test
  void emptySetIsContainedInNothing() {
    assertEquals(0.0, Containment.of(new long[0], new long[] {1}));
    assertEquals(0.0, Containment.of(new long[] {1}, new long[0]));
  }

  @Test
  void shortCopyIsContainedInItsLongerSourceButNotTheReverse() {
    // k = 3. Copy "the cat sat on the mat": 4 shingles, all in the source.
    // Source adds "and purred loudly": 7 shingles, 4 of them in the copy.
    Shingler shingler = new Shingler(3);
    String copy = "The cat sat on the mat.";
    String source = "The cat sat on the mat and purred loudly.";
    long[] c = shingler.shingles(copy, 0, copy.length());
    long[] s = shingler.shingles(source, 0, source.length());
    assertEquals(1.0, Containment.of(c, s));
    assertEquals(4.0 / 7, Containment.of(s, c), 1e-12);
  }

  @Test
  void unionIsSortedAndDistinct() {
    assertArrayEquals(
        new long[] {-5, 1, 2, 3},
        Containment.union(List.of(new long[] {1, 3}, new long[] {-5, 1, 2})));
  }
}
