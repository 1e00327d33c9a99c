package parallax.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Word valences from the VADER lexicon (Hutto and Gilbert, 2014): about 7,500 words, emoticons and
 * slang rated from -4 (most negative) to +4 (most positive) by human raters.
 *
 * <p>The lexicon is the resource {@code vader_sentiment_lexicon.txt} of the Maven artifact {@code
 * com.github.apanimesh061:vader-sentiment-analyzer}; only that file is read, never the artifact's
 * code. It is parsed once per JVM ({@link #vader()}). Immutable and thread-safe.
 */
public final class SentimentLexicon {

  static final String VADER_RESOURCE = "vader_sentiment_lexicon.txt";

  private static final class Vader {
    // Holder idiom: the lexicon is read on first use and then shared by every thread of the JVM.
    static final SentimentLexicon INSTANCE = readResource(VADER_RESOURCE);
  }

  private final Map<String, Float> valences;

  SentimentLexicon(Map<String, Float> valences) {
    this.valences = Map.copyOf(valences);
  }

  /** The VADER lexicon, read from the classpath once per JVM. */
  public static SentimentLexicon vader() {
    return Vader.INSTANCE;
  }

  /**
   * The valence of a lower-case word, or 0 when the lexicon does not rate it.
   *
   * @param lowerCaseWord the word in lower case, with straight apostrophes
   */
  public float valence(String lowerCaseWord) {
    Float valence = valences.get(lowerCaseWord);
    return valence == null ? 0f : valence;
  }

  /** True when the lexicon rates the lower-case word. */
  public boolean contains(String lowerCaseWord) {
    return valences.containsKey(lowerCaseWord);
  }

  /** The number of rated entries. */
  public int size() {
    return valences.size();
  }

  static SentimentLexicon readResource(String resource) {
    try (InputStream in = SentimentLexicon.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "sentiment lexicon "
                + resource
                + " is not on the classpath; the vader-sentiment-analyzer jar must be packaged"
                + " with the job");
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sentiment lexicon " + resource, e);
    }
  }

  /** Reads VADER's format: {@code word TAB mean TAB standard-deviation TAB ratings}. */
  static SentimentLexicon read(BufferedReader reader, String where) throws IOException {
    Map<String, Float> valences = new HashMap<>(16_384);
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length < 2) {
        throw new IllegalArgumentException(
            where + " line " + number + ": expected word TAB valence, was: " + line);
      }
      try {
        valences.put(fields[0].strip(), Float.parseFloat(fields[1].strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            where + " line " + number + ": valence is not a number: " + fields[1], e);
      }
    }
    return new SentimentLexicon(valences);
  }
}
