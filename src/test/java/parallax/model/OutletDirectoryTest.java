package parallax.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutletDirectoryTest {

  private static final OutletDirectory OUTLETS =
      OutletDirectory.of(
          List.of(
              new Outlet("TROIB News", List.of("TROIB", "troib"), "", "private", "aggregator", ""),
              new Outlet(
                  "RT",
                  List.of("RT.com", "rt", "Russia Today"),
                  "RU",
                  "state-affiliated",
                  "state media",
                  "rt.com"),
              new Outlet(
                  "Meridian Wire",
                  List.of("meridian-wire", "Meridian"),
                  "GB",
                  "private",
                  "wire service",
                  "meridianwire.example"),
              new Outlet(
                  "Atlantic Broadcast News",
                  List.of("abn-news", "ABN"),
                  "US",
                  "private",
                  "",
                  "abnnews.example"),
              new Outlet(
                  "The Kyiv Ledger",
                  List.of("kyiv-ledger", "Kyiv Ledger"),
                  "UA",
                  "private",
                  "",
                  "kyivledger.example")));

  @Test
  void mapsNamesAliasesAndDomainsToTheCanonicalNameIgnoringCase() {
    assertEquals(Optional.of("RT"), OUTLETS.canonical("rt.com"));
    assertEquals(Optional.of("RT"), OUTLETS.canonical("Russia Today"));
    assertEquals(Optional.of("The Kyiv Ledger"), OUTLETS.canonical("Kyiv Ledger"));
    assertEquals(Optional.of("The Kyiv Ledger"), OUTLETS.canonical("www.kyivledger.example"));
    assertEquals(Optional.empty(), OUTLETS.canonical("Meridian Wire correspondents"));
    assertEquals("Unknown Outlet", OUTLETS.canonicalOrSelf(" Unknown Outlet "));
  }

  @Test
  void dropsACreditOfTheArticlesOwnOutlet() {
    Article own = new Article("a", null, "rt", "RT.com", null, null, null, "b", "f", 1);
    assertNull(OUTLETS.canonicalise(own).creditedSource());
    Article other = new Article("a", null, "kyiv-ledger", "RT.com", null, null, null, "b", "f", 1);
    assertEquals("RT", OUTLETS.canonicalise(other).creditedSource());
    assertEquals("The Kyiv Ledger", OUTLETS.canonicalise(other).source());
  }

  @Test
  void resolvesNamesAliasesAndDomainsInPhrases() {
    assertEquals("RT", OUTLETS.resolve("RT.com"));
    assertEquals("Atlantic Broadcast News", OUTLETS.resolve("abnnews.example"));
    assertEquals(
        "Atlantic Broadcast News", OUTLETS.resolve("https://www.abnnews.example/politics"));
    assertEquals("The Kyiv Ledger", OUTLETS.resolve("the Kyiv Ledger"));
    assertEquals("TROIB News", OUTLETS.resolve("troib"));
  }

  @Test
  void resolvesAPhraseThroughItsLeadingWords() {
    assertEquals("Meridian Wire", OUTLETS.resolve("Meridian Wire correspondents in Moscow"));
  }

  @Test
  void unknownNamesResolveToNothing() {
    assertNull(OUTLETS.resolve("the regional water authority"));
    assertNull(OUTLETS.resolve("NBC News"));
    assertNull(OutletDirectory.empty().resolve("RT"));
  }

  @Test
  void anOutletsNameBeatsAnotherOutletsAliasAndTheFirstKeepsASharedAlias() {
    OutletDirectory directory =
        OutletDirectory.of(
            List.of(
                new Outlet("Alpha News", List.of("AN", "Beta"), "", "", "", ""),
                new Outlet("Another Network", List.of("AN"), "", "", "", ""),
                Outlet.named("Beta")));
    assertEquals("Alpha News", directory.resolve("AN"));
    assertEquals(Optional.of("Beta"), directory.canonical("beta"));
  }

  @Test
  void survivesJavaSerialisationAsABroadcastDoes() throws Exception {
    var bytes = new java.io.ByteArrayOutputStream();
    try (var out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(OUTLETS);
    }
    try (var in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      OutletDirectory copy = (OutletDirectory) in.readObject();
      assertEquals(OUTLETS.outlets(), copy.outlets());
      assertEquals("Meridian Wire", copy.resolve("Meridian"));
    }
  }
}
