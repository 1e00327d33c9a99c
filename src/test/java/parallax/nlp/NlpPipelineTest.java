package parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import parallax.model.AnnotatedText;

class NlpPipelineTest {

  private final NlpPipeline pipeline = new NlpPipeline();

  @Test
  void everyTokenSpanCoversItsTokenText() throws IOException {
    String body =
        Files.readString(
            Path.of("data/stories/trump-putin-call/troib.txt"), StandardCharsets.UTF_8);
    AnnotatedText text = pipeline.annotate(body);

    assertTrue(text.tokenCount() > 500, "tokens: " + text.tokenCount());
    for (int t = 0; t < text.tokenCount(); t++) {
      assertEquals(text.token(t), body.substring(text.tokenStart(t), text.tokenEnd(t)));
      assertTrue(!text.token(t).isBlank(), "blank token at " + t);
    }
    for (int s = 0; s < text.sentenceCount(); s++) {
      for (int t = text.sentenceFirstToken(s); t < text.sentenceEndToken(s); t++) {
        assertTrue(text.tokenStart(t) >= text.sentenceStart(s));
        assertTrue(text.tokenEnd(t) <= text.sentenceEnd(s));
        assertEquals(s, text.sentenceOfToken(t));
      }
    }
  }

  @Test
  void sentencesNeverCrossLineBreaks() {
    AnnotatedText text = pipeline.annotate("Trump Announces Intent\nPutin said it. He waited.\n\n");
    assertEquals(3, text.sentenceCount());
    assertEquals("Trump Announces Intent", text.sentenceText(0));
    assertEquals(0, text.sentenceParagraph(0));
    assertEquals("Putin said it.", text.sentenceText(1));
    assertEquals(1, text.sentenceParagraph(2));
  }

  @Test
  void tagsAreUniversalDependencies() {
    AnnotatedText text = pipeline.annotate("Vladimir Putin congratulated Trump on Thursday.");
    assertEquals("PROPN", text.tag(0));
    assertEquals("PROPN", text.tag(1));
    assertEquals("VERB", text.tag(2));
    assertEquals("PUNCT", text.tag(text.tokenCount() - 1));
  }

  @Test
  void blankTextHasNoSentences() {
    AnnotatedText text = pipeline.annotate(" \n\r\n ");
    assertEquals(0, text.sentenceCount());
    assertEquals(0, text.tokenCount());
  }

  @Test
  void crlfLineEndingsKeepOffsetsExact() {
    String body = "First line.\r\nSecond line here.\r\n";
    AnnotatedText text = pipeline.annotate(body);
    assertEquals(2, text.sentenceCount());
    assertEquals("Second line here.", text.sentenceText(1));
  }

  @Test
  void veryLongSentencesAreTaggedInWindows() {
    String body = "word ".repeat(NlpPipeline.MAX_TAGGED_TOKENS * 2 + 7);
    AnnotatedText text = pipeline.annotate(body);
    assertEquals(NlpPipeline.MAX_TAGGED_TOKENS * 2 + 7, text.tokenCount());
  }
}
