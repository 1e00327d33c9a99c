package parallax.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import parallax.model.LabelledSpan;

class SpanLegendTest {

  private static final String TEXT =
      "Putin asserted that Kiev must accept the reality on the ground.";

  @Test
  void makesOneCategoryPerKindAndLabelWithItsSpanCount() {
    List<LabelledSpan> spans =
        List.of(
            new LabelledSpan("framing", "attribution_verb/loaded", 6, 14),
            new LabelledSpan("framing", "place_name/russian", 20, 24),
            new LabelledSpan("framing", "place_name/russian", 20, 24),
            new LabelledSpan("quote", "direct", 0, 10));
    SpanLegend legend = SpanLegend.of(List.of(TEXT), List.of(spans));
    assertEquals(
        List.of("framing: attribution_verb/loaded", "framing: place_name/russian", "quote: direct"),
        legend.categories().stream().map(SpanLegend.Category::display).toList());
    assertEquals(2, legend.categoryOf(spans.get(1)).spans());
    assertEquals(List.of("framing", "quote"), legend.kinds().stream().map(k -> k.name()).toList());
    assertEquals(3, legend.kinds().get(0).spans());
    assertNotEquals(legend.categories().get(0).colour(), legend.categories().get(1).colour());
  }

  @Test
  void mergesLabelsThatDifferOnlyInATrailingNumber() {
    List<LabelledSpan> spans = new ArrayList<>();
    for (int s = 0; s < 5; s++) {
      spans.add(new LabelledSpan("sentence", "sentence " + s, s * 10, s * 10 + 9));
    }
    SpanLegend legend = SpanLegend.of(List.of(TEXT), List.of(spans));
    assertEquals(1, legend.categories().size());
    assertEquals("sentence", legend.categories().get(0).display());
  }

  @Test
  void cutsLabelsToTheirFirstPartWhenAKindHasTooManyCategories() {
    List<LabelledSpan> spans = new ArrayList<>();
    for (int i = 0; i < SpanLegend.MAX_CATEGORIES_PER_KIND + 2; i++) {
      spans.add(
          new LabelledSpan(
              "framing", (i % 2 == 0 ? "verb/" : "place/") + "v" + (char) ('a' + i), i, i + 1));
    }
    SpanLegend legend = SpanLegend.of(List.of(TEXT), List.of(spans));
    assertEquals(
        List.of("framing: place", "framing: verb"),
        legend.categories().stream().map(SpanLegend.Category::display).toList());
  }

  @Test
  void switchesOffAKindWithOneCategoryCoveringMostOfTheText() {
    List<LabelledSpan> spans =
        List.of(
            new LabelledSpan("sentence", "sentence 0", 0, TEXT.length()),
            new LabelledSpan("framing", "place_name/russian", 20, 24));
    SpanLegend legend = SpanLegend.of(List.of(TEXT), List.of(spans));
    SpanLegend.Kind framing = legend.kinds().get(0);
    SpanLegend.Kind sentence = legend.kinds().get(1);
    assertTrue(framing.shownByDefault());
    assertFalse(sentence.shownByDefault());
  }

  @Test
  void keepsColoursDistinctBeyondTheFixedPalette() {
    List<String> colours = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      colours.add(SpanLegend.colour(i));
    }
    assertEquals(40, colours.stream().distinct().count());
  }

  @Test
  void refusesASpanItWasNotMadeFrom() {
    SpanLegend legend = SpanLegend.of(List.of(TEXT), List.of(List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> legend.categoryOf(new LabelledSpan("quote", "direct", 0, 1)));
  }
}
