package parallax.sentiment;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tone toward one entity over a group of mentions (the job groups by story, source and entity): the
 * mentions of one sentence count once, at their mean score, so a sentence naming Putin twice does
 * not weigh double; the mean over sentences gets a bootstrap interval ({@link ToneStatistics}).
 *
 * <p>Immutable and thread-safe.
 */
public final class EntityToneAggregator {

  private final ToneStatistics statistics;

  public EntityToneAggregator(ToneStatistics statistics) {
    this.statistics = statistics;
  }

  /**
   * The tone of {@code mentions} (all of one entity) in {@code voice}.
   *
   * @throws IllegalArgumentException when the mentions name more than one entity
   */
  public EntityTone summarize(
      String storyId, String source, List<MentionSentiment> mentions, Voice voice) {
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("no mentions to summarize for " + storyId + "/" + source);
    }
    String entity = mentions.get(0).entity();
    String type = mentions.get(0).type();
    // Sorted by article and sentence, so the scores reach the bootstrap in a fixed order.
    Map<String, double[]> bySentence = new TreeMap<>();
    int count = 0;
    for (MentionSentiment mention : mentions) {
      if (!mention.entity().equals(entity)) {
        throw new IllegalArgumentException(
            "mentions of one entity expected, found '"
                + entity
                + "' and '"
                + mention.entity()
                + "' in "
                + mention.articleId());
      }
      if (voice.includes(mention.quoted())) {
        count++;
        String key = mention.articleId() + '\u0000' + String.format("%09d", mention.sentence());
        double[] sumAndCount = bySentence.computeIfAbsent(key, k -> new double[2]);
        sumAndCount[0] += mention.score();
        sumAndCount[1]++;
      }
    }
    double[] scores = new double[bySentence.size()];
    int i = 0;
    for (double[] sumAndCount : bySentence.values()) {
      scores[i++] = sumAndCount[0] / sumAndCount[1];
    }
    ToneSummary tone = statistics.summarize(scores, SentimentBand.VADER);
    return new EntityTone(
        storyId,
        source,
        entity,
        type,
        voice.label(),
        count,
        tone.mean(),
        tone.ciLow(),
        tone.ciHigh(),
        scores.length);
  }
}
