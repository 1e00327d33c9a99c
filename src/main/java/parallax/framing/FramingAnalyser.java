package parallax.framing;

import java.util.List;
import java.util.Objects;
import parallax.model.AnnotatedText;
import parallax.model.Article;
import parallax.nlp.Lemmatizer;

/**
 * Counts lexicon terms in articles: the framing stage's per-article step.
 *
 * <p>Build one per partition (or thread) from a {@link Lexicon} loaded once per JVM: the analyser
 * owns a {@link Lemmatizer}, which is not thread-safe. It asks the lemmatizer only about words that
 * are inflections of lemma-aware entries, and remembers answers. No side effects: analysing the
 * same article twice gives equal results.
 */
public final class FramingAnalyser {

  private final Lexicon lexicon;
  private final Lemmatizer lemmatizer;

  public FramingAnalyser(Lexicon lexicon) {
    this(lexicon, new Lemmatizer());
  }

  /** Shares a lemmatizer the caller already has for this thread. */
  public FramingAnalyser(Lexicon lexicon, Lemmatizer lemmatizer) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.lemmatizer = Objects.requireNonNull(lemmatizer, "lemmatizer");
  }

  /** The article's hits and word count. {@code text} must be the annotation of its body. */
  public ArticleFraming analyse(Article article, AnnotatedText text) {
    if (!article.body().equals(text.text())) {
      throw new IllegalArgumentException(
          "annotated text is not the body of article " + article.id());
    }
    return new ArticleFraming(
        article.id(), article.storyId(), article.source(), text.wordCount(), hits(text));
  }

  /** Every lexicon hit in {@code text}, ordered by start offset. */
  public List<FramingHit> hits(AnnotatedText text) {
    return lexicon.matcher().match(text, lemmatizer);
  }
}
