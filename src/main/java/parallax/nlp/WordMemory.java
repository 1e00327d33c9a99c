package parallax.nlp;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * What was computed for each word, shared by every thread of the JVM and bounded: past {@code
 * maxWords} it starts over. News repeats its words, so the common ones are back within a few
 * articles. For values that depend on the word alone (the models behind them are loaded once per
 * JVM).
 */
final class WordMemory<V> {

  private final int maxWords;
  private final ConcurrentMap<String, V> values = new ConcurrentHashMap<>();

  WordMemory(int maxWords) {
    this.maxWords = maxWords;
  }

  /** The value remembered for {@code word}, computing and remembering it the first time. */
  V get(String word, Function<String, V> compute) {
    V known = values.get(word);
    if (known != null) {
      return known;
    }
    V value = compute.apply(word);
    if (values.size() >= maxWords) {
      values.clear();
    }
    values.put(word, value);
    return value;
  }
}
