package parallax.quotes;

import java.util.List;
import java.util.Objects;

/**
 * The quotes of one version of a story: the input of the story-level {@link ShareOfVoice}.
 *
 * @param articleId the article's id
 * @param source the outlet that published it
 * @param quotes its quotes, as {@link QuoteAnalyzer} found them
 */
public record ArticleQuotes(String articleId, String source, List<Quote> quotes) {

  public ArticleQuotes {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(source, "source");
    quotes = List.copyOf(quotes);
  }
}
