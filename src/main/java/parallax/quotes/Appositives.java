package parallax.quotes;

/**
 * What stands beside a name and describes its bearer: an appositive after it ("Olena Marchenko, an
 * analyst at...", "Anders Moe, 67, a retired ferry mechanic"), a title and comma before it ("his
 * wife, Ann,"), a politician's party tag ("Ilhan Omar (D-Minn.)", "Michael McCaul, R-Texas,").
 *
 * <p>Per article; not thread-safe.
 */
final class Appositives {

  private final TokenFacts facts;

  Appositives(TokenFacts facts) {
    this.facts = facts;
  }

  /** "his wife, Ann," or "the mayor, Kari Lunde,": a title and a comma before the name. */
  boolean titleBefore(int first) {
    int comma = first - 1;
    return comma > 0 && facts.is(comma, ",") && !facts.quoted(comma) && facts.isTitle(comma - 1);
  }

  /** "republican" for "(R-Ga.)" or ", R-Texas,"; null when no party tag follows. */
  String partyAfter(int t) {
    if (t + 1 >= facts.count() || !(facts.is(t, "(") || facts.is(t, ",")) || facts.quoted(t + 1)) {
      return null;
    }
    String tag = facts.token(t + 1);
    if (tag.length() < 2 || tag.charAt(1) != '-') {
      return null;
    }
    return switch (tag.charAt(0)) {
      case 'R' -> "republican";
      case 'D' -> "democrat";
      case 'I' -> "independent";
      default -> null;
    };
  }

  String headAfter(int t) {
    int count = facts.count();
    if (t >= count || !facts.is(t, ",") || facts.quoted(t)) {
      return null;
    }
    int k = t + 1;
    if (k + 1 < count && "NUM".equals(facts.tag(k)) && facts.is(k + 1, ",")) {
      k += 2; // an age: "Anders Moe, 67, a retired ferry mechanic"
    }
    String head = null;
    int sentence = facts.sentenceOf(t);
    for (; k < count && facts.sentenceOf(k) == sentence && !facts.quoted(k); k++) {
      String tag = facts.tag(k);
      if (tag.equals("NOUN") || facts.isTitle(k)) {
        head = facts.titleForm(k);
      } else if (!(tag.equals("DET")
          || tag.equals("ADJ")
          || tag.equals("PROPN")
          || facts.isName(k)
          || facts.isGluedHyphen(k))) {
        break;
      }
    }
    return head;
  }
}
