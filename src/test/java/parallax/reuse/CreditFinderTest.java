package parallax.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CreditFinderTest {

  private final CreditFinder finder = new CreditFinder(SampleStories.OUTLETS);

  @Test
  void findsTheReadFullArticleCreditWithItsSpan() {
    String body = "He said he would speak. Read Full Article at RT.com.\nMore text.";
    List<Credit> credits = finder.find(body);
    assertEquals(1, credits.size());
    Credit credit = credits.get(0);
    assertEquals(Credit.READ_AT, credit.kind());
    assertEquals("RT.com", credit.phrase());
    assertEquals("RT", credit.outlet());
    assertEquals("Read Full Article at RT.com", body.substring(credit.start(), credit.end()));
  }

  @Test
  void findsWireDatelinesAndSignOffs() {
    String body =
        "WASHINGTON (AP) — The Senate voted.\n\nBREKKESTAD, Norway (Meridian Wire) - Water rose."
            + "\n\n(Meridian Wire)";
    List<Credit> credits = finder.find(body);
    assertEquals(3, credits.size());
    assertEquals(Credit.DATELINE, credits.get(0).kind());
    assertEquals("AP", credits.get(0).phrase());
    assertNull(credits.get(0).outlet(), "AP is not in data/sources.csv");
    assertEquals("(AP)", body.substring(credits.get(0).start(), credits.get(0).end()));
    assertEquals("Meridian Wire", credits.get(1).outlet());
    assertEquals(Credit.SIGN_OFF, credits.get(2).kind());
    assertEquals("(Meridian Wire)", body.substring(credits.get(2).start(), credits.get(2).end()));
    assertEquals("Meridian Wire", credits.get(2).outlet());
  }

  @Test
  void findsOriginallyPublishedAndSourceLines() {
    List<Credit> credits =
        finder.find(
            "Text.\nThis article was originally published by Meridian Wire.\nSource: RT.com");
    assertEquals(
        List.of(Credit.ORIGINALLY, Credit.SOURCE_LINE),
        credits.stream().map(Credit::kind).toList());
    assertEquals("Meridian Wire", credits.get(0).outlet());
    assertEquals("RT", credits.get(1).outlet());
  }

  @Test
  void keepsAccordingToOnlyForKnownOutlets() {
    List<Credit> credits =
        finder.find(
            "The river rose, according to the regional water authority. The talks failed,"
                + " according to RT.");
    assertEquals(1, credits.size());
    assertEquals(Credit.ACCORDING_TO, credits.get(0).kind());
    assertEquals("RT", credits.get(0).outlet());
    assertTrue(!credits.get(0).creditsText());
  }

  @Test
  void bylineAndReadMoreLinkAreNotCredits() {
    assertEquals(
        List.of(),
        finder.find(
            "READ MORE: Putin congratulates Trump on election win\nJames del Carmen for TROIB News"));
  }

  @Test
  void creditBecomesAReuseSpan() {
    Credit credit = new Credit(Credit.READ_AT, "RT.com", "RT", 5, 20, "Read more at RT.com");
    assertEquals("credit/read_at", credit.toSpan().label());
    assertEquals("reuse", credit.toSpan().kind());
  }
}
