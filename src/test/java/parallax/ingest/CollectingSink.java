package parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import parallax.model.Article;
import parallax.model.Reject;

/** Keeps what a reader produced, for assertions. */
final class CollectingSink implements IngestSink {

  /** The body limit readers in tests use. */
  static final int LIMIT = 5_000;

  final List<Article> articles = new ArrayList<>();
  final List<Reject> rejects = new ArrayList<>();

  @Override
  public void article(Article article) {
    articles.add(article);
  }

  @Override
  public void reject(Reject reject) {
    rejects.add(reject);
  }

  /** Reads {@code content} as a file named {@code path} with the project's reader. */
  static CollectingSink read(String path, byte[] content) {
    CollectingSink sink = new CollectingSink();
    InputFormat format = InputFormat.of(path).orElseThrow();
    new ArticleFileReader(LIMIT)
        .readAll(path, format, () -> new java.io.ByteArrayInputStream(content), sink);
    return sink;
  }

  static CollectingSink read(String path, String content) {
    return read(path, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The one reject's reason; fails unless there is exactly one reject. */
  String onlyReason() {
    if (rejects.size() != 1) {
      throw new AssertionError("expected one reject, got " + rejects + " and articles " + articles);
    }
    return rejects.get(0).reason();
  }
}
