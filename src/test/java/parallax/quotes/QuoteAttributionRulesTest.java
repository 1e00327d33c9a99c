package parallax.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import parallax.nlp.EntityList;
import parallax.nlp.NlpPipeline;

/**
 * The attribution rules of news writing the analyser follows, one invented text each (none is taken
 * from the evaluation sets).
 */
class QuoteAttributionRulesTest {

  private static final NlpPipeline PIPELINE = new NlpPipeline();
  private static final QuoteAnalyzer ANALYZER =
      QuoteAnalyzer.fromLexicons(Path.of("data/lexicons"), EntityList.empty());

  private static Quote quote(String body, String kind, String textStart) {
    List<Quote> found = ANALYZER.analyze(PIPELINE.annotate(body));
    List<Quote> hits =
        found.stream()
            .filter(q -> q.kind().equals(kind) && q.text().startsWith(textStart))
            .toList();
    assertEquals(1, hits.size(), kind + " quotes starting '" + textStart + "' in " + found);
    return hits.get(0);
  }

  private static String speaker(String body, String kind, String textStart) {
    return quote(body, kind, textStart).speaker();
  }

  @Test
  void invertedSubjectMayCarryLongTitlesAndAPhraseAfterIt() {
    String body =
        "“The cuts are deep,” said County Health Director Dr. Maria Lopez to the city council.";
    assertEquals("Maria Lopez", speaker(body, Quote.DIRECT, "The cuts"));
  }

  @Test
  void titleAbbreviationSplitFromItsFullStopStaysWithTheName() {
    String body = "Lawmakers met on Monday. “We will fight this,” added Sen. Joan Miller.";
    assertEquals("Joan Miller", speaker(body, Quote.DIRECT, "We will fight"));
  }

  @Test
  void pronounSkipsPlacesAndSubjectsOfRelativeClauses() {
    String body =
        "Senator Ann Walsh praised the plan, which helps farmers who lost crops in North Dakota."
            + " “It is overdue,” she said.";
    assertEquals("Ann Walsh", speaker(body, Quote.DIRECT, "It is overdue"));
  }

  @Test
  void pronounGoesToAPersonOfAgreeingSex() {
    String body =
        "Governor Mark Dean met Mayor Lisa Ortiz on Monday. “We agreed on the budget,” she said.";
    assertEquals("Lisa Ortiz", speaker(body, Quote.DIRECT, "We agreed"));
  }

  @Test
  void whoAfterAPersonsNameIsThatPerson() {
    String body =
        "The row began with an interview on Radio Five with Sam Reed, who said that the vote was"
            + " rigged.";
    assertEquals("Sam Reed", speaker(body, Quote.INDIRECT, "the vote was rigged"));
  }

  @Test
  void shortNameOfAnOrganisationIsItsFullName() {
    String body =
        "The Board of Health voted on Tuesday. The board said it would publish the rules soon.";
    assertEquals("Board of Health", speaker(body, Quote.INDIRECT, "it would publish"));
  }

  @Test
  void acronymIsTheNameWhoseInitialsItIs() {
    String body =
        "The Associated Press reported the figures on Monday. The AP said the rate fell again.";
    assertEquals("Associated Press", speaker(body, Quote.INDIRECT, "the rate fell"));
  }

  @Test
  void definiteNounPhraseRefersBackToTheDocumentNamedBefore() {
    String body =
        "A state audit report says that budgets fell. The report also says that classes grew.";
    assertEquals("state audit report", speaker(body, Quote.INDIRECT, "classes grew"));
  }

  @Test
  void leadRoleIsThePersonTheNextParagraphNames() {
    String body =
        "The top Democrat on the panel said on Monday that the bill would fail.\n\n"
            + "Representative Ellen Park, who chairs the panel, spoke after the vote.";
    assertEquals("Ellen Park", speaker(body, Quote.INDIRECT, "the bill would fail"));
  }

  @Test
  void partyMemberRoleFindsThePoliticianOfThatParty() {
    String body =
        "Rep. Tom Hale (R-Ohio) voted no. Sen. Ruth Byrne backed the bill. The Ohio Republican"
            + " said the plan was too costly.";
    assertEquals("Tom Hale", speaker(body, Quote.INDIRECT, "the plan was too costly"));
  }

  @Test
  void roleNamingAnotherInstitutionIsNoMatch() {
    String body =
        "White House communications director Mike Dunn spoke first. The FBI director said the"
            + " inquiry continues.";
    assertEquals("FBI director", speaker(body, Quote.INDIRECT, "the inquiry continues"));
  }

  @Test
  void nounOfSayingGivesItsQuotationsToThePossessorWithoutIndirectSpeech() {
    String body = "Critics rejected Mayor Jo Lin's claim that the plan was “fully funded.”";
    List<Quote> found = ANALYZER.analyze(PIPELINE.annotate(body));
    assertEquals("Jo Lin", quote(body, Quote.DIRECT, "fully funded").speaker());
    assertTrue(found.stream().allMatch(Quote::isDirect), found.toString());
  }

  @Test
  void settingOutToSayStillReports() {
    String body = "Governor Amy Cole sought to assure residents that the water was safe.";
    Quote quote = quote(body, Quote.INDIRECT, "the water was safe");
    assertEquals("Amy Cole", quote.speaker());
    assertEquals("assure", quote.verb());
  }

  @Test
  void reportedClauseEndsAtACircumstanceClauseAfterAQuotation() {
    String body = "Dr. Ravi Shah said the outbreak is “getting worse” as cases rise in the north.";
    assertEquals(
        "the outbreak is “getting worse”", quote(body, Quote.INDIRECT, "the outbreak").text());
  }

  @Test
  void groupsAreNamedWithoutQuantities() {
    assertEquals(
        "voters",
        speaker("Sixty percent of voters said the economy was weak.", Quote.INDIRECT, ""));
    assertEquals(
        "economists", speaker("Many economists say that growth will slow.", Quote.INDIRECT, ""));
    assertEquals(
        "people familiar with the matter",
        speaker(
            "The company will cut jobs, according to two people familiar with the matter.",
            Quote.INDIRECT,
            ""));
  }

  @Test
  void subjectIsTheNounARelativeClauseOrParticipleModifies() {
    assertEquals(
        "lawyers",
        speaker(
            "Lawyers who disagree with that view say the order was legal.", Quote.INDIRECT, ""));
    assertEquals(
        "senior official",
        speaker(
            "A senior official speaking to reporters on the plan said that talks would resume.",
            Quote.INDIRECT,
            ""));
  }

  @Test
  void invertedSubjectMayBeAHyphenatedDescription() {
    String body = "“He knows what he is doing,” said a long-time party aide.";
    assertEquals("long-time party aide", speaker(body, Quote.DIRECT, "He knows"));
  }

  @Test
  void passiveWithAnAdverbHasNoSpeaker() {
    String body = "The complaint is generally dismissed as “unsustained.”";
    assertEquals("", speaker(body, Quote.DIRECT, "unsustained"));
  }
}
