package parallax.ingest;

import parallax.model.Article;
import parallax.model.Reject;

/** Where readers put what they read: every record becomes exactly one article or one reject. */
public interface IngestSink {

  void article(Article article);

  void reject(Reject reject);
}
