package parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceCreditsTest {

  @Test
  void findsOutletOfBylineOnLastLines() {
    assertEquals(
        Optional.of("TROIB News"), SourceCredits.byline("Text.\nJames del Carmen for TROIB News"));
    assertEquals(
        Optional.of("Global Dispatch"),
        SourceCredits.byline("Text.\nStaff writer for Global Dispatch\n"));
  }

  @Test
  void ignoresSentencesThatOnlyContainFor() {
    assertTrue(
        SourceCredits.byline("He pledged to vote for the plan, said the Kremlin for now.")
            .isEmpty());
  }

  @Test
  void findsCreditLines() {
    assertEquals(
        Optional.of("RT.com"),
        SourceCredits.credited("Teaser. Read Full Article at RT.com.\nBody."));
    assertEquals(
        Optional.of("Meridian Wire"),
        SourceCredits.credited("Body.\nThis article was originally published by Meridian Wire."));
    assertEquals(
        Optional.of("abnnews.example"),
        SourceCredits.credited("Body.\nRead the original at abnnews.example"));
  }

  @Test
  void findsNoCreditInOrdinaryText() {
    assertTrue(SourceCredits.credited("Putin said he would read the article later.").isEmpty());
  }
}
