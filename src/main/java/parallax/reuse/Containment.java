package parallax.reuse;

/**
 * Set overlap of shingle hash sets held as sorted arrays of distinct values (as {@link
 * Shingler#shingles} returns them). Stateless and thread-safe.
 */
public final class Containment {

  private Containment() {}

  /**
   * The share of {@code a}'s shingles that also occur in {@code b}: 1 when all of {@code a} is
   * found in {@code b}, 0 when none is or {@code a} is empty. Not symmetric: a short copy of part
   * of a long text is contained in it, not the other way round.
   */
  public static double of(long[] a, long[] b) {
    return a.length == 0 ? 0.0 : (double) intersectionSize(a, b) / a.length;
  }

  /** The number of values in both sorted arrays (a merge, linear in their lengths). */
  public static int intersectionSize(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        shared++;
        i++;
        j++;
      }
    }
    return shared;
  }

  /** The distinct values of all arrays, sorted. */
  public static long[] union(Iterable<long[]> parts) {
    int size = 0;
    for (long[] part : parts) {
      size += part.length;
    }
    long[] all = new long[size];
    int at = 0;
    for (long[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return Shingler.distinctSorted(all);
  }
}
