package parallax.sentiment;

import java.util.ArrayList;
import java.util.List;
import parallax.model.LabelledSpan;

/**
 * Everything sentiment found in one article: a score per sentence and per entity mention.
 *
 * @param articleId the article
 * @param method how scores were made: {@code lexicon}, {@code model} or {@code model+lexicon}
 * @param sentences one per sentence, in order
 * @param mentions one per entity mention, in text order
 */
public record ArticleSentiment(
    String articleId,
    String method,
    List<SentenceSentiment> sentences,
    List<MentionSentiment> mentions) {

  public ArticleSentiment {
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
  }

  /**
   * Rows for {@code spans.csv}: kind {@code sentiment} with the sentence's label (and {@code
   * /quoted} for quoted sentences), kind {@code entity} labelled {@code type/entity} ({@code
   * person/Vladimir Putin}), so a report legend can group many entities by type.
   */
  public List<LabelledSpan> spans() {
    List<LabelledSpan> spans = new ArrayList<>(sentences.size() + mentions.size());
    for (SentenceSentiment sentence : sentences) {
      String label = sentence.quoted() ? sentence.label() + "/quoted" : sentence.label();
      spans.add(new LabelledSpan("sentiment", label, sentence.start(), sentence.end()));
    }
    for (MentionSentiment mention : mentions) {
      spans.add(
          new LabelledSpan(
              "entity", mention.type() + "/" + mention.entity(), mention.start(), mention.end()));
    }
    return spans;
  }

  /** The article's tone over the sentences of {@code voice}. */
  public ToneSummary tone(ToneStatistics statistics, Voice voice) {
    List<SentenceSentiment> kept =
        sentences.stream().filter(s -> voice.includes(s.quoted())).toList();
    double[] scores = new double[kept.size()];
    String[] labels = new String[kept.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = kept.get(i).score();
      labels[i] = kept.get(i).label();
    }
    return statistics.summarize(scores, labels);
  }
}
