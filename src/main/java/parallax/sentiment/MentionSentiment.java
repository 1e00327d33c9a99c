package parallax.sentiment;

/**
 * Sentiment toward one entity mention, from the words around it in the same voice: an author's
 * mention is scored on the author's words of its sentence, a mention inside a quotation on the
 * quoted words.
 *
 * @param articleId the article
 * @param entity the entity named (canonical; see {@link parallax.nlp.EntityMerger} for a story)
 * @param name the name as written
 * @param type {@code person}, {@code organization}, {@code place} or {@code other}
 * @param origin what found the mention: {@code list}, {@code model} or {@code propn}
 * @param start first character of the mention in the body
 * @param end one past its last character
 * @param sentence the sentence index
 * @param quoted true when the mention itself is inside quoted speech
 * @param score sentiment toward it, in [-1, 1]
 * @param label {@code negative}, {@code neutral} or {@code positive}
 */
public record MentionSentiment(
    String articleId,
    String entity,
    String name,
    String type,
    String origin,
    int start,
    int end,
    int sentence,
    boolean quoted,
    double score,
    String label) {

  /** True when the user's entity list named it. */
  public boolean listed() {
    return "list".equals(origin);
  }

  /** A copy naming {@code newEntity} of {@code newType}, after a story-level merge. */
  public MentionSentiment withEntity(String newEntity, String newType) {
    return new MentionSentiment(
        articleId, newEntity, name, newType, origin, start, end, sentence, quoted, score, label);
  }
}
