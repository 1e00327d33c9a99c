package parallax.framing;

/** A lexicon file or entry that cannot be used; the message names the file and line. */
public final class LexiconException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public LexiconException(String message) {
    super(message);
  }
}
