package parallax.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import parallax.model.OutletDirectory;

/**
 * Weighs the evidence that version {@code d} of a story derives from version {@code s}.
 *
 * <p>Three kinds of evidence, combined as independent clues (noisy-or: {@code 1 - (1 - credit)(1 -
 * text)}) and then discounted by time:
 *
 * <ul>
 *   <li><b>Credit</b> ({@value #CREDIT_WEIGHT}): {@code d}'s text credits {@code s}'s outlet as the
 *       source of the text ("Read Full Article at RT.com", a wire dateline, "originally published
 *       by"), or the input's credited source names it. "according to X" only cites a fact: {@value
 *       #CITATION_WEIGHT}. Bylines ("for TROIB News") name the publisher and never count.
 *   <li><b>Text</b> (up to {@value #TEXT_WEIGHT}): the larger of two ramps, each 0 below and 1
 *       above its range: the share of {@code d}'s word shingles found in {@code s} (copying; from
 *       {@value #CONTAINMENT_FROM} to {@value #CONTAINMENT_FULL}), and the {@link
 *       Alignment#sequenceScore} of {@code d} in {@code s} (rewriting in the same order; from
 *       {@value #SEQUENCE_FROM} to {@value #SEQUENCE_FULL}). Independent reports of one story share
 *       names, quotes and the order of the main facts, which stays below the lower ends. The text
 *       says which way the copying went only through asymmetry: the derived version is the one more
 *       fully found in the other. When {@code s} is found in {@code d} better than {@code d} in
 *       {@code s}, the text evidence counts half.
 *   <li><b>Time</b>: a source published after its supposed copy multiplies the confidence by
 *       {@value #LATER_SOURCE_FACTOR} (timestamps are sometimes wrong, so it does not veto); a
 *       source published before, or an unknown order, changes nothing.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class DerivationJudge {

  /** Findings below this confidence are not reported. */
  public static final double MIN_CONFIDENCE = 0.5;

  static final double CREDIT_WEIGHT = 0.8;
  static final double CITATION_WEIGHT = 0.3;
  static final double TEXT_WEIGHT = 0.7;
  static final double CONTAINMENT_FROM = 0.2;
  static final double CONTAINMENT_FULL = 0.6;
  static final double SEQUENCE_FROM = 0.4;
  static final double SEQUENCE_FULL = 0.7;
  static final double LATER_SOURCE_FACTOR = 0.3;

  private final OutletDirectory outlets;

  /** {@code outlets} resolves credits and source names to one canonical form before comparing. */
  public DerivationJudge(OutletDirectory outlets) {
    this.outlets = Objects.requireNonNull(outlets, "outlets");
  }

  /** What is known about one ordered pair: {@code d} suspected of deriving from {@code s}. */
  record Pair(
      ArticleFingerprint d,
      ArticleFingerprint s,
      Alignment dInS,
      Alignment sInD,
      double containmentDInS,
      double containmentSInD) {}

  /** The finding for the pair, with confidence 0 when nothing points that way. */
  Derivation judge(String storyId, Pair pair, OutletDirectory storyOutlets) {
    List<String> evidence = new ArrayList<>();
    double credit = credit(pair, storyOutlets, evidence);
    double text = text(pair, evidence);
    double confidence = 1 - (1 - credit) * (1 - text);
    confidence *= time(pair, evidence);
    return new Derivation(
        storyId,
        pair.d().articleId(),
        pair.s().articleId(),
        pair.d().source(),
        pair.s().source(),
        round(confidence),
        String.join("; ", evidence));
  }

  private double credit(Pair pair, OutletDirectory storyOutlets, List<String> evidence) {
    String source = canonical(pair.s().source(), storyOutlets);
    double weight = 0;
    for (Credit credit : pair.d().credits()) {
      String named = credit.outlet() != null ? credit.outlet() : credit.phrase();
      if (canonical(named, storyOutlets).equals(source)) {
        weight = Math.max(weight, credit.creditsText() ? CREDIT_WEIGHT : CITATION_WEIGHT);
        evidence.add(describe(credit, pair.s().source()));
      }
    }
    String credited = pair.d().creditedSource();
    if (credited != null && canonical(credited, storyOutlets).equals(source)) {
      weight = Math.max(weight, CREDIT_WEIGHT);
      evidence.add("input names " + pair.s().source() + " as the credited source");
    }
    return weight;
  }

  private static String describe(Credit credit, String outlet) {
    String how =
        switch (credit.kind()) {
          case Credit.READ_AT, Credit.ORIGINALLY -> "credit \"" + credit.text() + "\"";
          case Credit.DATELINE -> "dateline \"(" + credit.phrase() + ")\"";
          case Credit.SIGN_OFF -> "sign-off \"(" + credit.phrase() + ")\"";
          case Credit.SOURCE_LINE -> "source line \"" + credit.phrase() + "\"";
          default -> "cites \"according to " + credit.phrase() + "\"";
        };
    return how + " -> " + outlet + " (chars " + credit.start() + "-" + credit.end() + ")";
  }

  private double text(Pair pair, List<String> evidence) {
    double forward =
        Math.max(
            ramp(pair.containmentDInS(), CONTAINMENT_FROM, CONTAINMENT_FULL),
            ramp(pair.dInS().sequenceScore(), SEQUENCE_FROM, SEQUENCE_FULL));
    Alignment a = pair.dInS();
    evidence.add(
        String.format(
            Locale.ROOT,
            "%d of %d sentences copied and %d paraphrased from %s (in-order score %.2f, reverse"
                + " %.2f)",
            a.count(SentenceMatch.COPIED),
            a.matches().size(),
            a.count(SentenceMatch.PARAPHRASED),
            pair.s().source(),
            a.sequenceScore(),
            pair.sInD().sequenceScore()));
    evidence.add(
        String.format(
            Locale.ROOT,
            "%.0f%% of its 5-word shingles found in %s (reverse %.0f%%)",
            100 * pair.containmentDInS(),
            pair.s().source(),
            100 * pair.containmentSInD()));
    boolean reversed =
        pair.containmentSInD() > pair.containmentDInS()
            && pair.sInD().sequenceScore() > pair.dInS().sequenceScore();
    if (reversed && forward > 0) {
      evidence.add(
          "but " + pair.s().source() + "'s text is found in it more fully than the reverse");
    }
    return TEXT_WEIGHT * forward * (reversed ? 0.5 : 1.0);
  }

  private double time(Pair pair, List<String> evidence) {
    PublicationTime d = PublicationTime.parse(pair.d().published());
    PublicationTime s = PublicationTime.parse(pair.s().published());
    if (d == null || s == null) {
      return 1.0;
    }
    int order = s.compareOrder(d);
    if (order < 0) {
      evidence.add("published after " + pair.s().source() + "'s version");
      return 1.0;
    }
    if (order > 0) {
      evidence.add("published before " + pair.s().source() + "'s version, which weakens the case");
      return LATER_SOURCE_FACTOR;
    }
    return 1.0;
  }

  /**
   * The name in the form credits and sources are compared in: the outlet directory's canonical
   * name, else the name of one of the story's outlets it starts with, else the name itself.
   */
  private String canonical(String name, OutletDirectory storyOutlets) {
    String resolved = outlets.resolve(name);
    if (resolved == null) {
      resolved = storyOutlets.resolve(name);
    }
    return OutletDirectory.normalise(resolved != null ? resolved : name);
  }

  static double ramp(double value, double from, double full) {
    return Math.max(0, Math.min(1, (value - from) / (full - from)));
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
