package parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The lexicons in data/lexicons load, and hold what the analyses rely on. */
class ShippedLexiconsTest {

  private static final Lexicon LEXICON = Lexicon.load(List.of(Lexicon.DEFAULT_DIRECTORY));

  @Test
  void holdsTheFourteenPolicyFramesOfTheCodebook() {
    Set<String> frames =
        LEXICON.entries().stream()
            .map(LexiconEntry::category)
            .filter(c -> c.startsWith("policy_frame/"))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(
        new TreeSet<>(
            Set.of(
                "policy_frame/Economic",
                "policy_frame/Capacity_and_resources",
                "policy_frame/Morality",
                "policy_frame/Fairness_and_equality",
                "policy_frame/Legality_Constitutionality_and_jurisprudence",
                "policy_frame/Policy_prescription_and_evaluation",
                "policy_frame/Crime_and_punishment",
                "policy_frame/Security_and_defense",
                "policy_frame/Health_and_safety",
                "policy_frame/Quality_of_life",
                "policy_frame/Cultural_identity",
                "policy_frame/Public_opinion",
                "policy_frame/Political",
                "policy_frame/External_regulation_and_reputation")),
        frames);
  }

  @Test
  void everyPlaceNameIsAVariantOfAReferentInOneTradition() {
    Map<String, Set<String>> traditions =
        LEXICON.entries().stream()
            .filter(e -> e.family().equals("place_name"))
            .peek(e -> assertNotNull(e.referent(), e.location()))
            .collect(
                Collectors.groupingBy(
                    LexiconEntry::referent,
                    Collectors.mapping(LexiconEntry::variantGroup, Collectors.toSet())));
    assertTrue(traditions.size() >= 70, "places: " + traditions.size());
    for (String place : List.of("Kyiv", "Luhansk", "Zaporizhzhia", "Kharkiv", "Odesa", "Donbas")) {
      assertEquals(Set.of("russian", "ukrainian"), traditions.get(place), place);
    }
  }

  @Test
  void attributionVerbsAreLemmaAwareVerbs() {
    LEXICON.entries().stream()
        .filter(e -> e.family().equals("attribution_verb"))
        .forEach(
            e -> {
              assertEquals(MatchMode.LEMMA, e.match(), e.location());
              assertEquals(Set.of("VERB"), e.pos(), e.location());
            });
  }

  @Test
  void holdsThousandsOfForms() {
    int forms = LEXICON.entries().stream().mapToInt(e -> e.forms().size()).sum();
    assertTrue(forms >= 3000, "forms: " + forms);
  }

  @Test
  void entriesSurviveSerializationAndCompileOncePerJvm() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new ArrayList<>(LEXICON.entries()));
    }
    Object copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = in.readObject();
    }
    assertEquals(LEXICON.entries(), copy);
    @SuppressWarnings("unchecked")
    List<LexiconEntry> entries = (List<LexiconEntry>) copy;
    assertSame(Lexicon.shared(entries), Lexicon.shared(LEXICON.entries()));
  }
}
