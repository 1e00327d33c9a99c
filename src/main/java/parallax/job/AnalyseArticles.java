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
import parallax.reuse.ArticleFingerprint;
import parallax.reuse.Credit;
import parallax.reuse.Fingerprinter;
import parallax.reuse.Shingler;

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
  static final String REUSE = "reuse";

  /** The analyses timed per task, in the manifest's order. */
  static final List<String> ANALYSES = List.of(NLP, FRAMING, REUSE);

  private final Broadcast<List<LexiconEntry>> lexicon;
  private final AnalysisTimes times;
  private final Broadcast<OutletDirectory> outlets;

  /**
   * @param lexicon the framing lexicon's entries, read on the driver
   * @param times timers registered on the driver for {@link #ANALYSES}
   * @param outlets the run's outlets, to resolve the outlets credits name
   */
  AnalyseArticles(
      Broadcast<List<LexiconEntry>> lexicon,
      AnalysisTimes times,
      Broadcast<OutletDirectory> outlets) {
    this.lexicon = lexicon;
    this.times = times;
    this.outlets = outlets;
  }

  /** The analysers of one partition: not thread-safe, built once per task. */
  private record Analysers(
      NlpPipeline pipeline, FramingAnalyser framing, Fingerprinter fingerprinter) {}

  @Override
  public Iterator<Row> call(Iterator<Row> articles) {
    Analysers analysers =
        new Analysers(
            new NlpPipeline(),
            new FramingAnalyser(Lexicon.shared(lexicon.value()), new Lemmatizer()),
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

    ArticleFingerprint fingerprint =
        times.time(REUSE, () -> analysers.fingerprinter().fingerprint(article, text));
    row.spans(fingerprint.credits().stream().map(Credit::toSpan).toList())
        .columns(ReuseColumns.FIELDS, ReuseColumns.values(fingerprint));

    return row.build();
  }
}
