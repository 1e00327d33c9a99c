package parallax.quotes;

/**
 * A speaker other versions of a story quote and this one leaves out.
 *
 * @param articleId the version that does not quote the speaker
 * @param source its outlet
 * @param speaker story-wide speaker name
 * @param versionsQuoting how many versions of the story do quote the speaker
 */
public record MissingVoice(String articleId, String source, String speaker, int versionsQuoting) {}
