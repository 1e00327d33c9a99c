package parallax.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import parallax.framing.FramingAnalyser;
import parallax.framing.Lexicon;
import parallax.framing.TermCounter;
import parallax.model.AnnotatedText;
import parallax.model.Article;
import parallax.nlp.EntityList;
import parallax.nlp.Lemmatizer;
import parallax.nlp.NlpPipeline;
import parallax.quotes.QuoteAnalyzer;
import parallax.sentiment.SentimentAnalyser;

/**
 * The per-article analysis code under JMH: each benchmark runs one analysis over the same batch of
 * real articles, annotated once beforehand, so its time divided by {@link #nlp}'s is that
 * analysis's cost relative to the NLP stage (the budgets of the framing and sentiment issues are
 * stated that way). One thread, as inside one Spark task. Run with {@code scripts/bench.sh jmh}.
 *
 * <p>The corpus is the JSON Lines file in the system property {@code parallax.bench.corpus}
 * (default the article-bias dataset); the batch is its first {@link #articles} articles.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ArticleAnalysisBenchmark {

  static final String CORPUS_PROPERTY = "parallax.bench.corpus";
  private static final Path DEFAULT_CORPUS =
      Path.of("../shared/datasets/article-bias/articles.jsonl.gz");
  private static final Path LEXICONS = Lexicon.DEFAULT_DIRECTORY;
  private static final Path ENTITIES = Path.of("data", "entities.tsv");

  /** Articles per batch: enough to cover the corpus's mix of lengths and outlets. */
  @Param("500")
  public int articles;

  private List<Article> batch;
  private List<AnnotatedText> texts;
  private NlpPipeline pipeline;
  private FramingAnalyser framing;
  private QuoteAnalyzer quotes;
  private SentimentAnalyser sentiment;

  @Setup
  public void setUp() throws IOException {
    Path corpus = Path.of(System.getProperty(CORPUS_PROPERTY, DEFAULT_CORPUS.toString()));
    if (!Files.exists(corpus)) {
      throw new IllegalStateException(
          "corpus " + corpus + " not found (the article-bias dataset lives in ../shared/datasets)");
    }
    List<String> bodies = BenchCorpus.bodies(corpus);
    batch = new ArrayList<>();
    for (int i = 0; i < Math.min(articles, bodies.size()); i++) {
      batch.add(
          new Article(
              "bench-" + i, "bench", "bench", null, null, null, null, bodies.get(i), "bench", i));
    }
    pipeline = new NlpPipeline();
    texts = new ArrayList<>(batch.size());
    for (Article article : batch) {
      texts.add(pipeline.annotate(article.body()));
    }
    framing = new FramingAnalyser(Lexicon.load(List.of(LEXICONS)), new Lemmatizer());
    quotes = QuoteAnalyzer.fromLexicons(LEXICONS, EntityList.load(ENTITIES));
    sentiment = SentimentAnalyser.create(LEXICONS, ENTITIES, null, null);
  }

  /** Sentence detection, tokenizing and POS tagging: the stage every other cost is set against. */
  @Benchmark
  public void nlp(Blackhole sink) {
    for (Article article : batch) {
      sink.consume(pipeline.annotate(article.body()));
    }
  }

  /** Framing lexicon matching plus the term counts behind distinctive terms. */
  @Benchmark
  public void framing(Blackhole sink) {
    for (int i = 0; i < batch.size(); i++) {
      sink.consume(framing.analyse(batch.get(i), texts.get(i)));
      sink.consume(TermCounter.count(texts.get(i)));
    }
  }

  /** Direct and indirect quotes with their speakers. */
  @Benchmark
  public void quotes(Blackhole sink) {
    for (int i = 0; i < batch.size(); i++) {
      sink.consume(quotes.analyze(batch.get(i), texts.get(i)));
    }
  }

  /** Sentence scores and tone toward each entity mentioned. */
  @Benchmark
  public void sentiment(Blackhole sink) {
    for (int i = 0; i < batch.size(); i++) {
      sink.consume(sentiment.analyse(batch.get(i), texts.get(i)));
    }
  }
}
