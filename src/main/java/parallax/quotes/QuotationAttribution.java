package parallax.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Attributes every quotation of an article to an act of saying, in this order: the act whose
 * reported clause contains it ("Moscow insists that ... the “territorial reality” ..."); the act
 * right after its closing mark ("“...,” Putin said", "“...,” said Peskov"); the nearest act before
 * it in its sentence ("he remarked, “...”"); a later act of its sentence that reports no clause
 * ("After praising the fence as “clean”, he told his viewers: ..."); for a quotation opening a
 * sentence, the speaker of the quotation or act just before it in the same or the previous
 * paragraph ("“...,” Putin said. “...”"). A quotation none of these reaches has no speaker.
 *
 * <p>Acts are looked up by binary search, so the work is linear in the quotations times the log of
 * the acts. Used once per article; not thread-safe.
 */
final class QuotationAttribution {

  private final TokenFacts facts;
  private final List<SpeechAct> acts;
  private final QuoteFactory quotes;
  private final List<SpeechAct> clauseActs = new ArrayList<>();

  QuotationAttribution(TokenFacts facts, List<SpeechAct> acts, QuoteFactory quotes) {
    this.facts = facts;
    this.acts = acts;
    this.quotes = quotes;
  }

  List<Quote> attribute() {
    List<Quote> out = new ArrayList<>();
    Map<Integer, SpeechAct> byVerb = new HashMap<>();
    Map<Integer, SpeechAct> bySubject = new HashMap<>();
    for (SpeechAct act : acts) {
      byVerb.put(act.verb(), act);
      if (act.who().first() >= 0) {
        bySubject.putIfAbsent(act.who().first(), act);
      }
    }
    for (SpeechAct act : acts) {
      if (act.clause() != null) {
        clauseActs.add(act);
      }
    }
    clauseActs.sort(Comparator.comparingInt(act -> act.clause()[0]));
    Quote previous = null;
    int previousEnd = -1;
    for (Quotation quotation : facts.quotations()) {
      int open = facts.tokenAt(quotation.open());
      int close = facts.tokenAt(quotation.close());
      SpeechAct act = containing(open, close);
      if (act == null) {
        act = rightAfter(quotation, close, byVerb, bySubject);
      }
      if (act == null) {
        act = before(open);
      }
      if (act == null) {
        act = laterInSentence(close);
      }
      Quote quote;
      if (act != null) {
        quote = quotes.direct(quotation, act.who(), act);
      } else {
        quote = continued(quotation, open, previous, previousEnd);
      }
      out.add(quote);
      previous = quote;
      previousEnd = close;
    }
    return out;
  }

  /** The act whose clause holds tokens {@code open..close}; clauses never overlap. */
  private SpeechAct containing(int open, int close) {
    int low = 0;
    int high = clauseActs.size() - 1;
    SpeechAct found = null;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      SpeechAct act = clauseActs.get(mid);
      if (act.clause()[0] <= open) {
        found = act;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found != null && close < found.clause()[1] ? found : null;
  }

  /** Index in {@code acts} (in text order) of the last act before {@code token}, or -1. */
  private int lastActBefore(int token) {
    int low = 0;
    int high = acts.size() - 1;
    int found = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (acts.get(mid).verb() < token) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  private SpeechAct rightAfter(
      Quotation quotation,
      int close,
      Map<Integer, SpeechAct> byVerb,
      Map<Integer, SpeechAct> bySubject) {
    int k = close + 1;
    while (k < facts.count() && !facts.quoted(k) && (facts.is(k, ",") || facts.isDash(k))) {
      k++;
    }
    if (k >= facts.count() || facts.paragraphOf(k) != facts.paragraphOf(close)) {
      return null;
    }
    if (endsWithFullStop(quotation) && Character.isUpperCase(facts.token(k).codePointAt(0))) {
      return null; // “... thing.” He added...: a new sentence, not an attribution
    }
    if (k == close + 1 && !endsWithPunctuation(quotation)) {
      return null; // the so-called “militia” organizations claimed: part of the sentence
    }
    SpeechAct act = byVerb.get(k);
    return act != null && act.inverted() ? act : bySubject.get(k);
  }

  private boolean endsWithFullStop(Quotation quotation) {
    return quotation.lastCharInside(facts.text().text()) == '.';
  }

  private boolean endsWithPunctuation(Quotation quotation) {
    return ".,?!…—–-".indexOf(quotation.lastCharInside(facts.text().text())) >= 0;
  }

  private SpeechAct before(int open) {
    int last = lastActBefore(open);
    return last >= 0 && facts.sentenceOf(acts.get(last).verb()) == facts.sentenceOf(open)
        ? acts.get(last)
        : null;
  }

  /**
   * "After praising the fence as “clean and orderly”, he told his viewers: ...": a quotation in an
   * opening phrase belongs to the sentence's speaker, when that act of saying reports no clause of
   * its own (one that does is about something else).
   */
  private SpeechAct laterInSentence(int close) {
    int next = lastActBefore(close + 1) + 1;
    if (next >= acts.size() || facts.sentenceOf(acts.get(next).verb()) != facts.sentenceOf(close)) {
      return null;
    }
    SpeechAct act = acts.get(next);
    return act.clause() == null ? act : null;
  }

  /**
   * A quotation with no attribution of its own: when it opens its sentence, it continues the
   * speaker of the latest quotation or act of saying in the same or the previous paragraph.
   */
  private Quote continued(Quotation quotation, int open, Quote previous, int previousEnd) {
    boolean opensSentence = true;
    for (int t = facts.sentenceFirst(open); t < open && opensSentence; t++) {
      opensSentence = !facts.isWord(t);
    }
    int paragraph = facts.paragraphOf(open);
    int last = lastActBefore(open);
    SpeechAct lastAct = last >= 0 ? acts.get(last) : null;
    boolean actIsLater = lastAct != null && lastAct.verb() > previousEnd;
    if (opensSentence && actIsLater && paragraph - facts.paragraphOf(lastAct.verb()) <= 1) {
      return quotes.direct(quotation, lastAct.who(), lastAct);
    }
    if (opensSentence
        && previous != null
        && previous.speaker().length() > 0
        && paragraph - facts.paragraphOf(previousEnd) <= 1) {
      return quotes.continuing(previous, quotation);
    }
    return quotes.direct(quotation, Speakers.Attribution.NONE, null);
  }
}
