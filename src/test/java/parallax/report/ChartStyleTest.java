package parallax.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartStyleTest {

  @Test
  void numbersLabelsThatShortenToTheSameText() {
    String longA = "The Very Long Name of an Outlet, Evening Edition";
    String longB = "The Very Long Name of an Outlet, Morning Edition";
    List<String> labels = ChartStyle.uniqueLabels(List.of(longA, "RT", longB, "RT"));
    String shortened = ChartStyle.label(longA);
    assertEquals(ChartStyle.label(longB), shortened, "both names shorten alike");
    assertEquals(List.of(shortened, "RT", shortened + " (2)", "RT (2)"), labels);
  }
}
