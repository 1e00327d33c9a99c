package parallax.sentiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The stretches of an article body that are quoted speech, as sorted, non-overlapping character
 * ranges (start inclusive, end exclusive). Sentiment keeps the author's own words apart from the
 * words it quotes with these.
 *
 * <p>Built by {@link QuoteDetector} or from ranges another analysis found ({@link #of(List)}), so
 * the quotes stage can feed its own spans in. Immutable and thread-safe.
 */
public final class QuotedRanges {

  private static final QuotedRanges NONE = new QuotedRanges(new int[0], new int[0]);

  private final int[] starts;
  private final int[] ends;

  private QuotedRanges(int[] starts, int[] ends) {
    this.starts = starts;
    this.ends = ends;
  }

  /** No quoted speech at all. */
  public static QuotedRanges none() {
    return NONE;
  }

  /**
   * Ranges given as {@code {start, end}} pairs in any order; overlapping or touching ranges are
   * merged.
   *
   * @throws IllegalArgumentException naming the range when it is not a pair with 0 <= start <= end
   */
  public static QuotedRanges of(List<int[]> ranges) {
    if (ranges.isEmpty()) {
      return NONE;
    }
    int[][] sorted = new int[ranges.size()][];
    for (int i = 0; i < sorted.length; i++) {
      int[] range = ranges.get(i);
      if (range == null || range.length != 2 || range[0] < 0 || range[1] < range[0]) {
        throw new IllegalArgumentException(
            "a quoted range must be {start, end} with 0 <= start <= end, was: "
                + Arrays.toString(range));
      }
      sorted[i] = range;
    }
    Arrays.sort(sorted, (a, b) -> Integer.compare(a[0], b[0]));
    List<int[]> merged = new ArrayList<>();
    int[] current = sorted[0].clone();
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i][0] <= current[1]) {
        current[1] = Math.max(current[1], sorted[i][1]);
      } else {
        merged.add(current);
        current = sorted[i].clone();
      }
    }
    merged.add(current);
    int[] starts = new int[merged.size()];
    int[] ends = new int[merged.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = merged.get(i)[0];
      ends[i] = merged.get(i)[1];
    }
    return new QuotedRanges(starts, ends);
  }

  /** True when the character at {@code offset} is inside quoted speech. */
  public boolean contains(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    if (i >= 0) {
      return true;
    }
    int before = -i - 2;
    return before >= 0 && offset < ends[before];
  }

  /** True when no range is held. */
  public boolean isEmpty() {
    return starts.length == 0;
  }

  /** The number of ranges. */
  public int size() {
    return starts.length;
  }

  public int start(int range) {
    return starts[range];
  }

  public int end(int range) {
    return ends[range];
  }
}
