package parallax.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityToneAggregatorTest {

  private final EntityToneAggregator aggregator =
      new EntityToneAggregator(ToneStatistics.defaults());

  private static MentionSentiment mention(
      String article, int sentence, boolean quoted, double score) {
    return new MentionSentiment(
        article, "Vladimir Putin", "Putin", "person", "list", 0, 5, sentence, quoted, score, "x");
  }

  @Test
  void mentionsOfOneSentenceCountOnce() {
    List<MentionSentiment> mentions =
        List.of(
            mention("a", 0, false, -0.4),
            mention("a", 0, false, -0.2),
            mention("a", 1, false, 0.6),
            mention("b", 0, false, 0.0));
    EntityTone tone = aggregator.summarize("story", "RT", mentions, Voice.AUTHOR);
    assertEquals(4, tone.mentions());
    assertEquals(3, tone.nSentences());
    assertEquals((-0.3 + 0.6 + 0.0) / 3, tone.mean(), 1e-12);
    assertEquals("author", tone.voice());
    assertEquals("person", tone.type());
  }

  @Test
  void theVoiceSelectsAuthorOrQuotedMentions() {
    List<MentionSentiment> mentions =
        List.of(mention("a", 0, false, -0.5), mention("a", 1, true, 0.5));
    assertEquals(-0.5, aggregator.summarize("s", "RT", mentions, Voice.AUTHOR).mean(), 1e-12);
    assertEquals(0.5, aggregator.summarize("s", "RT", mentions, Voice.QUOTED).mean(), 1e-12);
    assertEquals(2, aggregator.summarize("s", "RT", mentions, Voice.ALL).nSentences());
  }

  @Test
  void theIntervalIsReproducible() {
    List<MentionSentiment> mentions =
        List.of(
            mention("a", 0, false, -0.5),
            mention("a", 1, false, 0.1),
            mention("a", 2, false, 0.3),
            mention("a", 3, false, -0.1));
    EntityTone first = aggregator.summarize("s", "RT", mentions, Voice.AUTHOR);
    EntityTone again =
        new EntityToneAggregator(ToneStatistics.defaults())
            .summarize(
                "s",
                "RT",
                List.of(mentions.get(3), mentions.get(1), mentions.get(0), mentions.get(2)),
                Voice.AUTHOR);
    assertEquals(first, again);
  }

  @Test
  void rejectsMentionsOfSeveralEntities() {
    MentionSentiment other =
        new MentionSentiment(
            "a", "Donald Trump", "Trump", "person", "list", 0, 5, 0, false, 0, "x");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            aggregator.summarize("s", "RT", List.of(mention("a", 0, false, 0), other), Voice.ALL));
  }
}
