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
    final SentencePostings shinglePostings;
    final SentencePostings termPostings;

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
      shinglePostings = SentencePostings.of(shingles);
      termPostings = SentencePostings.of(terms);
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
    return align(a, b, scores(a, b));
  }

  /** A's sentences matched in B and B's in A: one {@link Alignment} each way. */
  record BothWays(Alignment forward, Alignment backward) {}

  /**
   * {@code align(a, b)} and {@code align(b, a)} from one pass over the sentence pairs: both
   * measures count what two sentences share, which is the same seen from either side.
   */
  BothWays alignBothWays(Prepared a, Prepared b) {
    PairScores scores = scores(a, b);
    return new BothWays(align(a, b, scores), align(b, a, scores.reversed(a, b)));
  }

  private Alignment align(Prepared a, Prepared b, PairScores scores) {
    int n = a.size();
    int m = b.size();
    double[][] copy = scores.copy();
    double[][] paraphrase = scores.paraphrase();
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

  /**
   * Both measures for every sentence pair of A and B: {@code shared[i][j]} shingles of A's sentence
   * i (which has {@code shingles[i]}) are also in B's sentence j, and {@code paraphrase[i][j]} is
   * their {@link TermWeights#overlap weighted overlap}.
   */
  record PairScores(int[][] shared, int[] shingles, double[][] paraphrase) {

    /** {@code [i][j]}: the {@link Containment#of containment} of A's sentence i in B's j. */
    double[][] copy() {
      double[][] copy = new double[shared.length][];
      for (int i = 0; i < shared.length; i++) {
        copy[i] = new double[shared[i].length];
        if (shingles[i] > 0) {
          for (int j = 0; j < shared[i].length; j++) {
            copy[i][j] = (double) shared[i][j] / shingles[i];
          }
        }
      }
      return copy;
    }

    /**
     * The scores of B's sentences against A's. The shared counts and the overlap are the same from
     * either side (the overlap adds the same weights in the same order, over the same sum of
     * totals).
     */
    PairScores reversed(Prepared a, Prepared b) {
      int n = a.size();
      int m = b.size();
      int[][] sharedBack = new int[m][n];
      double[][] paraphraseBack = new double[m][n];
      for (int j = 0; j < m; j++) {
        for (int i = 0; i < n; i++) {
          sharedBack[j][i] = shared[i][j];
          paraphraseBack[j][i] = paraphrase[i][j];
        }
      }
      return new PairScores(sharedBack, shingleCounts(b), paraphraseBack);
    }
  }

  /** The {@link PairScores} of A's sentences against B's. */
  PairScores scores(Prepared a, Prepared b) {
    int n = a.size();
    int m = b.size();
    int[][] shared = new int[n][m];
    double[][] paraphrase = new double[n][m];
    for (int i = 0; i < n; i++) {
      sharedShingles(a.shingles[i], b.shinglePostings, shared[i]);
      overlaps(a.terms[i], a.termTotals[i], b, paraphrase[i]);
    }
    return new PairScores(shared, shingleCounts(a), paraphrase);
  }

  private static int[] shingleCounts(Prepared article) {
    int[] counts = new int[article.size()];
    for (int s = 0; s < counts.length; s++) {
      counts[s] = article.shingles[s].length;
    }
    return counts;
  }

  /**
   * The shingles one sentence of A shares with every sentence of B, into {@code shared}: counted
   * through B's postings, so only the sentences sharing one are touched.
   */
  private static void sharedShingles(long[] shingles, SentencePostings postings, int[] shared) {
    for (long shingle : shingles) {
      int slot = postings.find(shingle);
      if (slot >= 0) {
        for (int at = postings.start(slot); at < postings.end(slot); at++) {
          shared[postings.sentence(at)]++;
        }
      }
    }
  }

  /**
   * {@link TermWeights#overlap} of one sentence of A with every sentence of B, into {@code row}.
   * The shared weight of each pair is summed over the terms in ascending order, as the pairwise
   * merge sums it, so the values are the same to the last bit.
   */
  private void overlaps(long[] terms, double total, Prepared b, double[] row) {
    SentencePostings postings = b.termPostings;
    for (long term : terms) {
      int slot = postings.find(term);
      if (slot >= 0) {
        double weight = weights.weight(term);
        for (int at = postings.start(slot); at < postings.end(slot); at++) {
          row[postings.sentence(at)] += weight;
        }
      }
    }
    for (int j = 0; j < row.length; j++) {
      double both = total + b.termTotals[j];
      row[j] = both == 0 ? 0 : 2 * row[j] / both;
    }
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
