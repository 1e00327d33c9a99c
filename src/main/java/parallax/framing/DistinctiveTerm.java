package parallax.framing;

/**
 * A term's weighted log-odds ratio between a focus corpus (one source) and the rest.
 *
 * @param term the term
 * @param focusCount occurrences in the focus corpus
 * @param restCount occurrences in the rest
 * @param delta the log-odds ratio with the prior, positive when the focus uses the term more
 * @param zScore {@code delta} divided by its estimated standard deviation; above 1.96 the focus
 *     uses the term distinctively more at the usual 5% level
 */
public record DistinctiveTerm(
    String term, long focusCount, long restCount, double delta, double zScore) {}
