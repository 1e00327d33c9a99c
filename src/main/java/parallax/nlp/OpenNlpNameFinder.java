package parallax.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import parallax.model.AnnotatedText;

/**
 * Names found by an OpenNLP name-finder model the user supplies ({@code --ner-model}): no English
 * model is published on Maven Central, so none is bundled. The model's types are mapped to
 * Parallax's: person; organization; location, place or gpe to place; anything else to other.
 *
 * <p>Models are read once per JVM and path and are thread-safe; this finder is not (OpenNLP's
 * {@link NameFinderME} keeps adaptive state): one per partition.
 */
public final class OpenNlpNameFinder {

  // A cache, not state: the same immutable model for a path for the JVM's lifetime.
  private static final ConcurrentMap<Path, TokenNameFinderModel> LOADED = new ConcurrentHashMap<>();

  /** A name the model found: tokens {@code [firstToken, endToken)} of the text. */
  public record Name(int firstToken, int endToken, String type) {}

  private final NameFinderME finder;

  public OpenNlpNameFinder(TokenNameFinderModel model) {
    this.finder = new NameFinderME(model);
  }

  /** The model at {@code file}, read once per JVM. */
  public static TokenNameFinderModel load(Path file) {
    return LOADED.computeIfAbsent(
        file.toAbsolutePath().normalize(),
        path -> {
          try {
            return new TokenNameFinderModel(path);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read name-finder model " + path, e);
          }
        });
  }

  /** Names among tokens {@code [from, to)} (one sentence). */
  public List<Name> find(AnnotatedText text, int from, int to) {
    String[] tokens = new String[to - from];
    for (int t = from; t < to; t++) {
      tokens[t - from] = text.token(t);
    }
    List<Name> names = new ArrayList<>();
    for (Span span : finder.find(tokens)) {
      names.add(new Name(from + span.getStart(), from + span.getEnd(), type(span.getType())));
    }
    return names;
  }

  /** Forgets what it learnt from the previous document; call between articles. */
  public void clearAdaptiveData() {
    finder.clearAdaptiveData();
  }

  static String type(String modelType) {
    String type = modelType == null ? "" : modelType.toLowerCase(Locale.ROOT);
    return switch (type) {
      case "person", "per" -> EntityMention.PERSON;
      case "organization", "organisation", "org" -> EntityMention.ORGANIZATION;
      case "location", "loc", "place", "gpe" -> EntityMention.PLACE;
      default -> EntityMention.OTHER;
    };
  }
}
