package parallax.nlp;

/**
 * One mention of a person, organisation or place in an article body.
 *
 * @param name the name as written, without titles or a possessive ("Vladimir Putin" for "Russian
 *     President Vladimir Putin's"); for a listed description, the description ("the Russian
 *     leader")
 * @param entity the entity it names: the canonical name from the entity list, or the name itself
 *     until a story-level {@link EntityMerger} resolves it
 * @param type {@code person}, {@code organization}, {@code place} or {@code other}
 * @param origin what found it: {@code list} (the user's entity list), {@code model} (a name-finder
 *     model) or {@code propn} (a run of proper nouns)
 * @param sentence the sentence index
 * @param firstToken the first token of the mention
 * @param endToken one past its last token
 * @param start first character of the mention in the body
 * @param end one past its last character
 */
public record EntityMention(
    String name,
    String entity,
    String type,
    String origin,
    int sentence,
    int firstToken,
    int endToken,
    int start,
    int end) {

  public static final String PERSON = "person";
  public static final String ORGANIZATION = "organization";
  public static final String PLACE = "place";
  public static final String OTHER = "other";

  public EntityMention {
    if (name == null || name.isBlank() || entity == null || entity.isBlank()) {
      throw new IllegalArgumentException(
          "entity mention needs a name and an entity, was: " + name + " / " + entity);
    }
    if (firstToken < 0 || endToken <= firstToken || start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "entity mention '"
              + name
              + "' has empty or negative spans: tokens ["
              + firstToken
              + ", "
              + endToken
              + "), characters ["
              + start
              + ", "
              + end
              + ")");
    }
  }

  /** True when the user's entity list named it. */
  public boolean listed() {
    return "list".equals(origin);
  }

  /** A copy naming {@code newEntity} of {@code newType}. */
  public EntityMention withEntity(String newEntity, String newType) {
    return new EntityMention(
        name, newEntity, newType, origin, sentence, firstToken, endToken, start, end);
  }
}
