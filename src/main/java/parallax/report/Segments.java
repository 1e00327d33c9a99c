package parallax.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import parallax.model.LabelledSpan;

/**
 * Cuts a text into the pieces that highlighting needs when spans nest or overlap: every boundary of
 * a span starts a new segment, and each segment carries all the spans that cover it, outermost
 * (longest) first. The segments together are the whole text, uncovered stretches included. Spans
 * that are empty or reach outside the text are left out (they still count in the tables).
 * Stateless, thread-safe.
 */
public final class Segments {

  /**
   * A stretch {@code [start, end)} of the text and the indices (into the span list given) of the
   * spans covering it, outermost first; empty when nothing covers it.
   */
  public record Segment(int start, int end, List<Integer> covering) {
    public Segment {
      covering = List.copyOf(covering);
    }
  }

  private Segments() {}

  /** The segments of a text of {@code length} characters under {@code spans}. */
  public static List<Segment> of(int length, List<LabelledSpan> spans) {
    List<Integer> valid = new ArrayList<>();
    TreeSet<Integer> bounds = new TreeSet<>(List.of(0, length));
    for (int i = 0; i < spans.size(); i++) {
      LabelledSpan span = spans.get(i);
      if (span.start() < span.end() && span.end() <= length) {
        valid.add(i);
        bounds.add(span.start());
        bounds.add(span.end());
      }
    }
    valid.sort(Comparator.comparingInt(i -> spans.get(i).start()));
    Comparator<Integer> outermostFirst =
        Comparator.<Integer>comparingInt(i -> spans.get(i).end() - spans.get(i).start())
            .reversed()
            .thenComparingInt(i -> spans.get(i).start())
            .thenComparingInt(i -> i);
    List<Segment> segments = new ArrayList<>(bounds.size());
    List<Integer> active = new ArrayList<>();
    int next = 0;
    Integer from = null;
    for (int bound : bounds) {
      if (from != null) {
        int start = from;
        active.removeIf(i -> spans.get(i).end() <= start);
        while (next < valid.size() && spans.get(valid.get(next)).start() == start) {
          active.add(valid.get(next++));
        }
        List<Integer> covering = new ArrayList<>(active);
        covering.sort(outermostFirst);
        segments.add(new Segment(start, bound, covering));
      }
      from = bound;
    }
    return segments;
  }
}
