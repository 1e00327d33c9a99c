package parallax.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StorySpeakerNamesTest {

  static Quote quote(String kind, String speaker, boolean person, int words) {
    return new Quote(kind, speaker, person, "", -1, -1, "say", "neutral", -1, -1, 0, 1, words, "x");
  }

  @Test
  void loneSurnameTakesTheOnlyFullNameOfThatPerson() {
    SpeakerNames names =
        StorySpeakerNames.of(
            List.of(
                quote(Quote.DIRECT, "Putin", true, 3),
                quote(Quote.DIRECT, "Vladimir Putin", true, 5)));
    assertEquals("Vladimir Putin", names.canonical("Putin"));
    assertEquals("Vladimir Putin", names.canonical("Vladimir Putin"));
  }

  @Test
  void surnameSharedByTwoPeopleStaysAsItIs() {
    SpeakerNames names =
        StorySpeakerNames.of(
            List.of(
                quote(Quote.DIRECT, "Trump", true, 3),
                quote(Quote.DIRECT, "Donald Trump", true, 5),
                quote(Quote.DIRECT, "Melania Trump", true, 5)));
    assertEquals("Trump", names.canonical("Trump"));
  }

  @Test
  void organisationsAreNotMergedBySurname() {
    SpeakerNames names =
        StorySpeakerNames.of(
            List.of(
                quote(Quote.INDIRECT, "Administration", false, 3),
                quote(Quote.INDIRECT, "Food and Drug Administration", false, 5)));
    assertEquals("Administration", names.canonical("Administration"));
  }

  @Test
  void namesDifferingInCaseBecomeTheMostFrequentSpelling() {
    SpeakerNames names =
        StorySpeakerNames.of(
            List.of(
                quote(Quote.INDIRECT, "Police", false, 3),
                quote(Quote.INDIRECT, "police", false, 3),
                quote(Quote.INDIRECT, "police", false, 3)));
    assertEquals("police", names.canonical("Police"));
    assertEquals("", names.canonical(""));
    assertEquals("Nobody", names.canonical("Nobody"));
  }
}
