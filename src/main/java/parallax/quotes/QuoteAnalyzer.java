package parallax.quotes;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import parallax.model.AnnotatedText;
import parallax.model.Article;
import parallax.nlp.EntityList;
import parallax.nlp.Lemmatizer;

/**
 * Finds the quotes of an article and who said them: direct quotes in quotation marks and indirect
 * speech (reported clauses of verbs of saying, "according to X"), each with its speaker, verb and
 * character span into the body (conventions in {@link Quote}).
 *
 * <p>How speakers are named: a person by the fullest form of their name in the article (so "Putin",
 * "Vladimir Putin" and "Russian President Vladimir Putin" are all "Vladimir Putin"), an
 * organisation or place as named ("Kremlin", "Moscow"), a group by its noun phrase without
 * determiner ("local authorities"). Pronouns and roles ("he", "the Kremlin spokesman") are resolved
 * to those names; what cannot be resolved is "". Names are merged across the versions of a story
 * later, by {@link SpeakerNames}.
 *
 * <p>Cost: one pass over the characters for quotation marks and a few passes over the tokens, each
 * looking only a bounded number of tokens around the current one; the lemmatizer is asked only
 * about verbs whose first letters match a listed verb of saying.
 *
 * <p>Not thread-safe (the {@link Lemmatizer} is not): build one per Spark partition. No side
 * effects; the same input always gives the same quotes.
 */
public final class QuoteAnalyzer {

  private final SpeechVerbs verbs;
  private final GivenNames givenNames;
  private final Lemmatizer lemmatizer;
  private final EntityList entities;

  /** An analyser that knows no given names and no entities beyond what each text shows. */
  public QuoteAnalyzer(SpeechVerbs verbs, Lemmatizer lemmatizer) {
    this(verbs, GivenNames.none(), lemmatizer, EntityList.empty());
  }

  /**
   * @param verbs the verbs of saying
   * @param givenNames given names that tell a person's sex, for "he" and "she"; may be {@link
   *     GivenNames#none()}
   * @param lemmatizer this analyser's own lemmatizer (not thread-safe)
   * @param entities the user's entity list ({@code data/entities.tsv}): its types decide whether a
   *     listed name is a person, an organisation or a place (so that "he" never goes to a listed
   *     organisation); may be {@link EntityList#empty()}
   */
  public QuoteAnalyzer(
      SpeechVerbs verbs, GivenNames givenNames, Lemmatizer lemmatizer, EntityList entities) {
    this.verbs = Objects.requireNonNull(verbs, "verbs");
    this.givenNames = Objects.requireNonNull(givenNames, "givenNames");
    this.lemmatizer = Objects.requireNonNull(lemmatizer, "lemmatizer");
    this.entities = Objects.requireNonNull(entities, "entities");
  }

  /**
   * An analyser with the verbs of {@code lexiconDir/quotes/speech-verbs.tsv}, the given names of
   * {@code lexiconDir/quotes/given-names.tsv}, its own lemmatizer and no entity list.
   */
  public static QuoteAnalyzer fromLexicons(Path lexiconDir) {
    return fromLexicons(lexiconDir, EntityList.empty());
  }

  /** As {@link #fromLexicons(Path)}, with the user's entity list. */
  public static QuoteAnalyzer fromLexicons(Path lexiconDir, EntityList entities) {
    return new QuoteAnalyzer(
        SpeechVerbs.load(lexiconDir), GivenNames.load(lexiconDir), new Lemmatizer(), entities);
  }

  /**
   * The quotes of {@code article}, whose body {@code text} annotates, ordered by start.
   *
   * @throws IllegalArgumentException when {@code text} is not the annotation of the article body
   */
  public List<Quote> analyze(Article article, AnnotatedText text) {
    if (!article.body().equals(text.text())) {
      throw new IllegalArgumentException(
          "the annotated text is not the body of article "
              + article.id()
              + " ("
              + article.inputFile()
              + ":"
              + article.line()
              + ")");
    }
    return analyze(text);
  }

  /** The quotes of an annotated text, ordered by start (direct before indirect at a tie). */
  public List<Quote> analyze(AnnotatedText text) {
    return new ArticleQuoting(text, verbs, givenNames, lemmatizer, entities).run();
  }
}
