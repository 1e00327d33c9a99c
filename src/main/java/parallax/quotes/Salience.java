package parallax.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The subjects and speakers met so far in an article, in text order, for resolving "he", "she",
 * "it" and role phrases to the entity most recently in focus.
 *
 * <p>Only subjects of main clauses and speakers are recorded, never subjects inside a reported
 * clause or a quotation: in "Trump revealed he had spoken..., but noted that Putin was not among
 * them. Nonetheless, he remarked" the "he" is Trump, though Putin was named last.
 *
 * <p>Per article; not thread-safe.
 */
final class Salience {

  private record Event(int token, Speaker speaker) {}

  /**
   * How far back a pronoun or role looks, in recorded subjects: focus does not last longer, and the
   * bound keeps resolution linear on very long texts.
   */
  private static final int WINDOW = 200;

  private final List<Event> events = new ArrayList<>();

  /** Records that {@code speaker} was in subject position at {@code token}. */
  void note(int token, Speaker speaker) {
    if (speaker.known()) {
      events.add(new Event(token, speaker));
    }
  }

  /** The most recent person (or lone name that may be one) before {@code token}, or unknown. */
  Speaker lastPerson(int token) {
    return last(token, true);
  }

  /**
   * The most recent person (or lone name that may be one) before {@code token} that {@code fits}.
   */
  Speaker lastPerson(int token, Predicate<Speaker> fits) {
    for (int i = events.size() - 1; i >= Math.max(0, events.size() - WINDOW); i--) {
      Event event = events.get(i);
      if (event.token() < token && event.speaker().maybePerson() && fits.test(event.speaker())) {
        return event.speaker();
      }
    }
    return Speaker.UNKNOWN;
  }

  /** The most recent organisation, place, group (or lone name) before {@code token}, or unknown. */
  Speaker lastOther(int token) {
    return last(token, false);
  }

  private Speaker last(int token, boolean person) {
    for (int i = events.size() - 1; i >= Math.max(0, events.size() - WINDOW); i--) {
      Event event = events.get(i);
      Speaker speaker = event.speaker();
      boolean fits = person ? speaker.maybePerson() : !speaker.person();
      if (event.token() < token && fits) {
        return event.speaker();
      }
    }
    return Speaker.UNKNOWN;
  }

  /**
   * The most recent organisation, place or group recorded before {@code token} that {@code fits},
   * or unknown.
   */
  Speaker lastOther(int token, Predicate<Speaker> fits) {
    for (int i = events.size() - 1; i >= Math.max(0, events.size() - WINDOW); i--) {
      Event event = events.get(i);
      Speaker speaker = event.speaker();
      if (event.token() < token && !speaker.person() && fits.test(speaker)) {
        return speaker;
      }
    }
    return Speaker.UNKNOWN;
  }

  /** Token of the most recent event naming {@code name} before {@code token}; -1 if none. */
  int lastMention(String name, int token) {
    for (int i = events.size() - 1; i >= Math.max(0, events.size() - WINDOW); i--) {
      Event event = events.get(i);
      if (event.token() < token && event.speaker().name().equals(name)) {
        return event.token();
      }
    }
    return -1;
  }

  /** The most recent speaker recorded at or after {@code fromToken} and before {@code token}. */
  Speaker lastSince(int fromToken, int token) {
    for (int i = events.size() - 1; i >= Math.max(0, events.size() - WINDOW); i--) {
      Event event = events.get(i);
      if (event.token() < fromToken) {
        break;
      }
      if (event.token() < token) {
        return event.speaker();
      }
    }
    return Speaker.UNKNOWN;
  }
}
