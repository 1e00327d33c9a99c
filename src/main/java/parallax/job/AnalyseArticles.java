package parallax.job;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import parallax.framing.ArticleFraming;
import parallax.framing.FramingAnalyser;
import parallax.framing.Lexicon;
import parallax.framing.LexiconEntry;
import parallax.framing.TermCount;
import parallax.framing.TermCounter;
import parallax.model.AnnotatedText;
import parallax.model.Article;
import parallax.model.OutletDirectory;
import parallax.nlp.Lemmatizer;
import parallax.nlp.NlpPipeline;
import parallax.quotes.Quote;
import parallax.quotes.QuoteAnalyzer;
import parallax.reuse.ArticleFingerprint;
import parallax.reuse.Credit;
import parallax.reuse.Fingerprinter;
import parallax.reuse.Shingler;
import parallax.sentiment.ArticleSentiment;
import parallax.sentiment.QuotedRanges;
import parallax.sentiment.SentimentAnalyser;

/**
 * The one {@code mapPartitions} of the job: per partition it builds the OpenNLP pipeline and the
 * analysers once (models and the compiled lexicon are shared per JVM), then annotates each article
 * and runs every analysis over it, emitting one {@link AnalysedRows} row per article, lazily, so a
 * partition never sits in memory whole. Each analysis call is timed into {@link AnalysisTimes}
 * under one of {@link #ANALYSES}. An article whose analysis throws becomes a row with {@code error}
 * set, never a failed task. Side-effect free apart from the timers: a retried task gives the same
 * rows.
 */
final class AnalyseArticles implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  static final String NLP = "nlp";
  static final String FRAMING = "framing";
  static final String QUOTES = "quotes";
  static final String SENTIMENT = "sentiment";
  static final String REUSE = "reuse";

  /** The analyses timed per task, in the manifest's order. */
  static final List<String> ANALYSES = List.of(NLP, FRAMING, QUOTES, SENTIMENT, REUSE);

  private final Broadcast<List<LexiconEntry>> lexicon;
  private final Broadcast<QuoteLexicons.Inputs> quoteLexicons;
  private final Broadcast<SentimentInputs> sentiment;
  private final AnalysisTimes times;
  private final Broadcast<OutletDirectory> outlets;

  /**
   * @param lexicon the framing lexicon's entries, read on the driver
   * @param quoteLexicons the quote analysis's word lists, read on the driver ({@link
   *     QuoteLexicons})
   * @param sentiment the sentiment analysis's files, read on the driver
   * @param outlets the run's outlets, to resolve the outlets credits name
   * @param times timers registered on the driver for {@link #ANALYSES}
   */
  AnalyseArticles(
      Broadcast<List<LexiconEntry>> lexicon,
      Broadcast<QuoteLexicons.Inputs> quoteLexicons,
      Broadcast<SentimentInputs> sentiment,
      Broadcast<OutletDirectory> outlets,
      AnalysisTimes times) {
    this.lexicon = lexicon;
    this.quoteLexicons = quoteLexicons;
    this.sentiment = sentiment;
    this.times = times;
    this.outlets = outlets;
  }

  /** The analysers of one partition: not thread-safe, built once per task. */
  private record Analysers(
      NlpPipeline pipeline,
      FramingAnalyser framing,
      QuoteAnalyzer quotes,
      SentimentAnalyser sentiment,
      Fingerprinter fingerprinter) {}

  @Override
  public Iterator<Row> call(Iterator<Row> articles) {
    // One lemmatizer per partition, shared by the analyses (its memory of lemmas is per JVM).
    Lemmatizer lemmatizer = new Lemmatizer();
    SentimentInputs tone = sentiment.value();
    Analysers analysers =
        new Analysers(
            new NlpPipeline(),
            new FramingAnalyser(Lexicon.shared(lexicon.value()), lemmatizer),
            // Quotes and sentiment read the same entity list (data/entities.tsv or --entities).
            quoteLexicons.value().analyser(lemmatizer, tone.compiled().entities()),
            tone.analyser(),
            new Fingerprinter(Shingler.standard(), outlets.value()));
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return articles.hasNext();
      }

      @Override
      public Row next() {
        Row input = articles.next();
        Article article = AnalysedRows.article(input);
        String grouping = AnalysedRows.grouping(input);
        try {
          return analyse(analysers, article, grouping);
        } catch (RuntimeException e) {
          return AnalysedRows.failed(article, grouping, "analysis failed: " + e);
        }
      }
    };
  }

  private Row analyse(Analysers analysers, Article article, String grouping) {
    AnnotatedText text = times.time(NLP, () -> analysers.pipeline().annotate(article.body()));
    AnalysedRows.Builder row = AnalysedRows.analysed(article, grouping, text);

    ArticleFraming framing = times.time(FRAMING, () -> analysers.framing().analyse(article, text));
    List<TermCount> terms = times.time(FRAMING, () -> TermCounter.count(text));
    row.spans(framing.spans())
        .columns(FramingColumns.FIELDS, FramingColumns.values(framing, terms));

    List<Quote> quotes = times.time(QUOTES, () -> analysers.quotes().analyze(article, text));
    row.spans(quotes.stream().map(Quote::toSpan).toList())
        .columns(QuoteColumns.FIELDS, QuoteColumns.values(quotes, text.wordCount()));

    // Tone keeps the author's words apart from what the quotes analysis found quoted directly.
    QuotedRanges quoted = SentimentColumns.quotedRanges(quotes);
    ArticleSentiment tone =
        times.time(SENTIMENT, () -> analysers.sentiment().analyse(article, text, quoted));
    row.spans(tone.spans())
        .columns(
            SentimentColumns.FIELDS, times.time(SENTIMENT, () -> SentimentColumns.values(tone)));

    ArticleFingerprint fingerprint =
        times.time(REUSE, () -> analysers.fingerprinter().fingerprint(article, text));
    row.spans(fingerprint.credits().stream().map(Credit::toSpan).toList())
        .columns(ReuseColumns.FIELDS, ReuseColumns.values(fingerprint));

    return row.build();
  }
}
