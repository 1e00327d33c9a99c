package parallax.reuse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import parallax.ingest.SourcesCsv;
import parallax.model.Article;
import parallax.model.OutletDirectory;
import parallax.nlp.NlpPipeline;

/** The sample stories of {@code data/} as fingerprints, read the way the input contract says. */
final class SampleStories {

  static final Path STORY = Path.of("data/stories/trump-putin-call");
  static final Path FLOOD = Path.of("data/feeds/river-flood.jsonl");
  static final OutletDirectory OUTLETS = SourcesCsv.read(Path.of("data/sources.csv"));

  private SampleStories() {}

  /** The article of {@code STORY/stem.txt}: first line the title, the rest the body. */
  static Article plainText(String stem) {
    Path file = STORY.resolve(stem + ".txt");
    String text = read(file);
    int newline = text.indexOf('\n');
    String source = OUTLETS.resolve(stem);
    return new Article(
        stem,
        "trump-putin-call",
        source != null ? source : stem,
        null,
        text.substring(0, newline),
        null,
        null,
        text.substring(newline + 1),
        file.toString(),
        1);
  }

  static List<Article> trumpPutin() {
    List<Article> articles = new ArrayList<>();
    for (String stem :
        List.of(
            "rt",
            "troib",
            "meridian-wire",
            "newshub-daily",
            "abn-news",
            "global-dispatch",
            "kyiv-ledger")) {
      articles.add(plainText(stem));
    }
    return articles;
  }

  static List<Article> riverFlood() {
    ObjectMapper json = new ObjectMapper();
    List<Article> articles = new ArrayList<>();
    long line = 0;
    for (String row : read(FLOOD).split("\n")) {
      line++;
      try {
        JsonNode node = json.readTree(row);
        articles.add(
            new Article(
                node.get("id").asText(),
                node.get("story_id").asText(),
                node.get("source").asText(),
                null,
                node.get("title").asText(),
                node.get("published").asText(),
                node.get("url").asText(),
                node.get("body").asText(),
                FLOOD.toString(),
                line));
      } catch (IOException e) {
        throw new UncheckedIOException(FLOOD + ":" + line, e);
      }
    }
    return articles;
  }

  static List<ArticleFingerprint> fingerprints(List<Article> articles) {
    NlpPipeline pipeline = new NlpPipeline();
    Fingerprinter fingerprinter = new Fingerprinter(Shingler.standard(), OUTLETS);
    List<ArticleFingerprint> out = new ArrayList<>();
    for (Article article : articles) {
      out.add(fingerprinter.fingerprint(article, pipeline.annotate(article.body())));
    }
    return out;
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
