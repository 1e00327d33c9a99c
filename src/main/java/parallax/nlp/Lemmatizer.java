package parallax.nlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.lemmatizer.LemmatizerME;

/**
 * Lemmas on demand, for the few tokens an analysis asks about (a candidate attribution verb, a
 * lexicon term marked lemma-aware), never for every token: OpenNLP's ME lemmatizer is about ten
 * times slower than tagging.
 *
 * <p>Each (lower-cased word, tag) pair is lemmatized once and remembered, so the cost per call
 * falls fast on real text, where a few words make up most tokens. Not thread-safe: one per
 * partition.
 */
public final class Lemmatizer {

  private static final int MAX_REMEMBERED = 50_000;

  private final LemmatizerME lemmatizer = new LemmatizerME(NlpModels.lemmas());
  private final Map<String, String> remembered = new HashMap<>();

  /**
   * The lower-cased lemma of {@code word} read as part of speech {@code tag} (a UD tag such as
   * {@code VERB}); the lower-cased word itself when the model offers no lemma.
   */
  public String lemma(String word, String tag) {
    String lower = word.toLowerCase(Locale.ROOT);
    String key = lower + '\u0000' + tag;
    String lemma = remembered.get(key);
    if (lemma == null) {
      lemma = lemmatize(lower, tag);
      if (remembered.size() >= MAX_REMEMBERED) {
        remembered.clear();
      }
      remembered.put(key, lemma);
    }
    return lemma;
  }

  private String lemmatize(String lower, String tag) {
    String[] lemmas = lemmatizer.lemmatize(new String[] {lower}, new String[] {tag});
    String lemma = lemmas.length == 1 ? lemmas[0] : null;
    return lemma == null || lemma.isEmpty() || "O".equals(lemma)
        ? lower
        : lemma.toLowerCase(Locale.ROOT);
  }
}
