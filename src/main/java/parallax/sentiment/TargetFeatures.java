package parallax.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import parallax.model.AnnotatedText;

/**
 * The features the sentiment model sees for one target in its sentence: what carries sentiment in
 * news and where it stands relative to the target.
 *
 * <ul>
 *   <li>words and word pairs of the sentence, lower-cased, marked {@code NOT_} inside a negation's
 *       scope (the target's own words left out: a name is not an opinion);
 *   <li>lexicon hits as polarity buckets by side of the target and distance (near, mid, far), and
 *       buckets of the sentence score and the distance-weighted target score;
 *   <li>the target's neighbourhood: the words right before and after it, the verbs nearest it on
 *       each side, whether it opens the sentence (likely the subject), is a pronoun or a
 *       possessive;
 *   <li>quotation: whether the target or lexicon hits sit inside quoted speech.
 * </ul>
 *
 * <p>A whole-sentence target gets the sentence features only. The feature set is versioned ({@link
 * #VERSION}) and stored in every trained model, so a model is never used with features it was not
 * trained on. Immutable and thread-safe.
 */
public final class TargetFeatures {

  /** Changes whenever features change; models record it and refuse a mismatch. */
  public static final String VERSION = "target-features-1";

  /** {@link #VERSION} of the variant without lexicon features, for models of words alone. */
  public static final String VERSION_WITHOUT_LEXICON = VERSION + "-no-lexicon";

  static final int NEAR = 3;
  static final int MID = 8;
  static final int WINDOW = 4;

  private final SentenceScorer scorer;
  private final boolean lexicon;

  /**
   * @param scorer the lexicon scorer, also used for negation scopes
   * @param lexicon whether to add lexicon features (a model "combined" with the lexicon) or not (a
   *     model of words and positions alone)
   */
  public TargetFeatures(SentenceScorer scorer, boolean lexicon) {
    this.scorer = scorer;
    this.lexicon = lexicon;
  }

  /** The version string a model trained on these features records. */
  public String version() {
    return lexicon ? VERSION : VERSION_WITHOUT_LEXICON;
  }

  /**
   * The features of {@code target}, counting only tokens {@code included} accepts (token indices of
   * {@code text}); {@code quoted} says which tokens are quoted speech.
   */
  public String[] extract(
      AnnotatedText text, TargetSpan target, IntPredicate included, IntPredicate quoted) {
    return extract(text, target, scorer.analyseSentence(text, target.sentence()), included, quoted);
  }

  /** The same with the valences of the target's sentence at hand. */
  public String[] extract(
      AnnotatedText text,
      TargetSpan target,
      TokenValences valences,
      IntPredicate included,
      IntPredicate quoted) {
    int from = text.sentenceFirstToken(target.sentence());
    int to = text.sentenceEndToken(target.sentence());
    List<String> features = new ArrayList<>(4 * (to - from) + 16);
    addWords(text, target, from, to, valences, included, features);
    if (lexicon) {
      addLexicon(target, from, valences, included, quoted, features);
    }
    if (target.isWholeSentence()) {
      features.add("notarget");
    } else {
      addNeighbourhood(text, target, from, to, features);
      addClause(text, target, from, to, lexicon ? valences : null, features);
      if (quoted.test(target.firstToken())) {
        features.add("tquoted");
      }
    }
    return features.toArray(new String[0]);
  }

  /** The features of a whole text: every sentence's, for labels given on whole texts. */
  public String[] extractWhole(AnnotatedText text) {
    List<String> all = new ArrayList<>();
    IntPredicate none = t -> false;
    for (int s = 0; s < text.sentenceCount(); s++) {
      for (String feature : extract(text, TargetSpan.wholeSentence(s), t -> true, none)) {
        all.add(feature);
      }
    }
    return all.toArray(new String[0]);
  }

  private static void addWords(
      AnnotatedText text,
      TargetSpan target,
      int from,
      int to,
      TokenValences valences,
      IntPredicate included,
      List<String> features) {
    String previous = "<s>";
    for (int t = from; t < to; t++) {
      if (!included.test(t)) {
        continue;
      }
      String word;
      if (target.contains(t)) {
        word = "<T>";
        if (t + 1 < target.endToken()) {
          continue;
        }
      } else {
        String token = text.token(t);
        if (!AnnotatedText.isWord(token)) {
          continue;
        }
        word = SentenceScorer.normalize(token);
        if (valences.negated(t - from)) {
          word = "NOT_" + word;
        }
        features.add("w=" + word);
      }
      features.add("b=" + previous + "_" + word);
      previous = word;
    }
  }

