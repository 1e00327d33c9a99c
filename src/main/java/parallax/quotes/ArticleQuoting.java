package parallax.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import parallax.model.AnnotatedText;
import parallax.nlp.EntityList;
import parallax.nlp.Lemmatizer;

/**
 * The quote analysis of one article: quotation marks ({@link QuotationScanner}), facts about the
 * tokens ({@link TokenFacts}) and names ({@link Names}), then acts of saying ({@link SpeechActs}),
 * then attribution of every quotation ({@link QuotationAttribution}); acts with a reported clause
 * become indirect quotes.
 *
 * <p>Used once; not thread-safe.
 */
final class ArticleQuoting {

  private final TokenFacts facts;
  private final SpeechActs speechActs;
  private final QuoteFactory quotes;

  ArticleQuoting(
      AnnotatedText text,
      SpeechVerbs verbs,
      GivenNames givenNames,
      Lemmatizer lemmatizer,
      EntityList entities) {
    this.facts = new TokenFacts(text, QuotationScanner.scan(text.text()));
    Salience salience = new Salience();
    Speakers speakers = new Speakers(facts, new Names(facts, entities, givenNames), salience);
    this.speechActs = new SpeechActs(facts, speakers, salience, verbs, lemmatizer);
    this.quotes = new QuoteFactory(facts);
  }

  List<Quote> run() {
    List<SpeechAct> acts = speechActs.find();
    List<Quote> found = new ArrayList<>(new QuotationAttribution(facts, acts, quotes).attribute());
    for (SpeechAct act : acts) {
      if (act.reportsClause()) {
        found.add(quotes.indirect(act));
      }
    }
    found.sort(Comparator.comparingInt(Quote::start).thenComparing(q -> q.isDirect() ? 0 : 1));
    return found;
  }
}
