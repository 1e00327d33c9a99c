package parallax.nlp;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import parallax.model.AnnotatedText;

/**
 * Splits a text into paragraphs, sentences and tokens and tags every token's part of speech, with
 * offsets into the original text.
 *
 * <p>Not thread-safe (OpenNLP's {@code *ME} classes keep per-call state): build one per thread or
 * per Spark partition. Building one is cheap; the models behind it are loaded once per JVM.
 */
public final class NlpPipeline {

  /**
   * Longest run of tokens tagged at once: bounds the beam search on junk input, and the first-best
   * search cuts at the same places so the tags do not depend on which search ran.
   */
  static final int MAX_TAGGED_TOKENS = 400;

  private final SentenceDetectorME sentenceDetector;
  private final CachedTokenizer tokenizer;
  private final UnaryOperator<String[]> tagger;

  public NlpPipeline() {
    this.sentenceDetector = new SentenceDetectorME(NlpModels.sentences());
    this.tokenizer = new CachedTokenizer();
    this.tagger = tagger(NlpModels.partsOfSpeech());
  }

  /**
   * {@code POSTaggerME}'s tags, by the search that gives them with the fewest model evaluations.
   */
  private static UnaryOperator<String[]> tagger(POSModel model) {
    FirstBestPosTagger firstBest = FirstBestPosTagger.of(model);
    if (firstBest != null) {
      return firstBest::tag;
    }
    return new POSTaggerME(model, POSTagFormat.UD)::tag;
  }

  /** Annotates {@code text}; an empty or blank text gives no sentences and no tokens. */
  public AnnotatedText annotate(String text) {
    Builder out = new Builder();
    int paragraph = 0;
    int lineStart = 0;
    int length = text.length();
    while (lineStart < length) {
      int lineEnd = lineStart;
      while (lineEnd < length && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
        lineEnd++;
      }
      if (addParagraph(text, lineStart, lineEnd, paragraph, out)) {
        paragraph++;
      }
      lineStart = lineEnd + 1;
    }
    return out.build(text);
  }

  private boolean addParagraph(String text, int start, int end, int paragraph, Builder out) {
    String line = text.substring(start, end);
    if (line.isBlank()) {
      return false;
    }
    for (Span sentence : sentenceDetector.sentPosDetect(line)) {
      int sentenceStart = start + sentence.getStart();
      String sentenceText = line.substring(sentence.getStart(), sentence.getEnd());
      Span[] tokenSpans = tokenizer.tokenizePos(sentenceText);
      if (tokenSpans.length == 0) {
        continue;
      }
      out.startSentence(sentenceStart, start + sentence.getEnd(), paragraph);
      String[] words = Span.spansToStrings(tokenSpans, sentenceText);
      String[] tags = tag(words);
      for (int t = 0; t < tokenSpans.length; t++) {
        out.addToken(
            sentenceStart + tokenSpans[t].getStart(),
            sentenceStart + tokenSpans[t].getEnd(),
            tags[t]);
      }
    }
    return true;
  }

  private String[] tag(String[] words) {
    if (words.length <= MAX_TAGGED_TOKENS) {
      return tagger.apply(words);
    }
    String[] tags = new String[words.length];
    for (int from = 0; from < words.length; from += MAX_TAGGED_TOKENS) {
      int to = Math.min(words.length, from + MAX_TAGGED_TOKENS);
      String[] part = tagger.apply(Arrays.copyOfRange(words, from, to));
      System.arraycopy(part, 0, tags, from, part.length);
    }
    return tags;
  }

  /** Growable primitive arrays, so annotating a long article allocates few objects. */
  private static final class Builder {
    private final IntList sentenceStarts = new IntList();
    private final IntList sentenceEnds = new IntList();
    private final IntList sentenceParagraphs = new IntList();
    private final IntList sentenceFirstTokens = new IntList();
    private final IntList tokenStarts = new IntList();
    private final IntList tokenEnds = new IntList();
    private String[] tags = new String[256];

    void startSentence(int start, int end, int paragraph) {
      sentenceStarts.add(start);
      sentenceEnds.add(end);
      sentenceParagraphs.add(paragraph);
      sentenceFirstTokens.add(tokenStarts.size());
    }

    void addToken(int start, int end, String tag) {
      if (tokenStarts.size() == tags.length) {
        tags = Arrays.copyOf(tags, tags.length * 2);
      }
      tags[tokenStarts.size()] = tag;
      tokenStarts.add(start);
      tokenEnds.add(end);
    }

    AnnotatedText build(String text) {
      return new AnnotatedText(
          text,
          sentenceStarts.toArray(),
          sentenceEnds.toArray(),
          sentenceParagraphs.toArray(),
          sentenceFirstTokens.toArray(),
          tokenStarts.toArray(),
          tokenEnds.toArray(),
          Arrays.copyOf(tags, tokenStarts.size()));
    }
  }

  private static final class IntList {
    private int[] values = new int[256];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int size() {
      return size;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
