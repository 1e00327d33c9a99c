package parallax.compare;

/**
 * Merges groups' {@link ScoreSample}s ({@link BoundedScores}' results) into the sample of the
 * larger group they make up, under the same limit: the scores of all of them while they total at
 * most {@code limit} and none was dropped, else none. So a tone over stories can be taken from the
 * per-story groups without reading the sentences again.
 */
final class MergedScores extends BoundedSampling<ScoreSample> {

  private static final long serialVersionUID = 1L;

  MergedScores(int limit) {
    super(limit);
  }

  @Override
  public ScoreSample reduce(ScoreSample merged, ScoreSample group) {
    return merged.addAll(group, limit);
  }
}
