package parallax.sentiment;

/**
 * Tone toward one entity in one group of articles (usually one source's version of one story): one
 * row of {@code entities.csv}.
 *
 * @param storyId the story
 * @param source the outlet
 * @param entity the entity's canonical name
 * @param type {@code person}, {@code organization}, {@code place} or {@code other}
 * @param voice whose words were scored: {@code author}, {@code quoted} or {@code all}
 * @param mentions the number of mentions in that voice
 * @param mean the mean per-sentence score toward the entity, in [-1, 1]; NaN with no sentence
 * @param ciLow lower end of its 95% bootstrap interval
 * @param ciHigh upper end
 * @param nSentences the number of sentences the mean is over
 */
public record EntityTone(
    String storyId,
    String source,
    String entity,
    String type,
    String voice,
    int mentions,
    double mean,
    double ciLow,
    double ciHigh,
    int nSentences) {}
