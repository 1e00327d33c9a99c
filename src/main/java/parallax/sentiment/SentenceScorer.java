package parallax.sentiment;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import parallax.model.AnnotatedText;
import parallax.sentiment.SentimentModifiers.Kind;
import parallax.sentiment.SentimentModifiers.Rule;

/**
 * Scores a run of tokens with word valences and VADER's rules, over OpenNLP tokens and
 * part-of-speech tags rather than whitespace-split words.
 *
 * <p>Rules, in order: fixed phrases replace their words' valences ("at least" has none); proper
 * nouns ("Hope", "Justice Department") and words whose valence does not apply under their tag
 * ("like" as a preposition) have none; a word in capitals in a sentence that is not all capitals
 * gains emphasis; boosters up to three words before a rated word raise or lower its size; a negator
 * up to three words before it, in the same clause, flips and damps it (x -0.74); a contrast word
 * ("but", "however") halves what comes before it and weighs what follows by 1.5; exclamation marks
 * add emphasis to the whole sentence. The sum is squashed into [-1, 1] as VADER's compound score:
 * {@code sum / sqrt(sum^2 + 15)}.
 *
 * <p>Immutable and thread-safe; allocates four small arrays per scored run of tokens.
 */
public final class SentenceScorer {

  static final float BOOSTER_DECAY_2 = 0.95f;
  static final float BOOSTER_DECAY_3 = 0.9f;
  static final float CAPS_EMPHASIS = 0.733f;
  static final float NEGATION_SCALAR = -0.74f;
  static final float EXCLAMATION_EMPHASIS = 0.292f;
  static final int MAX_EXCLAMATIONS = 4;
  static final int LOOK_BACK = 3;
  static final double NORMALIZATION_ALPHA = 15.0;

  // Token roles found in the first pass; a rated word has role NONE and a non-zero valence.
  private static final byte NONE = 0;
  private static final byte NEGATOR = 1;
  private static final byte BOOSTER = 2;
  private static final byte CONTRAST = 3;
  private static final byte BREAK = 4;
  private static final byte PART = 5;

  private final SentimentLexicon lexicon;
  private final SentimentModifiers modifiers;

  public SentenceScorer(SentimentLexicon lexicon, SentimentModifiers modifiers) {
    this.lexicon = lexicon;
    this.modifiers = modifiers;
  }

  /** The VADER lexicon with the modifiers of {@code lexiconDirectory}. */
  public static SentenceScorer load(Path lexiconDirectory) {
    return new SentenceScorer(SentimentLexicon.vader(), SentimentModifiers.load(lexiconDirectory));
  }

  /** The compound score of sentence {@code sentence} of {@code text}, in [-1, 1]. */
  public double score(AnnotatedText text, int sentence) {
    return score(text, sentence, analyseSentence(text, sentence));
  }

  /** The same from the sentence's valences when they are at hand ({@link #analyseSentence}). */
  public double score(AnnotatedText text, int sentence, TokenValences valences) {
    double sum = valences.sum();
    int from = text.sentenceFirstToken(sentence);
    return normalize(sum + emphasis(text, from, text.sentenceEndToken(sentence), sum));
  }

  /** {@link #analyse} over the tokens of sentence {@code sentence}. */
  public TokenValences analyseSentence(AnnotatedText text, int sentence) {
    return analyse(text, text.sentenceFirstToken(sentence), text.sentenceEndToken(sentence));
  }

  /**
   * The valence every token of {@code [from, to)} contributes after all word-level rules, and which
   * tokens lie in a negation's scope. Index 0 stands for token {@code from}.
   */
  public TokenValences analyse(AnnotatedText text, int from, int to) {
    int n = to - from;
    byte[] roles = new byte[n];
    float[] values = new float[n];
    boolean shouting = mixedCase(text, from, to);
    for (int i = 0; i < n; i++) {
      if (roles[i] == PART) {
        continue;
      }
      String token = text.token(from + i);
      String word = normalize(token);
      Rule rule = matchRule(text, from + i, to, word);
      if (rule != null) {
        i = applyRule(rule, roles, values, i);
      } else if (word.endsWith("n't")) {
        roles[i] = NEGATOR;
      } else if (isBreak(token)) {
        roles[i] = BREAK;
      } else {
        values[i] = valence(token, word, text.tag(from + i), shouting);
      }
    }
    float[] valences = new float[n];
    boolean[] negated = new boolean[n];
    for (int i = 0; i < n; i++) {
      negated[i] = inNegationScope(roles, i);
      if (values[i] != 0 && roles[i] == NONE) {
        valences[i] = boost(values[i], roles, values, i) * (negated[i] ? NEGATION_SCALAR : 1f);
      }
    }
    weighContrast(roles, values, valences);
    return new TokenValences(valences, negated);
  }

  /** VADER's compound normalization of a valence sum into (-1, 1). */
  public static double normalize(double sum) {
    return sum / Math.sqrt(sum * sum + NORMALIZATION_ALPHA);
  }

