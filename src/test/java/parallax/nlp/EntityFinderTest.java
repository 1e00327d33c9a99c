package parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parallax.model.AnnotatedText;

class EntityFinderTest {

  private static final NlpPipeline PIPELINE = new NlpPipeline();
  private static final NameWords WORDS = NameWords.load(Path.of("data/lexicons"));

  private static EntityList list(String tsv) throws IOException {
    return EntityList.read(new BufferedReader(new StringReader(tsv)), "test list");
  }

  private static List<EntityMention> find(EntityFinder finder, String body) {
    return finder.find(PIPELINE.annotate(body));
  }

  private static List<String> names(List<EntityMention> mentions) {
    return mentions.stream().map(EntityMention::name).toList();
  }

  @Test
  void cutsTitlesAndPossessivesFromProperNounRuns() {
    EntityFinder finder = new EntityFinder(EntityList.empty(), WORDS, null);
    List<EntityMention> mentions =
        find(finder, "Kremlin spokesman Dmitry Peskov rejected President Joe Biden's remarks.");
    assertEquals(List.of("Kremlin", "Dmitry Peskov", "Joe Biden"), names(mentions));
    assertEquals(EntityMention.PERSON, mentions.get(1).type());
    assertEquals(EntityMention.PERSON, mentions.get(2).type());
    assertEquals("propn", mentions.get(1).origin());
    EntityMention biden = mentions.get(2);
    assertEquals(
        "Joe Biden",
        "Kremlin spokesman Dmitry Peskov rejected President Joe Biden's remarks."
            .substring(biden.start(), biden.end()));
  }

  @Test
  void dropsDatesFromRuns() {
    EntityFinder finder = new EntityFinder(EntityList.empty(), WORDS, null);
    assertEquals(
        List.of("Sochi"), names(find(finder, "He spoke in Sochi on Thursday in October.")));
  }

  @Test
  void listedAliasesGiveTheCanonicalEntity() throws IOException {
    EntityList list =
        list(
            "Vladimir Putin\tPutin|Mr. Putin|the Russian president\tperson\nKremlin\t\torganization\n");
    EntityFinder finder = new EntityFinder(list, WORDS, null);
    List<EntityMention> mentions =
        find(
            finder,
            "The Russian president spoke. Mr. Putin's aide and Russian President Vladimir Putin"
                + " met at the Kremlin.");
    assertEquals(
        List.of("The Russian president", "Mr. Putin", "Vladimir Putin", "Kremlin"),
        names(mentions));
    assertEquals("Vladimir Putin", mentions.get(0).entity());
    assertEquals("Vladimir Putin", mentions.get(1).entity());
    assertEquals("Vladimir Putin", mentions.get(2).entity());
    assertTrue(mentions.get(0).listed());
    assertEquals(EntityMention.ORGANIZATION, mentions.get(3).type());
  }

  @Test
  void aCapitalisedAliasDoesNotMatchALowerCaseWord() throws IOException {
    EntityFinder finder = new EntityFinder(list("Donald Trump\tTrump\tperson\n"), WORDS, null);
    List<EntityMention> mentions = find(finder, "In this game, aces trump kings.");
    assertTrue(
        mentions.stream().noneMatch(m -> m.entity().equals("Donald Trump")), mentions.toString());
  }

  @Test
  void usesANameFinderModelTheUserSupplies(@TempDir Path dir) throws IOException {
    Path modelFile = dir.resolve("ner.bin");
    try (OutputStream out = Files.newOutputStream(modelFile)) {
      tinyNameFinderModel().serialize(out);
    }
    EntityFinder finder =
        new EntityFinder(
            EntityList.empty(), WORDS, new OpenNlpNameFinder(OpenNlpNameFinder.load(modelFile)));

    AnnotatedText text = PIPELINE.annotate("yesterday , zorbak said that talks would resume .");
    List<EntityMention> mentions = finder.find(text);

    EntityMention zorbak =
        mentions.stream().filter(m -> m.name().equals("zorbak")).findFirst().orElseThrow();
    assertEquals("model", zorbak.origin());
    assertEquals(EntityMention.PERSON, zorbak.type());
  }

  /** A name finder that learnt one lower-case person name, which no proper-noun rule can see. */
  private static TokenNameFinderModel tinyNameFinderModel() throws IOException {
    StringBuilder training = new StringBuilder();
    String[] frames = {
      "yesterday , <START:person> zorbak <END> said that talks would resume .",
      "on monday <START:person> zorbak <END> met the committee .",
      "the committee said <START:person> zorbak <END> would resign .",
      "critics said that the talks failed ."
    };
    for (int i = 0; i < 20; i++) {
      for (String frame : frames) {
        training.append(frame).append('\n');
      }
    }
    ObjectStream<NameSample> samples =
        new NameSampleDataStream(
            new PlainTextByLineStream(
                () ->
                    new java.io.ByteArrayInputStream(
                        training.toString().getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8));
    TrainingParameters parameters = TrainingParameters.defaultParams();
    parameters.put(TrainingParameters.ITERATIONS_PARAM, 50);
    parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
    return NameFinderME.train("en", null, samples, parameters, new TokenNameFinderFactory());
  }
}
