package parallax.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import parallax.model.AnnotatedText;
import parallax.model.Article;
import parallax.model.OutletDirectory;

/**
 * Turns an annotated article into its {@link ArticleFingerprint}: per sentence the {@link Shingler}
 * hashes and the hashed stems of its content words, plus the credits in the body.
 *
 * <p>Content words are the tokens tagged NOUN, PROPN, VERB, ADJ, ADV or NUM: what a paraphrase
 * keeps while it swaps function words and syntax. They are compared by Snowball (Porter 2) stem,
 * not by lemma: stemming is a few string operations, where OpenNLP's lemmatizer would be run for
 * every content word; and a paraphrase that turns "congratulated" into "congratulations" is still
 * caught.
 *
 * <p>Not thread-safe (the stemmer keeps state): build one per partition. Cheap to build.
 */
public final class Fingerprinter {

  private static final Set<String> CONTENT_TAGS =
      Set.of("NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM");

  private static final int MAX_REMEMBERED = 50_000;

  private final Shingler shingler;
  private final OutletDirectory outlets;
  private final CreditFinder credits;
  private final SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
  private final Map<String, Long> termHashes = new HashMap<>();

  public Fingerprinter(Shingler shingler, OutletDirectory outlets) {
    this.shingler = Objects.requireNonNull(shingler, "shingler");
    this.outlets = Objects.requireNonNull(outlets, "outlets");
    this.credits = new CreditFinder(outlets);
  }

  /**
   * The fingerprint of {@code article}, whose body {@code text} annotates. Credits to the article's
   * own outlet (a wire's own dateline) are left out.
   *
   * @throws IllegalArgumentException when {@code text} is not the annotation of the article's body
   */
  public ArticleFingerprint fingerprint(Article article, AnnotatedText text) {
    if (!article.body().equals(text.text())) {
      throw new IllegalArgumentException(
          "annotation does not belong to the body of article " + article.id());
    }
    List<SentenceFingerprint> sentences = new ArrayList<>(text.sentenceCount());
    for (int s = 0; s < text.sentenceCount(); s++) {
      sentences.add(sentence(text, s));
    }
    String own = canonical(article.source());
    List<Credit> found = new ArrayList<>();
    for (Credit credit : credits.find(article.body())) {
      if (!canonical(credit.outlet() != null ? credit.outlet() : credit.phrase()).equals(own)) {
        found.add(credit);
      }
    }
    return new ArticleFingerprint(
        article.id(),
        article.source(),
        article.creditedSource(),
        article.published(),
        found,
        sentences);
  }

  /** The outlet's canonical name in comparable form, or the name itself when unknown. */
  private String canonical(String name) {
    String resolved = outlets.resolve(name);
    return OutletDirectory.normalise(resolved != null ? resolved : name);
  }

  private SentenceFingerprint sentence(AnnotatedText text, int s) {
    int start = text.sentenceStart(s);
    int end = text.sentenceEnd(s);
    int first = text.sentenceFirstToken(s);
    int last = text.sentenceEndToken(s);
    long[] terms = new long[last - first];
    int termCount = 0;
    int words = 0;
    for (int t = first; t < last; t++) {
      String token = text.token(t);
      if (!AnnotatedText.isWord(token)) {
        continue;
      }
      words++;
      if (CONTENT_TAGS.contains(text.tag(t))) {
        terms[termCount++] = termHash(token);
      }
    }
    long[] distinctTerms = Shingler.distinctSorted(Arrays.copyOf(terms, termCount));
    return new SentenceFingerprint(
        start,
        end,
        words,
        SentenceFingerprint.toList(shingler.shingles(text.text(), start, end)),
        SentenceFingerprint.toList(distinctTerms));
  }

  /**
   * The hash of the stem of the token's normalised word (lower case, without apostrophes or
   * separators), remembered per token: a few words make up most tokens of real text.
   */
  private long termHash(String token) {
    Long hash = termHashes.get(token);
    if (hash == null) {
      hash = Shingler.hashWord(stem(token));
      if (termHashes.size() >= MAX_REMEMBERED) {
        termHashes.clear();
      }
      termHashes.put(token, hash);
    }
    return hash;
  }

  /** The stem of the token's normalised word. */
  String stem(String token) {
    StringBuilder word = new StringBuilder(token.length());
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
      }
    }
    return stemmer.stem(word).toString();
  }
}
