package parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import parallax.model.Article;

class PlainTextReaderTest {

  @Test
  void takesTitleFromFirstLineStoryFromFolderAndSourceFromByline() throws IOException {
    byte[] seed = Files.readAllBytes(Path.of("data/stories/trump-putin-call/troib.txt"));
    Article a =
        CollectingSink.read("data/stories/trump-putin-call/troib.txt", seed).articles.get(0);
    assertEquals("Trump Announces Intent to Speak with Putin", a.title());
    assertEquals("trump-putin-call", a.storyId());
    assertEquals("trump-putin-call/troib", a.id());
    assertEquals("TROIB News", a.source());
    assertEquals("RT.com", a.creditedSource());
    assertEquals(1, a.line());
    assertEquals(true, a.body().startsWith("The US president-elect expressed optimism"));
    assertEquals(true, a.body().endsWith("James del Carmen for TROIB News"));
  }

  @Test
  void takesSourceFromFileNameWithoutByline() {
    Article a =
        CollectingSink.read("stories/flood/nordvik.txt", "\n\nFlood title\r\nWater rose.\r\n")
            .articles
            .get(0);
    assertEquals("nordvik", a.source());
    assertEquals("Flood title", a.title());
    assertEquals("Water rose.", a.body());
    assertEquals(3, a.line());
    assertNull(a.creditedSource());
  }

  @Test
  void rejectsFileWithTitleButNoBody() {
    assertEquals("empty body", CollectingSink.read("s/x.txt", "Only a title\n").onlyReason());
  }

  @Test
  void rejectsEmptyFile() {
    assertEquals(
        "empty file: no title and no body", CollectingSink.read("s/x.txt", "  \n").onlyReason());
  }

  @Test
  void rejectsFileThatIsNotUtf8() {
    assertEquals(
        "file is not valid UTF-8 text",
        CollectingSink.read("s/x.txt", new byte[] {'T', '\n', (byte) 0xFF, (byte) 0xFE})
            .onlyReason());
  }

  @Test
  void rejectsAFileTooLongForAnyArticleUnderItsId() {
    CollectingSink sink = CollectingSink.read("s/x.txt", "Title\n" + "word ".repeat(220_000));
    assertEquals(
        "file has 1100006 bytes, too long for an article within the limit of 5000 characters"
            + " (--max-body-chars); not read",
        sink.onlyReason());
    assertEquals("s/x", sink.rejects.get(0).articleId());
  }
}
