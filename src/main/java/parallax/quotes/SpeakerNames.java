package parallax.quotes;

/**
 * Maps the speaker names the analyser gives within one article to the names a story uses across all
 * its versions, so that "Putin" in one version and "Vladimir Putin" in another count as one voice.
 *
 * <p>This is the seam for entity merging: {@link StorySpeakerNames} merges by surname and case from
 * the quotes alone; an implementation backed by the story's entities (canonical name plus aliases,
 * as in {@code data/entities.tsv}) can replace it without touching the analyser or {@link
 * ShareOfVoice}, which only call {@link #canonical}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface SpeakerNames {

  /** The story-wide name for {@code speaker}; "" (unknown) stays "". Never null. */
  String canonical(String speaker);

  /** Names kept as the analyser gave them. */
  static SpeakerNames asFound() {
    return speaker -> speaker;
  }
}