  private static void addLexicon(
      TargetSpan target,
      int from,
      TokenValences valences,
      IntPredicate included,
      IntPredicate quoted,
      List<String> features) {
    double sentence = 0;
    for (int i = 0; i < valences.length(); i++) {
      int t = from + i;
      float valence = valences.valence(i);
      if (valence == 0 || !included.test(t)) {
        continue;
      }
      sentence += valence;
      String bucket = valenceBucket(valence);
      features.add("lex=" + bucket);
      if (!target.isWholeSentence() && !target.contains(t)) {
        String side = t < target.firstToken() ? "L" : "R";
        int distance = target.distance(t);
        String range = distance <= NEAR ? "near" : distance <= MID ? "mid" : "far";
        features.add("lex=" + bucket + ":" + side + ":" + range);
      }
      if (quoted.test(t)) {
        features.add("lexq=" + bucket);
      }
    }
    features.add("sent=" + scoreBucket(SentenceScorer.normalize(sentence)));
    if (!target.isWholeSentence()) {
      double toward = TargetLexiconScorer.score(target, from, valences, included);
      features.add("tgt=" + scoreBucket(toward));
    }
  }

  private static void addNeighbourhood(
      AnnotatedText text, TargetSpan target, int from, int to, List<String> features) {
    int first = target.firstToken();
    int last = target.endToken() - 1;
    features.add("L1=" + wordAt(text, first - 1, from, to));
    features.add("L2=" + wordAt(text, first - 2, from, to));
    features.add("R1=" + wordAt(text, last + 1, from, to));
    features.add("R2=" + wordAt(text, last + 2, from, to));
    for (int t = Math.max(from, first - WINDOW); t < first; t++) {
      features.add("lw=" + SentenceScorer.normalize(text.token(t)));
    }
    for (int t = last + 1; t < Math.min(to, last + 1 + WINDOW); t++) {
      features.add("rw=" + SentenceScorer.normalize(text.token(t)));
    }
    for (int t = Math.max(from, first - WINDOW); t < first; t++) {
      if (text.tag(t).startsWith("VERB")) {
        features.add("lverb=" + SentenceScorer.normalize(text.token(t)));
      }
    }
    for (int t = last + 1; t < Math.min(to, last + 1 + WINDOW); t++) {
      if (text.tag(t).startsWith("VERB")) {
        features.add("rverb=" + SentenceScorer.normalize(text.token(t)));
        break;
      }
    }
    if (first == from || !hasVerb(text, from, first)) {
      features.add("tsubject");
    }
    if (text.tag(first).startsWith("PRON")) {
      features.add("tpronoun");
    }
    String lastToken = SentenceScorer.normalize(text.token(last));
    if (lastToken.endsWith("'s") || wordAt(text, last + 1, from, to).equals("'s")) {
      features.add("tpossessive");
    }
  }

  /**
   * Words and lexicon hits of the target's clause, the stretch between clause breaks; {@code
   * valences} null leaves lexicon hits out.
   */
  private static void addClause(
      AnnotatedText text,
      TargetSpan target,
      int from,
      int to,
      TokenValences valences,
      List<String> features) {
    int start = target.firstToken();
    while (start > from && !isClauseBreak(text.token(start - 1))) {
      start--;
    }
    int end = target.endToken();
    while (end < to && !isClauseBreak(text.token(end))) {
      end++;
    }
    for (int t = start; t < end; t++) {
      if (target.contains(t) || !AnnotatedText.isWord(text.token(t))) {
        continue;
      }
      features.add("cw=" + SentenceScorer.normalize(text.token(t)));
      float valence = valences == null ? 0 : valences.valence(t - from);
      if (valence != 0) {
        features.add("lexc=" + valenceBucket(valence));
      }
    }
  }

  private static boolean isClauseBreak(String token) {
    return switch (SentenceScorer.normalize(token)) {
      case ",",
          ";",
          ":",
          "—",
          "–",
          "(",
          ")",
          "but",
          "while",
          "whereas",
          "although",
          "who",
          "which" ->
          true;
      default -> false;
    };
  }

  private static boolean hasVerb(AnnotatedText text, int from, int to) {
    for (int t = from; t < to; t++) {
      if (text.tag(t).startsWith("VERB")) {
        return true;
      }
    }
    return false;
  }

  private static String wordAt(AnnotatedText text, int t, int from, int to) {
    if (t < from) {
      return "<s>";
    }
    if (t >= to) {
      return "</s>";
    }
    return SentenceScorer.normalize(text.token(t));
  }

  static String valenceBucket(float valence) {
    if (valence <= -2f) {
      return "neg2";
    }
    if (valence < 0f) {
      return "neg1";
    }
    return valence >= 2f ? "pos2" : "pos1";
  }

  static String scoreBucket(double score) {
    if (score < -0.6) {
      return "-3";
    }
    if (score < -0.2) {
      return "-2";
    }
    if (score < -0.05) {
      return "-1";
    }
    if (score <= 0.05) {
      return "0";
    }
    if (score <= 0.2) {
      return "1";
    }
    return score <= 0.6 ? "2" : "3";
  }
}