  /** Extra valence from exclamation marks, in the direction of {@code sum}. */
  double emphasis(AnnotatedText text, int from, int to, double sum) {
    if (sum == 0) {
      return 0;
    }
    int exclamations = 0;
    for (int t = from; t < to && exclamations < MAX_EXCLAMATIONS; t++) {
      String token = text.token(t);
      for (int c = 0; c < token.length() && exclamations < MAX_EXCLAMATIONS; c++) {
        if (token.charAt(c) == '!') {
          exclamations++;
        }
      }
    }
    return Math.signum(sum) * exclamations * EXCLAMATION_EMPHASIS;
  }

  private Rule matchRule(AnnotatedText text, int token, int to, String word) {
    List<Rule> rules = modifiers.rulesStartingWith(word);
    for (Rule rule : rules) {
      List<String> words = rule.words();
      if (token + words.size() > to) {
        continue;
      }
      boolean matches = true;
      for (int k = 1; k < words.size() && matches; k++) {
        matches = words.get(k).equals(normalize(text.token(token + k)));
      }
      if (matches) {
        return rule;
      }
    }
    return null;
  }

  /** Marks the rule's tokens and returns the index of its last token. */
  private static int applyRule(Rule rule, byte[] roles, float[] values, int i) {
    int last = i + rule.words().size() - 1;
    for (int k = i + 1; k <= last; k++) {
      roles[k] = PART;
    }
    if (rule.kind() == Kind.PHRASE) {
      values[i] = rule.value();
      roles[i] = rule.value() == 0 ? PART : NONE;
    } else {
      roles[i] =
          switch (rule.kind()) {
            case NEGATOR -> NEGATOR;
            case BOOSTER -> BOOSTER;
            default -> CONTRAST;
          };
      values[i] = rule.value();
    }
    return last;
  }

  private float valence(String token, String word, String tag, boolean shouting) {
    if (tag.startsWith("PROPN") && !isAllCaps(token)) {
      return 0f;
    }
    float valence = lexicon.valence(word);
    if (valence == 0f || modifiers.isNeutralAs(word, tag)) {
      return 0f;
    }
    if (shouting && isAllCaps(token)) {
      valence += Math.signum(valence) * CAPS_EMPHASIS;
    }
    return valence;
  }

  /** Applies boosters in the few words before a rated word of the same clause. */
  private static float boost(float valence, byte[] roles, float[] values, int i) {
    float result = valence;
    int seen = 0;
    for (int j = i - 1; j >= 0 && seen < LOOK_BACK; j--) {
      byte role = roles[j];
      if (role == BREAK || role == CONTRAST) {
        break;
      }
      if (role == PART) {
        continue;
      }
      seen++;
      if (role == BOOSTER) {
        float scalar = values[j] * (seen == 1 ? 1f : seen == 2 ? BOOSTER_DECAY_2 : BOOSTER_DECAY_3);
        result += Math.signum(valence) * scalar;
      }
    }
    return result;
  }

  /** True when a negator stands up to three words before token i in the same clause. */
  private static boolean inNegationScope(byte[] roles, int i) {
    int seen = 0;
    for (int j = i - 1; j >= 0 && seen < LOOK_BACK; j--) {
      byte role = roles[j];
      if (role == BREAK || role == CONTRAST) {
        return false;
      }
      if (role == PART) {
        continue;
      }
      seen++;
      if (role == NEGATOR) {
        return true;
      }
    }
    return false;
  }

  /** "X but Y": X counts 2 - w, Y counts w, at the first contrast word of the run, as in VADER. */
  private static void weighContrast(byte[] roles, float[] values, float[] valences) {
    for (int k = 0; k < roles.length; k++) {
      if (roles[k] == CONTRAST) {
        float after = values[k];
        float before = 2f - after;
        for (int i = 0; i < valences.length; i++) {
          valences[i] *= i < k ? before : after;
        }
        return;
      }
    }
  }

  private static boolean isBreak(String token) {
    if (token.length() != 1) {
      return false;
    }
    char c = token.charAt(0);
    return c == ',' || c == ';' || c == ':' || c == '—' || c == '–' || c == '(' || c == ')';
  }

  /** Lower case with straight apostrophes, the form the lexicon and modifier lists use. */
  static String normalize(String token) {
    String lower = token.toLowerCase(Locale.ROOT);
    return lower.indexOf('’') >= 0 ? lower.replace('’', '\'') : lower;
  }

  static boolean isAllCaps(String token) {
    boolean letters = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters && token.length() > 1;
  }

  /** True when some words are in capitals and others not: capitals are then emphasis. */
  private static boolean mixedCase(AnnotatedText text, int from, int to) {
    boolean caps = false;
    boolean lower = false;
    for (int t = from; t < to && !(caps && lower); t++) {
      String token = text.token(t);
      if (isAllCaps(token)) {
        caps = true;
      } else if (AnnotatedText.isWord(token)) {
        lower = true;
      }
    }
    return caps && lower;
  }
}
