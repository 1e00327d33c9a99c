package parallax.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import parallax.model.LabelledSpan;

class SegmentsTest {

  private static LabelledSpan span(String label, int start, int end) {
    return new LabelledSpan("framing", label, start, end);
  }

  private static String describe(List<Segments.Segment> segments) {
    StringBuilder out = new StringBuilder();
    for (Segments.Segment s : segments) {
      out.append(s.start()).append('-').append(s.end()).append(s.covering()).append(' ');
    }
    return out.toString().strip();
  }

  @Test
  void coversTheWholeTextWithUncoveredStretchesBetweenSpans() {
    List<Segments.Segment> segments = Segments.of(10, List.of(span("a", 2, 4), span("b", 6, 7)));
    assertEquals("0-2[] 2-4[0] 4-6[] 6-7[1] 7-10[]", describe(segments));
  }

  @Test
  void splitsOverlappingSpansIntoSegmentsCarryingBoth() {
    List<Segments.Segment> segments = Segments.of(10, List.of(span("a", 0, 6), span("b", 4, 10)));
    assertEquals("0-4[0] 4-6[0, 1] 6-10[1]", describe(segments));
  }

  @Test
  void listsNestedSpansOutermostFirst() {
    List<Segments.Segment> segments =
        Segments.of(12, List.of(span("inner", 3, 5), span("outer", 1, 11), span("middle", 2, 8)));
    assertEquals(
        "0-1[] 1-2[1] 2-3[1, 2] 3-5[1, 2, 0] 5-8[1, 2] 8-11[1] 11-12[]", describe(segments));
  }

  @Test
  void keepsIdenticalSpansTogetherAndAdjacentSpansApart() {
    List<Segments.Segment> segments =
        Segments.of(6, List.of(span("a", 0, 3), span("b", 0, 3), span("c", 3, 6)));
    assertEquals("0-3[0, 1] 3-6[2]", describe(segments));
  }

  @Test
  void leavesOutEmptySpansAndSpansPastTheEnd() {
    List<Segments.Segment> segments =
        Segments.of(5, List.of(span("empty", 2, 2), span("past", 3, 9), span("ok", 1, 2)));
    assertEquals("0-1[] 1-2[2] 2-5[]", describe(segments));
  }

  @Test
  void givesOneUncoveredSegmentForATextWithoutSpans() {
    assertEquals("0-7[]", describe(Segments.of(7, List.of())));
  }
}
