package parallax.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The compact form of one article that the story-level reuse analysis works on: its identity and
 * publication time, the credits its text gives, and per sentence its span, shingle hashes and
 * content-term hashes. No text: the job can group these by story in Spark and hand one story's list
 * to {@link StoryReuseAnalyzer} without moving bodies around.
 *
 * @param articleId the article's id, never null
 * @param source the outlet that published it (canonical name when known), never null
 * @param creditedSource the outlet the input says the text credits ({@code
 *     Article.creditedSource}), or null
 * @param published ISO-8601 date or date-time, or null
 * @param credits the credits found in the body, in text order
 * @param sentences the body's sentences, in text order
 */
public record ArticleFingerprint(
    String articleId,
    String source,
    String creditedSource,
    String published,
    List<Credit> credits,
    List<SentenceFingerprint> sentences) {

  public ArticleFingerprint {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(source, "source of article " + articleId);
    credits = List.copyOf(credits);
    sentences = List.copyOf(sentences);
  }

  /** The distinct shingles of the whole body, sorted: the union of its sentences'. */
  public long[] shingleSet() {
    List<long[]> parts = new ArrayList<>(sentences.size());
    for (SentenceFingerprint sentence : sentences) {
      parts.add(sentence.shingleArray());
    }
    return Containment.union(parts);
  }

  /** The number of words in the body. */
  public int wordCount() {
    int words = 0;
    for (SentenceFingerprint sentence : sentences) {
      words += sentence.words();
    }
    return words;
  }
}
