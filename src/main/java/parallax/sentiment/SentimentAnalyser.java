package parallax.sentiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import parallax.model.AnnotatedText;
import parallax.model.Article;
import parallax.nlp.EntityFinder;
import parallax.nlp.EntityMention;

/**
 * The sentiment stage for one article: a score for every sentence and for every entity mention, the
 * author's words kept apart from quoted speech.
 *
 * <p>Sentences are scored whole and flagged {@code quoted} when most of their words are quoted. A
 * mention is scored on the words of its own voice in its sentence: the author's words for a mention
 * in the author's text (what the quoted people say about it is theirs, not the author's), the
 * quoted words for a mention inside a quotation. Quoted speech comes from the quotes stage when it
 * passes its ranges in, else from {@link QuoteDetector}.
 *
 * <p>Build one per partition: not thread-safe when a sentiment model or name-finder model is used.
 * Heavy resources (lexicon, models, entity list) are shared per JVM.
 */
public final class SentimentAnalyser {

  private final TargetSentimentClassifier classifier;
  private final EntityFinder entities;
  private final QuoteDetector quotes = new QuoteDetector();

  public SentimentAnalyser(TargetSentimentClassifier classifier, EntityFinder entities) {
    this.classifier = classifier;
    this.entities = entities;
  }

  /**
   * Builds the analyser from files.
   *
   * @param lexicons the lexicon directory (its {@code sentiment/} subfolder holds {@code
   *     sentiment-modifiers.tsv} and {@code name-words.tsv})
   * @param entityList the user's entity list ({@code data/entities.tsv})
   * @param nerModel an OpenNLP name-finder model, or null
   * @param sentimentModel a model from {@code train-sentiment}, or null for the lexicon
   */
  public static SentimentAnalyser create(
      Path lexicons, Path entityList, Path nerModel, Path sentimentModel) {
    SentenceScorer scorer = SentenceScorer.load(lexicons);
    TargetSentimentClassifier classifier =
        sentimentModel == null
            ? TargetSentimentClassifier.lexicon(scorer)
            : TargetSentimentClassifier.model(scorer, SentimentModel.load(sentimentModel));
    return new SentimentAnalyser(classifier, EntityFinder.load(entityList, lexicons, nerModel));
  }

  /**
   * How scores are made: {@code lexicon}, {@code model}, {@code model+lexicon} or {@code combined}.
   */
  public String method() {
    return classifier.method();
  }

  /** Analyses {@code article}, finding quoted speech by its quotation marks. */
  public ArticleSentiment analyse(Article article, AnnotatedText text) {
    return analyse(article, text, quotedSpeech(text));
  }

  /**
   * The quoted speech of {@code text} as this analyser finds it on its own: the stretches between
   * quotation marks ({@link QuoteDetector}). When the quotes analysis runs too, pass its direct
   * quotes to {@link #analyse(Article, AnnotatedText, QuotedRanges)} instead.
   */
  public QuotedRanges quotedSpeech(AnnotatedText text) {
    return quotes.detect(text.text());
  }

  /** Analyses {@code article} with quoted speech as {@code quoted} gives it. */
  public ArticleSentiment analyse(Article article, AnnotatedText text, QuotedRanges quoted) {
    IntPredicate quotedToken = t -> quoted.contains(text.tokenStart(t));
    List<SentenceSentiment> sentences = new ArrayList<>(text.sentenceCount());
    // Each sentence is analysed once, for its own score and for every mention in it.
    TokenValences[] valences = new TokenValences[text.sentenceCount()];
    for (int s = 0; s < text.sentenceCount(); s++) {
      valences[s] = classifier.sentenceScorer().analyseSentence(text, s);
      TargetSentiment sentiment = classifier.classifySentence(text, s, valences[s]);
      sentences.add(
          new SentenceSentiment(
              article.id(),
              s,
              text.sentenceStart(s),
              text.sentenceEnd(s),
              sentiment.score(),
              sentiment.polarity().label(),
              mostlyQuoted(text, s, quotedToken)));
    }
    List<MentionSentiment> mentions = new ArrayList<>();
    for (EntityMention mention : entities.find(text)) {
      boolean inQuote = quoted.contains(mention.start());
      IntPredicate sameVoice = t -> quotedToken.test(t) == inQuote;
      TargetSpan target =
          new TargetSpan(mention.sentence(), mention.firstToken(), mention.endToken());
      TargetSentiment sentiment =
          classifier.classify(text, target, valences[mention.sentence()], sameVoice, quotedToken);
      mentions.add(
          new MentionSentiment(
              article.id(),
              mention.entity(),
              mention.name(),
              mention.type(),
              mention.origin(),
              mention.start(),
              mention.end(),
              mention.sentence(),
              inQuote,
              sentiment.score(),
              sentiment.polarity().label()));
    }
    return new ArticleSentiment(article.id(), classifier.method(), sentences, mentions);
  }

  private static boolean mostlyQuoted(AnnotatedText text, int s, IntPredicate quotedToken) {
    int words = 0;
    int quotedWords = 0;
    for (int t = text.sentenceFirstToken(s); t < text.sentenceEndToken(s); t++) {
      if (AnnotatedText.isWord(text.token(t))) {
        words++;
        if (quotedToken.test(t)) {
          quotedWords++;
        }
      }
    }
    return quotedWords * 2 > words;
  }
}
