package parallax.quotes;

import parallax.model.AnnotatedText;

/**
 * Turns quotations and acts of saying into {@link Quote} records with character offsets, texts and
 * word counts. Per article; holds no state of its own beyond the text.
 */
final class QuoteFactory {

  private final AnnotatedText text;
  private final TokenFacts facts;

  QuoteFactory(TokenFacts facts) {
    this.text = facts.text();
    this.facts = facts;
  }

  Quote direct(Quotation quotation, Speakers.Attribution who, SpeechAct act) {
    return quote(
        Quote.DIRECT, who, act, quotation.start(), quotation.end(), directWords(quotation));
  }

  int directWords(Quotation quotation) {
    int words = 0;
    for (int t = facts.tokenAt(quotation.start());
        t < facts.count() && text.tokenStart(t) < quotation.end();
        t++) {
      if (facts.isWord(t)) {
        words++;
      }
    }
    return words;
  }

  Quote indirect(SpeechAct act) {
    int[] clause = act.clause();
    int words = 0;
    for (int t = clause[0]; t < clause[1]; t++) {
      if (facts.isWord(t) && !facts.quoted(t)) {
        words++;
      }
    }
    return quote(
        Quote.INDIRECT,
        act.who(),
        act,
        text.tokenStart(clause[0]),
        text.tokenEnd(clause[1] - 1),
        words);
  }

  private Quote quote(
      String kind, Speakers.Attribution who, SpeechAct act, int start, int end, int words) {
    boolean named = who.first() >= 0;
    boolean verbal = act != null && !act.byNoun();
    int speakerStart = named ? text.tokenStart(who.first()) : -1;
    int speakerEnd = named ? facts.wordEnd(who.end() - 1) : -1;
    return new Quote(
        kind,
        who.speaker().name(),
        who.speaker().person(),
        named ? text.text().substring(speakerStart, speakerEnd) : "",
        speakerStart,
        speakerEnd,
        verbal ? act.lemma() : "",
        verbal ? act.verbClass() : "",
        verbal ? text.tokenStart(act.verb()) : -1,
        verbal ? text.tokenEnd(act.verbEnd() - 1) : -1,
        start,
        end,
        words,
        text.text().substring(start, end));
  }

  /** A direct quote of {@code quotation} with everything else as in {@code previous}. */
  Quote continuing(Quote previous, Quotation quotation) {
    return new Quote(
        Quote.DIRECT,
        previous.speaker(),
        previous.speakerIsPerson(),
        previous.speakerText(),
        previous.speakerStart(),
        previous.speakerEnd(),
        previous.verb(),
        previous.verbClass(),
        previous.verbStart(),
        previous.verbEnd(),
        quotation.start(),
        quotation.end(),
        directWords(quotation),
        text.text().substring(quotation.start(), quotation.end()));
  }
}
