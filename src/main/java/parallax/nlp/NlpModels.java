package parallax.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English models (Universal Dependencies EWT, from the {@code opennlp-models-*-en}
 * Maven artifacts), read from the classpath once per JVM and shared.
 *
 * <p>Models are immutable and thread-safe; the {@code *ME} objects built from them are not, so each
 * thread or Spark partition builds its own (see {@link NlpPipeline}).
 */
public final class NlpModels {

  static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

  // A cache, not state: the same immutable model for a name for the JVM's lifetime.
  private static final ConcurrentMap<String, Object> LOADED = new ConcurrentHashMap<>();

  private NlpModels() {}

  public static SentenceModel sentences() {
    return (SentenceModel) LOADED.computeIfAbsent(SENTENCE, name -> load(name, SentenceModel::new));
  }

  public static TokenizerModel tokens() {
    return (TokenizerModel) LOADED.computeIfAbsent(TOKENS, name -> load(name, TokenizerModel::new));
  }

  public static POSModel partsOfSpeech() {
    return (POSModel) LOADED.computeIfAbsent(POS, name -> load(name, POSModel::new));
  }

  public static LemmatizerModel lemmas() {
    return (LemmatizerModel)
        LOADED.computeIfAbsent(LEMMAS, name -> load(name, LemmatizerModel::new));
  }

  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, ModelReader<T> reader) {
    try (InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "OpenNLP model "
                + resource
                + " is not on the classpath; the opennlp-models-*-en jars must be packaged with"
                + " the job");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
    }
  }
}
