package parallax.reuse;

/**
 * How much two versions of a story share, in both directions: one row of {@code similarity.csv}.
 * {@code articleA} sorts before {@code articleB}.
 *
 * @param storyId the story both belong to
 * @param articleA the first article's id
 * @param articleB the second article's id
 * @param containmentAInB share of A's word shingles found anywhere in B (0..1)
 * @param containmentBInA share of B's word shingles found anywhere in A (0..1)
 * @param sequenceAInB {@link Alignment#sequenceScore} of A's sentences in B
 * @param sequenceBInA the same for B's sentences in A
 * @param sentencesA A's sentence count
 * @param copiedA A's sentences copied from B
 * @param paraphrasedA A's sentences paraphrasing B
 * @param sentencesB B's sentence count
 * @param copiedB B's sentences copied from A
 * @param paraphrasedB B's sentences paraphrasing A
 */
public record PairSimilarity(
    String storyId,
    String articleA,
    String articleB,
    double containmentAInB,
    double containmentBInA,
    double sequenceAInB,
    double sequenceBInA,
    int sentencesA,
    int copiedA,
    int paraphrasedA,
    int sentencesB,
    int copiedB,
    int paraphrasedB) {}
