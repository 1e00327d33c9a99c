package parallax.framing;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import parallax.nlp.NlpPipeline;

/**
 * Scores the lexicon's loaded-language detector against sentences labelled by people.
 *
 * <p>The detector is the lexicon hits of the chosen categories (a category names itself and every
 * subcategory: {@code loaded_language} covers {@code loaded_language/violence}).
 *
 * <ul>
 *   <li>Word level: per sentence, the set of distinct lower-cased words inside detector hits
 *       against the set of words the annotators marked; true positives, false positives and false
 *       negatives are summed over all sentences (micro-average).
 *   <li>Sentence level: a sentence is predicted biased when it has at least {@code minHits}
 *       detector hits; F1 for each class and their mean (macro-F1).
 * </ul>
 *
 * <p>Not thread-safe (it owns an NLP pipeline and a lemmatizer through its analyser).
 */
public final class LoadedLanguageEvaluator {

  /** The scores of one evaluation. */
  public record Result(
      int sentences, Scores words, Scores biasedSentences, Scores unbiasedSentences) {

    /** Mean of the two classes' F1. */
    public double sentenceMacroF1() {
      return (biasedSentences.f1() + unbiasedSentences.f1()) / 2;
    }
  }

  private final NlpPipeline pipeline;
  private final FramingAnalyser analyser;
  private final List<String> categories;
  private final int minHits;

  public LoadedLanguageEvaluator(
      NlpPipeline pipeline, FramingAnalyser analyser, List<String> categories, int minHits) {
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("at least one category is needed");
    }
    if (minHits < 1) {
      throw new IllegalArgumentException("minHits must be >= 1, was " + minHits);
    }
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.analyser = Objects.requireNonNull(analyser, "analyser");
    this.categories = List.copyOf(categories);
    this.minHits = minHits;
  }

  public Result evaluate(List<LabelledSentence> sentences) {
    long wordTp = 0;
    long wordFp = 0;
    long wordFn = 0;
    long[] biased = new long[3];
    long[] unbiased = new long[3];
    for (LabelledSentence sentence : sentences) {
      Set<String> predicted = new HashSet<>();
      int hits = 0;
      for (FramingHit hit : analyser.hits(pipeline.annotate(sentence.text()))) {
        if (counts(hit.category())) {
          hits++;
          for (String word : hit.textIn(sentence.text()).split("\\s+")) {
            addWord(predicted, word);
          }
        }
      }
      Set<String> gold = new HashSet<>();
      for (String words : sentence.biasedWords()) {
        for (String word : words.split("\\s+")) {
          addWord(gold, word);
        }
      }
      for (String word : predicted) {
        if (gold.contains(word)) {
          wordTp++;
        } else {
          wordFp++;
        }
      }
      for (String word : gold) {
        if (!predicted.contains(word)) {
          wordFn++;
        }
      }
      boolean predictedBiased = hits >= minHits;
      tally(biased, predictedBiased, sentence.biased());
      tally(unbiased, !predictedBiased, !sentence.biased());
    }
    return new Result(
        sentences.size(),
        new Scores(wordTp, wordFp, wordFn),
        new Scores(biased[0], biased[1], biased[2]),
        new Scores(unbiased[0], unbiased[1], unbiased[2]));
  }

  private boolean counts(String category) {
    for (String wanted : categories) {
      if (category.equals(wanted) || category.startsWith(wanted + "/")) {
        return true;
      }
    }
    return false;
  }

  /** Lower-cased, curly apostrophes straightened, edge punctuation removed. */
  private static void addWord(Set<String> words, String raw) {
    String word = raw.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    int from = 0;
    int to = word.length();
    while (from < to && !Character.isLetterOrDigit(word.charAt(from))) {
      from++;
    }
    while (to > from && !Character.isLetterOrDigit(word.charAt(to - 1))) {
      to--;
    }
    if (to > from) {
      words.add(word.substring(from, to));
    }
  }

  /** counts[0] true positives, [1] false positives, [2] false negatives of one class. */
  private static void tally(long[] counts, boolean predicted, boolean actual) {
    if (predicted && actual) {
      counts[0]++;
    } else if (predicted) {
      counts[1]++;
    } else if (actual) {
      counts[2]++;
    }
  }
}
