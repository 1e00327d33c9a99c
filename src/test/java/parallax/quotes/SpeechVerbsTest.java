package parallax.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeechVerbsTest {

  private final SpeechVerbs verbs = SpeechVerbs.load(Path.of("data/lexicons"));

  @Test
  void readsTheProjectLexiconWithClassesAndObjects() {
    assertTrue(verbs.size() > 50, "verbs: " + verbs.size());
    assertEquals("neutral", verbs.byLemma("say").verbClass());
    assertEquals("loaded", verbs.byLemma("insist").verbClass());
    assertTrue(verbs.byLemma("tell").takesObject());
    assertFalse(verbs.byLemma("say").takesObject());
    assertNull(verbs.byLemma("fear"));
  }

  @Test
  void findsFormsTheLemmatizerMissesByRegularMorphology() {
    assertEquals("allege", verbs.byRegularForm("alleged").lemma());
    assertEquals("concede", verbs.byRegularForm("conceded").lemma());
    assertEquals("admit", verbs.byRegularForm("admitted").lemma());
    assertEquals("deny", verbs.byRegularForm("denies").lemma());
    assertEquals("state", verbs.byRegularForm("stating").lemma());
    assertNull(verbs.byRegularForm("walked"));
  }

  @Test
  void prefixFilterLetsIrregularFormsThroughAndStopsOthers() {
    assertTrue(verbs.mayBeForm("told"));
    assertTrue(verbs.mayBeForm("said"));
    assertFalse(verbs.mayBeForm("xylophone"));
    assertFalse(verbs.mayBeForm("a"));
  }

  @Test
  void rejectsAnUnknownClassNamingFileAndLine(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve(SpeechVerbs.FILE).getParent());
    Files.writeString(
        dir.resolve(SpeechVerbs.FILE),
        "# verbs\nsay\tneutral\nclaim\tdoubtful\n",
        StandardCharsets.UTF_8);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SpeechVerbs.load(dir));
    assertTrue(e.getMessage().contains(SpeechVerbs.FILE + ":3"), e.getMessage());
    assertTrue(e.getMessage().contains("doubtful"), e.getMessage());
  }

  @Test
  void rejectsAVerbListedTwice(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve(SpeechVerbs.FILE).getParent());
    Files.writeString(
        dir.resolve(SpeechVerbs.FILE), "say\tneutral\nsay\tloaded\n", StandardCharsets.UTF_8);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SpeechVerbs.load(dir));
    assertTrue(e.getMessage().contains("listed twice"), e.getMessage());
  }
}
