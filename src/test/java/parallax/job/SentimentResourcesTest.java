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
import parallax.sentiment.SentimentMode;

class SentimentResourcesTest {

  private static final Configuration CONF = new Configuration();
  private static final List<String> LEXICONS = List.of("data/lexicons");

  @Test
  void readsTheRulesNameWordsAndDefaultEntityListWithChecksums() {
    SentimentResources.Loaded loaded =
        SentimentResources.load(LEXICONS, SentimentSettings.defaults(), CONF);
    assertEquals("lexicon", loaded.method());
    assertEquals(
        List.of("modifiers", "name_words", "entities"),
        loaded.files().stream().map(SentimentResources.ResourceFile::role).toList());
    assertEquals("data/entities.tsv", loaded.files().get(2).path());
    assertEquals(64, loaded.files().get(2).sha256().length());
    assertTrue(loaded.warnings().isEmpty(), loaded.warnings().toString());
    assertTrue(loaded.inputs().entities().contains("Dmitry Peskov"));
  }

  @Test
  void warnsAndRunsWithoutEntityListWhenTheDefaultIsAbsent(@TempDir Path dir) {
    SentimentSettings settings =
        new SentimentSettings(
            dir.resolve("entities.tsv").toString(), false, null, null, SentimentMode.LEXICON);
    SentimentResources.Loaded loaded = SentimentResources.load(LEXICONS, settings, CONF);
    assertEquals(1, loaded.warnings().size());
    assertTrue(loaded.warnings().get(0).contains("entities.tsv does not exist"));
    assertEquals(null, loaded.inputs().entities());
  }

  @Test
  void stopsNamingAGivenEntityListThatIsMissing(@TempDir Path dir) {
    String missing = dir.resolve("people.tsv").toString();
    JobFailure failure =
        assertThrows(
            JobFailure.class,
            () ->
                SentimentResources.load(
                    LEXICONS, SentimentSettings.of(missing, null, null, null), CONF));
    assertEquals("entity list does not exist: " + missing, failure.getMessage());
  }

  @Test
  void stopsNamingAFileThatIsNoSentimentModel(@TempDir Path dir) throws IOException {
    Path model = Files.writeString(dir.resolve("tone.bin"), "not a model");
    JobFailure failure =
        assertThrows(
            JobFailure.class,
            () ->
                SentimentResources.load(
                    LEXICONS, SentimentSettings.of(null, null, model.toString(), null), CONF));
    assertTrue(
        failure.getMessage().startsWith("malformed sentiment input: " + model + " is not a"),
        failure.getMessage());
  }

  @Test
  void keysTheCompiledPartsByContentSoEqualFilesShareThem() {
    SentimentInputs a =
        SentimentResources.load(LEXICONS, SentimentSettings.defaults(), CONF).inputs();
    SentimentInputs b =
        SentimentResources.load(LEXICONS, SentimentSettings.defaults(), CONF).inputs();
    assertEquals(a.key(), b.key());
    assertTrue(a.compiled() == b.compiled(), "compiled once per JVM");
    assertFalse(a.analyser() == b.analyser(), "one analyser per partition");
  }
}
