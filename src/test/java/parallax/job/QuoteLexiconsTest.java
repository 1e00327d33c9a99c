package parallax.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class QuoteLexiconsTest {

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
    QuoteLexicons.Loaded loaded = QuoteLexicons.load(List.of("data/lexicons"), CONF);
    SpeechVerbs verbs = SpeechVerbs.of(loaded.entries());
    assertEquals("loaded", verbs.byLemma("insist").verbClass());
    assertEquals(2, loaded.files().size(), "the verbs and the given names");
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
    QuoteLexicons.Loaded loaded =
        QuoteLexicons.load(List.of(base.toString(), none.toString(), extra.toString()), CONF);
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
        assertThrows(JobFailure.class, () -> QuoteLexicons.load(List.of(bad.toString()), CONF));
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
        assertThrows(JobFailure.class, () -> QuoteLexicons.load(List.of(empty.toString()), CONF));
    assertTrue(failure.getMessage().startsWith("no lexicon folder holds quotes/speech-verbs.tsv"));
    assertTrue(failure.getMessage().endsWith(empty.toString()), failure.getMessage());
  }

  @Test
  void takesTheClassOfTheFramingAttributionVerbsWhereTheyListTheVerb() {
    QuoteLexicons.Loaded loaded = QuoteLexicons.load(List.of("data/lexicons"), CONF);
    List<LexiconEntry> framing = Lexicons.load(List.of("data/lexicons"), CONF).entries();
    SpeechVerbs verbs = SpeechVerbs.of(QuoteLexicons.classedByFraming(loaded.entries(), framing));
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
    assertEquals(entries, QuoteLexicons.classedByFraming(entries, List.of()));
  }

  @Test
  void readsTheGivenNamesOfTheLastFolderThatHasThem() {
    QuoteLexicons.Loaded loaded = QuoteLexicons.load(List.of("data/lexicons"), CONF);
    assertEquals("data/lexicons/quotes/given-names.tsv", loaded.givenNamesFile());
    assertTrue(loaded.givenNames().size() > 100, "given names read: " + loaded.givenNames().size());
    assertTrue(
        loaded.files().stream().anyMatch(f -> f.path().endsWith("quotes/given-names.tsv")),
        "the given-names file is listed for the manifest");
  }

  @Test
  void analysersBuiltFromTheBroadcastInputsResolvePronounsByGivenNames() {
    QuoteLexicons.Loaded loaded = QuoteLexicons.load(List.of("data/lexicons"), CONF);
    QuoteLexicons.Inputs inputs =
        new QuoteLexicons.Inputs(loaded.entries(), loaded.givenNames(), loaded.givenNamesFile());
    var analyser = inputs.analyser(new parallax.nlp.Lemmatizer(), parallax.nlp.EntityList.empty());
    var text =
        new parallax.nlp.NlpPipeline()
            .annotate("Mary Wilson met John Brown on Monday. \"We agreed on nothing,\" she said.");
    var quotes = analyser.analyze(text);
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("Mary Wilson", quotes.get(0).speaker());
  }
}
