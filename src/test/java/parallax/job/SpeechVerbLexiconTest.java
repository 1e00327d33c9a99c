package parallax.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parallax.framing.LexiconEntry;
import parallax.quotes.SpeechVerbs;

class SpeechVerbLexiconTest {

  private static final Configuration CONF = new Configuration();

  @TempDir Path temp;

  private Path folder(String name, String speechVerbs) throws IOException {
    Path folder = Files.createDirectories(temp.resolve(name));
    if (speechVerbs != null) {
      Path file = folder.resolve(SpeechVerbs.FILE);
      Files.createDirectories(file.getParent());
      Files.writeString(file, speechVerbs);
    }
    return folder;
  }

  @Test
  void readsTheShippedVerbsAndListsTheFileForTheManifest() {
    SpeechVerbLexicon.Loaded loaded = SpeechVerbLexicon.load(List.of("data/lexicons"), CONF);
    SpeechVerbs verbs = SpeechVerbs.of(loaded.entries());
    assertEquals("loaded", verbs.byLemma("insist").verbClass());
    assertEquals(1, loaded.files().size());
    Lexicons.LexiconFile file = loaded.files().get(0);
    assertEquals("data/lexicons/quotes/speech-verbs.tsv", file.path());
    assertFalse(file.framing());
    assertEquals(loaded.entries().size(), file.entries());
    assertEquals(64, file.sha256().length());
  }

  @Test
  void laterFoldersAddVerbsAndReplaceOnesListedBefore() throws IOException {
    Path base = folder("base", "lemma\tclass\tobject\nsay\tneutral\nmaintain\tloaded\n");
    Path none = folder("none", null);
    Path extra = folder("extra", "maintain\tneutral\nopine\tloaded\n");
    SpeechVerbLexicon.Loaded loaded =
        SpeechVerbLexicon.load(List.of(base.toString(), none.toString(), extra.toString()), CONF);
    SpeechVerbs verbs = SpeechVerbs.of(loaded.entries());
    assertEquals(3, verbs.size());
    assertEquals("neutral", verbs.byLemma("maintain").verbClass());
    assertEquals("loaded", verbs.byLemma("opine").verbClass());
    assertEquals(2, loaded.files().size(), "the folder without the file is skipped");
  }

  @Test
  void stopsTheRunNamingFileAndLineOfAMalformedLine() throws IOException {
    Path bad = folder("bad", "# verbs\nsay\tneutral\nclaim\tdoubtful\n");
    JobFailure failure =
        assertThrows(JobFailure.class, () -> SpeechVerbLexicon.load(List.of(bad.toString()), CONF));
    assertEquals(
        "malformed lexicon: "
            + bad
            + "/quotes/speech-verbs.tsv:3: class must be 'neutral' or 'loaded', was 'doubtful'",
        failure.getMessage());
  }

  @Test
  void stopsTheRunWhenNoFolderHasTheVerbs() throws IOException {
    Path empty = folder("empty", null);
    JobFailure failure =
        assertThrows(
            JobFailure.class, () -> SpeechVerbLexicon.load(List.of(empty.toString()), CONF));
    assertTrue(failure.getMessage().startsWith("no lexicon folder holds quotes/speech-verbs.tsv"));
    assertTrue(failure.getMessage().endsWith(empty.toString()), failure.getMessage());
  }

  @Test
  void takesTheClassOfTheFramingAttributionVerbsWhereTheyListTheVerb() {
    SpeechVerbLexicon.Loaded loaded = SpeechVerbLexicon.load(List.of("data/lexicons"), CONF);
    List<LexiconEntry> framing = Lexicons.load(List.of("data/lexicons"), CONF).entries();
    SpeechVerbs verbs =
        SpeechVerbs.of(SpeechVerbLexicon.classedByFraming(loaded.entries(), framing));
    assertEquals("neutral", SpeechVerbs.of(loaded.entries()).byLemma("note").verbClass());
    assertEquals("loaded", verbs.byLemma("note").verbClass(), "attribution_verb/loaded in framing");
    assertEquals("loaded", verbs.byLemma("insist").verbClass());
    assertEquals("neutral", verbs.byLemma("say").verbClass());
    assertTrue(verbs.byLemma("tell").takesObject(), "objects stay the speech-verb file's");
    assertEquals(loaded.entries().size(), verbs.size());
  }

  @Test
  void keepsTheSpeechVerbClassOfAVerbTheFramingLexiconDoesNotList() {
    List<SpeechVerbs.Entry> entries = List.of(new SpeechVerbs.Entry("opine", true, false));
    assertEquals(entries, SpeechVerbLexicon.classedByFraming(entries, List.of()));
  }

  @Test
  void compilesEqualEntriesOncePerJvm() {
    List<SpeechVerbs.Entry> entries = List.of(new SpeechVerbs.Entry("say", false, false));
    assertSame(
        SpeechVerbLexicon.shared(entries),
        SpeechVerbLexicon.shared(List.of(new SpeechVerbs.Entry("say", false, false))));
  }
}
