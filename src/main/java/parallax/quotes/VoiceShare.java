package parallax.quotes;

/**
 * How much one speaker is quoted in one version of a story.
 *
 * @param articleId the version
 * @param source its outlet
 * @param speaker story-wide speaker name; "" for quotes whose speaker is unknown
 * @param person true when the speaker is a person
 * @param directQuotes direct quotes of the speaker
 * @param directWords words in those quotes
 * @param indirectQuotes indirect quotes (reported clauses) of the speaker
 * @param indirectWords words in those clauses outside quotation marks
 * @param share the speaker's words over all quoted words of the version, direct and indirect
 * @param verbs the verbs of saying used for the speaker, distinct, sorted, joined by {@code |}
 * @param otherVersionsQuoting how many other versions of the story quote the speaker (0: only this
 *     version gives them a voice)
 */
public record VoiceShare(
    String articleId,
    String source,
    String speaker,
    boolean person,
    int directQuotes,
    int directWords,
    int indirectQuotes,
    int indirectWords,
    double share,
    String verbs,
    int otherVersionsQuoting) {

  /** Direct and indirect words together. */
  public int words() {
    return directWords + indirectWords;
  }
}
