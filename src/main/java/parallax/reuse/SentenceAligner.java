package parallax.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Matches each sentence of one version of a story to its best counterpart in another, as copied,
 * paraphrased or unmatched.
 *
 * <p>Two measures per sentence pair: the share of A's sentence's word shingles that occur in B's
 * sentence (copying), and the {@link TermWeights#overlap weighted overlap} of their content-word
 * stems (paraphrase: the same names, numbers, nouns and verbs around different function words and
 * syntax). Thresholds, chosen as general rules rather than fitted to a text:
 *
 * <ul>
 *   <li>{@value #COPIED} shingle containment: copied. At least half of the sentence's five-word
 *       runs stand verbatim in B's sentence, which chance and shared names do not produce.
 *   <li>{@value #PARAPHRASED} content overlap: paraphrased. The two sentences share content words
 *       carrying about 40% of their combined weight, usually the who, what, where and numbers.
 *   <li>{@value #IN_SEQUENCE} content overlap is enough when the match also falls in order with the
 *       sentences around it: the order-preserving alignment below places it there. A rewrite that
 *       follows its source sentence by sentence (TROIB's of RT) rewords some sentences so much that
 *       only their place in the sequence gives them away; a sentence that merely shares a name with
 *       some sentence elsewhere does not get this benefit.
 * </ul>
 *
 * <p>The order-preserving alignment is a dynamic programme over the two sentence sequences (like a
 * sequence alignment that may skip sentences on either side) maximising the summed {@code
 * similarity - IN_SEQUENCE} of the pairs it takes. Cost is one similarity per sentence pair.
 *
 * <p>Immutable and thread-safe.
 */
public final class SentenceAligner {

  public static final double COPIED = 0.5;
  public static final double PARAPHRASED = 0.4;
  public static final double IN_SEQUENCE = 0.2;

  private final TermWeights weights;

  public SentenceAligner(TermWeights weights) {
    this.weights = Objects.requireNonNull(weights, "weights");
  }

  /** The sentence arrays of an article, unboxed once for the pairwise loops. */
  static final class Prepared {
    final ArticleFingerprint article;
    final long[][] shingles;
    final long[][] terms;
    final double[] termTotals;

    Prepared(ArticleFingerprint article, TermWeights weights) {
      this.article = article;
      int n = article.sentences().size();
      shingles = new long[n][];
      terms = new long[n][];
      termTotals = new double[n];
      for (int s = 0; s < n; s++) {
        SentenceFingerprint sentence = article.sentences().get(s);
        shingles[s] = sentence.shingleArray();
        terms[s] = sentence.termArray();
        termTotals[s] = weights.total(terms[s]);
      }
    }

    int size() {
      return shingles.length;
    }
  }

  /** Prepares an article for repeated alignment with this aligner's weights. */
  Prepared prepare(ArticleFingerprint article) {
    return new Prepared(article, weights);
  }

  /** Every sentence of {@code a} matched in {@code b}. */
  public Alignment align(ArticleFingerprint a, ArticleFingerprint b) {
    return align(prepare(a), prepare(b));
  }

  Alignment align(Prepared a, Prepared b) {
    int n = a.size();
    int m = b.size();
    double[][] copy = new double[n][m];
    double[][] paraphrase = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        copy[i][j] = Containment.of(a.shingles[i], b.shingles[j]);
        paraphrase[i][j] =
            weights.overlap(a.terms[i], a.termTotals[i], b.terms[j], b.termTotals[j]);
      }
    }
    int[] inSequence = orderPreservingAlignment(copy, paraphrase, n, m);
    List<SentenceMatch> matches = new ArrayList<>(n);
    double sequenceTotal = 0;
    for (int i = 0; i < n; i++) {
      matches.add(match(a, b, i, copy[i], paraphrase[i], inSequence[i]));
      if (inSequence[i] >= 0) {
        sequenceTotal += similarity(copy[i][inSequence[i]], paraphrase[i][inSequence[i]]);
      }
    }
    double sequenceScore = n == 0 ? 0 : sequenceTotal / n;
    return new Alignment(a.article.articleId(), b.article.articleId(), matches, sequenceScore);
  }

  private static double similarity(double copy, double paraphrase) {
    return Math.max(copy, paraphrase);
  }

  private static SentenceMatch match(
      Prepared a, Prepared b, int i, double[] copy, double[] paraphrase, int inSequence) {
    int bestCopy = argmax(copy);
    if (bestCopy >= 0 && copy[bestCopy] >= COPIED) {
      return matched(a, b, i, bestCopy, SentenceMatch.COPIED, copy[bestCopy]);
    }
    int bestParaphrase = argmax(paraphrase);
    if (bestParaphrase >= 0 && paraphrase[bestParaphrase] >= PARAPHRASED) {
      return matched(
          a, b, i, bestParaphrase, SentenceMatch.PARAPHRASED, paraphrase[bestParaphrase]);
    }
    if (inSequence >= 0) {
      return matched(
          a,
          b,
          i,
          inSequence,
          SentenceMatch.PARAPHRASED,
          similarity(copy[inSequence], paraphrase[inSequence]));
    }
    double closest = bestParaphrase < 0 ? 0 : paraphrase[bestParaphrase];
    int start = a.article.sentences().get(i).start();
    int end = a.article.sentences().get(i).end();
    return new SentenceMatch(i, start, end, -1, -1, -1, SentenceMatch.UNMATCHED, closest);
  }

  private static SentenceMatch matched(
      Prepared a, Prepared b, int i, int j, String kind, double score) {
    SentenceFingerprint sentence = a.article.sentences().get(i);
    SentenceFingerprint other = b.article.sentences().get(j);
    return new SentenceMatch(
        i, sentence.start(), sentence.end(), j, other.start(), other.end(), kind, score);
  }

  /** Index of the largest value, the first on ties; -1 for an empty array. */
  private static int argmax(double[] values) {
    int best = -1;
    for (int j = 0; j < values.length; j++) {
      if (best < 0 || values[j] > values[best]) {
        best = j;
      }
    }
    return best;
  }

  /**
   * For each sentence of A, its partner in the order-preserving alignment, or -1. Pairs below
   * {@link #IN_SEQUENCE} are never taken; among alignments, the one with the largest summed {@code
   * similarity - IN_SEQUENCE}.
   */
  static int[] orderPreservingAlignment(double[][] copy, double[][] paraphrase, int n, int m) {
    double[][] best = new double[n + 1][m + 1];
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        double value = Math.max(best[i - 1][j], best[i][j - 1]);
        double gain = similarity(copy[i - 1][j - 1], paraphrase[i - 1][j - 1]) - IN_SEQUENCE;
        if (gain >= 0) {
          value = Math.max(value, best[i - 1][j - 1] + gain);
        }
        best[i][j] = value;
      }
    }
    int[] partner = new int[n];
    Arrays.fill(partner, -1);
    int i = n;
    int j = m;
    while (i > 0 && j > 0) {
      double gain = similarity(copy[i - 1][j - 1], paraphrase[i - 1][j - 1]) - IN_SEQUENCE;
      if (gain >= 0 && best[i][j] == best[i - 1][j - 1] + gain) {
        partner[i - 1] = j - 1;
        i--;
        j--;
      } else if (best[i][j] == best[i - 1][j]) {
        i--;
      } else {
        j--;
      }
    }
    return partner;
  }
}
