package parallax.nlp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import parallax.model.AnnotatedText;

/**
 * Finds the people, organisations and places an article names, sentence by sentence, from three
 * sources in order of trust:
 *
 * <ol>
 *   <li>the user's {@link EntityList}: every listed name and alias, typed and canonical;
 *   <li>an optional OpenNLP name-finder model ({@link OpenNlpNameFinder}, {@code --ner-model});
 *   <li>runs of proper nouns (UD tag {@code PROPN}, joined over "of" and "for"), since no English
 *       name-finder model is published on Maven Central.
 * </ol>
 *
 * A later source never takes tokens an earlier one took. Names are cleaned the same way whatever
 * found them: titles are cut off and mark a person ("Russian President Vladimir Putin" gives
 * "Vladimir Putin"), a possessive is dropped ("Putin's"), dates and other non-names are trimmed
 * ({@link NameWords}); a single capitalised word opening a sentence is dropped when the article
 * also uses it in lower case. An unlisted name whose form is listed gets the listed entity.
 *
 * <p>Not thread-safe when a name-finder model is used (OpenNLP's finder keeps state): one per
 * partition. Cheap to build; the list, words and models are shared.
 */
public final class EntityFinder {

  private static final Set<String> CONNECTORS = Set.of("of", "for", "&");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "across", "outside");

  private final EntityList list;
  private final NameWords words;
  private final OpenNlpNameFinder nameFinder;

  /**
   * @param list the user's entities (may be {@link EntityList#empty()})
   * @param words titles and other name words
   * @param nameFinder a name-finder model, or null for none
   */
  public EntityFinder(EntityList list, NameWords words, OpenNlpNameFinder nameFinder) {
    this.list = list;
    this.words = words;
    this.nameFinder = nameFinder;
  }

  /**
   * The entity list at {@code entities}, name words from {@code lexiconDirectory}, and the
   * name-finder model at {@code nerModel} when not null.
   */
  public static EntityFinder load(Path entities, Path lexiconDirectory, Path nerModel) {
    return new EntityFinder(
        EntityList.load(entities),
        NameWords.load(lexiconDirectory),
        nerModel == null ? null : new OpenNlpNameFinder(OpenNlpNameFinder.load(nerModel)));
  }

  /** Every mention in {@code text}, in text order. */
  public List<EntityMention> find(AnnotatedText text) {
    List<EntityMention> mentions = new ArrayList<>();
    boolean[] taken = new boolean[text.tokenCount()];
    LowerCaseWords lowerCaseWords = new LowerCaseWords(text);
    for (int s = 0; s < text.sentenceCount(); s++) {
      int from = text.sentenceFirstToken(s);
      int to = text.sentenceEndToken(s);
      List<EntityMention> found = new ArrayList<>();
      findListed(text, s, from, to, taken, found);
      if (nameFinder != null) {
        for (OpenNlpNameFinder.Name name : nameFinder.find(text, from, to)) {
          if (isFree(taken, name.firstToken(), name.endToken())) {
            addName(text, s, name.firstToken(), name.endToken(), name.type(), "model", found);
            mark(taken, name.firstToken(), name.endToken());
          }
        }
      }
      findProperNounRuns(text, s, from, to, taken, lowerCaseWords, found);
      found.sort((a, b) -> Integer.compare(a.firstToken(), b.firstToken()));
      mentions.addAll(found);
    }
    if (nameFinder != null) {
      nameFinder.clearAdaptiveData();
    }
    return mentions;
  }

  private void findListed(
      AnnotatedText text, int s, int from, int to, boolean[] taken, List<EntityMention> found) {
    for (int t = from; t < to; t++) {
      EntityList.Match match = list.matchAt(text, t, to);
      if (match != null) {
        int end = match.endToken();
        found.add(
            new EntityMention(
                nameText(text, t, end),
                match.entry().name(),
                match.entry().type(),
                "list",
                s,
                t,
                end,
                text.tokenStart(t),
                nameEnd(text, end - 1)));
        mark(taken, t, end);
        t = end - 1;
      }
    }
  }

  private void findProperNounRuns(
      AnnotatedText text,
      int s,
      int from,
      int to,
      boolean[] taken,
      LowerCaseWords lowerCaseWords,
      List<EntityMention> found) {
    int t = from;
    while (t < to) {
      if (taken[t] || !isProperNoun(text, t)) {
        t++;
        continue;
      }
      int end = t + 1;
      while (end < to && !taken[end] && !endsWithPossessive(text.token(end - 1))) {
        if (isProperNoun(text, end)) {
          end++;
        } else if (end + 1 < to
            && CONNECTORS.contains(text.token(end))
            && !taken[end + 1]
            && isProperNoun(text, end + 1)) {
          end += 2;
        } else {
          break;
        }
      }
      addRun(text, s, from, t, end, lowerCaseWords, found);
      t = end;
    }
  }

  /**
   * Splits a run at its last title: the name after it is a person's, what is before stands alone.
   */
  private void addRun(
      AnnotatedText text,
      int s,
      int sentenceStart,
      int from,
      int to,
      LowerCaseWords lowerCaseWords,
      List<EntityMention> found) {
    int lastTitle = -1;
    for (int t = from; t < to; t++) {
      if (words.isTitle(text.token(t))) {
        lastTitle = t;
      }
    }
    if (lastTitle >= 0) {
      int prefixEnd = from;
      while (prefixEnd < lastTitle && !words.isTitle(text.token(prefixEnd))) {
        prefixEnd++;
      }
      addPiece(text, s, sentenceStart, from, prefixEnd, false, lowerCaseWords, found);
      addPiece(text, s, sentenceStart, lastTitle + 1, to, true, lowerCaseWords, found);
    } else {
      boolean titled = from > sentenceStart && words.isTitle(text.token(from - 1));
      addPiece(text, s, sentenceStart, from, to, titled, lowerCaseWords, found);
    }
  }

  private void addPiece(
      AnnotatedText text,
      int s,
      int sentenceStart,
      int from,
      int to,
      boolean titled,
      LowerCaseWords lowerCaseWords,
      List<EntityMention> found) {
    while (from < to && (words.isNotName(text.token(from)) || isConnector(text, from))) {
      from++;
    }
    while (to > from && (words.isNotName(text.token(to - 1)) || isConnector(text, to - 1))) {
      to--;
    }
    if (from >= to || !hasLetter(text, from, to)) {
      return;
    }
    if (to - from == 1 && from == sentenceStart && !titled) {
      String lower = EntityList.normalize(text.token(from));
      if (lowerCaseWords.contains(lower)) {
        return;
      }
    }
    String type = titled ? EntityMention.PERSON : guessType(text, sentenceStart, from, to);
    addName(text, s, from, to, type, "propn", found);
  }

  private void addName(
      AnnotatedText text,
      int s,
      int from,
      int to,
      String type,
      String origin,
      List<EntityMention> found) {
    String name = nameText(text, from, to);
    EntityList.Entry listed = list.lookup(name);
    String entity = listed == null ? name : listed.name();
    String entityType = listed == null ? type : listed.type();
    found.add(
        new EntityMention(
            name,
            entity,
            entityType,
            listed == null ? origin : "list",
            s,
            from,
            to,
            text.tokenStart(from),
            nameEnd(text, to - 1)));
  }

  private String guessType(AnnotatedText text, int sentenceStart, int from, int to) {
    for (int t = from; t < to; t++) {
      if (words.isOrganizationWord(text.token(t))) {
        return EntityMention.ORGANIZATION;
      }
    }
    if (from > sentenceStart
        && PLACE_PREPOSITIONS.contains(EntityList.normalize(text.token(from - 1)))) {
      return EntityMention.PLACE;
    }
    return EntityMention.OTHER;
  }

  /** The name's text: its tokens as written, without a final possessive. */
  private static String nameText(AnnotatedText text, int from, int to) {
    return text.text().substring(text.tokenStart(from), nameEnd(text, to - 1));
  }

  private static int nameEnd(AnnotatedText text, int last) {
    return endsWithPossessive(text.token(last)) && text.token(last).length() > 2
        ? text.tokenEnd(last) - 2
        : text.tokenEnd(last);
  }

  private static boolean endsWithPossessive(String token) {
    return token.endsWith("'s") || token.endsWith("’s");
  }

  private static boolean isProperNoun(AnnotatedText text, int t) {
    return text.tag(t).startsWith("PROPN") && Character.isLetterOrDigit(text.token(t).charAt(0));
  }

  private static boolean isConnector(AnnotatedText text, int t) {
    return CONNECTORS.contains(text.token(t));
  }

  private static boolean hasLetter(AnnotatedText text, int from, int to) {
    for (int t = from; t < to; t++) {
      String token = text.token(t);
      for (int i = 0; i < token.length(); i++) {
        if (Character.isLetter(token.charAt(i))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isFree(boolean[] taken, int from, int to) {
    for (int t = from; t < to; t++) {
      if (taken[t]) {
        return false;
      }
    }
    return true;
  }

  private static void mark(boolean[] taken, int from, int to) {
    for (int t = from; t < to; t++) {
      taken[t] = true;
    }
  }

  /** The article's words written in lower case, collected once and only when asked. */
  private static final class LowerCaseWords {
    private final AnnotatedText text;
    private Set<String> words;

    LowerCaseWords(AnnotatedText text) {
      this.text = text;
    }

    boolean contains(String lowerCaseWord) {
      if (words == null) {
        words = new HashSet<>();
        for (int t = 0; t < text.tokenCount(); t++) {
          String token = text.token(t);
          if (Character.isLowerCase(token.charAt(0))) {
            words.add(EntityList.normalize(token));
          }
        }
      }
      return words.contains(lowerCaseWord);
    }
  }
}
