package parallax.bench;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import parallax.nlp.NlpModels;

/**
 * The limit Parallax's job is measured against: bare OpenNLP sentence detection, tokenizing and POS
 * tagging over the same bodies, in plain Java, one set of {@code *ME} objects per thread.
 */
final class NlpLimit {

  private static final int WARM_UP_ARTICLES = 1_000;

  private NlpLimit() {}

  /** Runs the first bodies once, so the first measured variant does not pay for the JIT. */
  static void warmUp(List<String> bodies, int threads) throws Exception {
    run(bodies.subList(0, Math.min(WARM_UP_ARTICLES, bodies.size())), threads);
  }

  /** Tokens tagged per second with {@code threads} threads pulling bodies from a shared queue. */
  static Measurement run(List<String> bodies, int threads) throws Exception {
    NlpModels.sentences();
    NlpModels.tokens();
    NlpModels.partsOfSpeech();
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    try {
      List<Future<Long>> counts =
          pool.invokeAll(
              java.util.Collections.nCopies(
                  threads,
                  () -> {
                    SentenceDetectorME sentences = new SentenceDetectorME(NlpModels.sentences());
                    TokenizerME tokenizer = new TokenizerME(NlpModels.tokens());
                    POSTaggerME tagger =
                        new POSTaggerME(NlpModels.partsOfSpeech(), POSTagFormat.UD);
                    long tokens = 0;
                    for (int i = next.getAndIncrement();
                        i < bodies.size();
                        i = next.getAndIncrement()) {
                      String body = bodies.get(i);
                      for (Span sentence : sentences.sentPosDetect(body)) {
                        String[] words =
                            tokenizer.tokenize(sentence.getCoveredText(body).toString());
                        tagger.tag(words);
                        tokens += words.length;
                      }
                    }
                    return tokens;
                  }));
      long tokens = 0;
      for (Future<Long> count : counts) {
        tokens += count.get();
      }
      return new Measurement(tokens, (System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdown();
    }
  }

  /** Tokens processed and the seconds it took. */
  record Measurement(long tokens, double seconds) {
    double tokensPerSecond() {
      return tokens / seconds;
    }
  }
}
