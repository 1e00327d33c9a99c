package parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconLoaderTest {

  static List<LexiconEntry> read(String tsv) {
    try {
      return LexiconLoader.read(new BufferedReader(new StringReader(tsv)), "test.tsv");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void readsColumnsInAnyOrderSkippingCommentsAndBlankLines() {
    List<LexiconEntry> entries =
        read(
            "# a comment\n\nforms\tmatch\tcategory\tcanonical\tpos\treferent\tvariant_group\n"
                + "Kiev|Kiew\texact\tplace_name/russian\tKiev\t\tKyiv\trussian\n"
                + "\tlemma\tattribution_verb/loaded\tinsist\tverb\t\t\n");
    assertEquals(2, entries.size());
    LexiconEntry kiev = entries.get(0);
    assertEquals(List.of("Kiev", "Kiew"), kiev.forms());
    assertEquals("Kyiv", kiev.referent());
    assertEquals("russian", kiev.variantGroup());
    assertEquals("place_name", kiev.family());
    assertEquals("test.tsv:4", kiev.location());
    LexiconEntry insist = entries.get(1);
    assertEquals(List.of("insist"), insist.forms(), "empty forms mean the canonical term");
    assertEquals(MatchMode.LEMMA, insist.match());
    assertEquals(Set.of("VERB"), insist.pos());
    assertNull(insist.referent());
  }

  @Test
  void rejectsUnknownMatchModeNamingFileAndLine() {
    LexiconException e =
        assertThrows(
            LexiconException.class,
            () -> read("category\tcanonical\tforms\tmatch\nloaded\tregime\t\tlema\n"));
    assertEquals("test.tsv:2: match must be 'exact' or 'lemma', was 'lema'", e.getMessage());
  }

  @Test
  void rejectsLineWithWrongNumberOfFields() {
    LexiconException e =
        assertThrows(
            LexiconException.class,
            () -> read("category\tcanonical\tforms\tmatch\n\nloaded\tregime exact\n"));
    assertEquals(
        "test.tsv:3: expected 4 tab-separated fields as in the header, found 2", e.getMessage());
  }

  @Test
  void rejectsHeaderWithoutRequiredColumn() {
    LexiconException e =
        assertThrows(LexiconException.class, () -> read("category\tcanonical\tforms\n"));
    assertTrue(
        e.getMessage().startsWith("test.tsv:1: header lacks column 'match'"), e.getMessage());
  }

  @Test
  void rejectsUnknownColumn() {
    LexiconException e =
        assertThrows(
            LexiconException.class, () -> read("category\tcanonical\tforms\tmatch\tweight\n"));
    assertTrue(e.getMessage().startsWith("test.tsv:1: unknown column 'weight'"), e.getMessage());
  }

  @Test
  void rejectsBadCategoryAndEmptyCanonical() {
    assertEquals(
        "test.tsv:2: category must be words joined by '/', was 'loaded language'",
        assertThrows(
                LexiconException.class,
                () -> read("category\tcanonical\tforms\tmatch\nloaded language\tx\t\texact\n"))
            .getMessage());
    assertEquals(
        "test.tsv:2: canonical term is empty",
        assertThrows(
                LexiconException.class,
                () -> read("category\tcanonical\tforms\tmatch\nloaded\t\tx\texact\n"))
            .getMessage());
  }

  @Test
  void rejectsFormThatHoldsNoWord() {
    LexiconException e =
        assertThrows(
            LexiconException.class,
            () -> read("category\tcanonical\tforms\tmatch\nloaded\tdash\t--\texact\n"));
    assertTrue(e.getMessage().startsWith("test.tsv:2: "), e.getMessage());
  }

  @Test
  void rejectsTwoEntriesOfOneFamilyClaimingOneFormNamingBoth() {
    List<LexiconEntry> entries =
        read(
            "category\tcanonical\tforms\tmatch\n"
                + "loaded/a\tregime\tregime|Regime\texact\n"
                + "loaded/b\tjunta\tjunta|regime\texact\n");
    LexiconException e = assertThrows(LexiconException.class, () -> Lexicon.of(entries));
    assertEquals(
        "test.tsv:3: form 'regime' of 'junta' is already a form of 'regime' (test.tsv:2) in"
            + " family loaded",
        e.getMessage());
  }

  @Test
  void allowsOneFormInDifferentFamilies() {
    Lexicon lexicon =
        Lexicon.of(
            read(
                "category\tcanonical\tforms\tmatch\n"
                    + "loaded\tregime\t\texact\n"
                    + "conflict\tregime\t\texact\n"));
    assertEquals(List.of("loaded", "conflict"), lexicon.families());
  }

  @Test
  void mergesEveryTsvFileOfEachDirectoryInNameOrder(@TempDir Path dir) throws IOException {
    Path first = Files.createDirectory(dir.resolve("base"));
    Path second = Files.createDirectory(dir.resolve("extra"));
    Files.writeString(
        first.resolve("b.tsv"), "category\tcanonical\tforms\tmatch\nx\tbeta\t\texact\n");
    Files.writeString(
        first.resolve("a.tsv"), "category\tcanonical\tforms\tmatch\nx\talpha\t\texact\n");
    Files.writeString(first.resolve("notes.txt"), "not a lexicon", StandardCharsets.UTF_8);
    Files.writeString(
        second.resolve("c.tsv"), "canonical\tcategory\tmatch\tforms\ngamma\ty\texact\t\n");
    List<LexiconEntry> entries = LexiconLoader.load(List.of(first, second));
    assertEquals(
        List.of("alpha", "beta", "gamma"), entries.stream().map(LexiconEntry::canonical).toList());
    assertTrue(entries.get(2).location().endsWith("c.tsv:2"), entries.get(2).location());
  }

  @Test
  void leavesOtherAnalysesFilesInASharedFolderToTheirReaders(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("a.tsv"), "category\tcanonical\tforms\tmatch\nx\talpha\t\texact\n");
    Files.writeString(dir.resolve("speech_verbs.tsv"), "# verbs\nlemma\tclass\nsay\tneutral\n");
    assertEquals(
        List.of("alpha"),
        LexiconLoader.load(List.of(dir)).stream().map(LexiconEntry::canonical).toList());
  }

  @Test
  void aFramingHeaderWithAMisspelledColumnIsAnErrorNotAnotherAnalysesFile() {
    LexiconException e =
        assertThrows(
            LexiconException.class,
            () -> read("category\tcanonicl\tforms\tmatch\nx\ty\t\texact\n"));
    assertTrue(e.getMessage().startsWith("test.tsv:1: unknown column 'canonicl'"), e.getMessage());
    LexiconException other =
        assertThrows(LexiconException.class, () -> read("lemma\tclass\nsay\tneutral\n"));
    assertEquals(
        "test.tsv: not a framing lexicon: the header names no category column", other.getMessage());
  }

  @Test
  void namesTheFileOfAMalformedLine(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("mine.tsv"), "category\tcanonical\tforms\tmatch\nx\ty\t\tsometimes\n");
    LexiconException e =
        assertThrows(LexiconException.class, () -> LexiconLoader.load(List.of(dir)));
    assertEquals(
        dir.resolve("mine.tsv") + ":2: match must be 'exact' or 'lemma', was 'sometimes'",
        e.getMessage());
  }

  @Test
  void rejectsMissingOrEmptyDirectory(@TempDir Path dir) {
    assertEquals(
        "lexicon directory " + dir.resolve("nope") + " does not exist",
        assertThrows(LexiconException.class, () -> LexiconLoader.load(List.of(dir.resolve("nope"))))
            .getMessage());
    assertEquals(
        "lexicon directory "
            + dir
            + " holds no framing lexicon (*.tsv with a category and canonical header)",
        assertThrows(LexiconException.class, () -> LexiconLoader.load(List.of(dir))).getMessage());
  }
}
