package parallax.ingest;

import java.io.IOException;

/**
 * Reads an input one record at a time, so a file of any size streams through a task in bounded
 * memory. Not thread-safe.
 */
@FunctionalInterface
interface RecordCursor {

  /**
   * Reads the next record and hands exactly one article or reject for it to {@code sink}.
   *
   * @return false, handing nothing, when the input has no more records
   */
  boolean next(IngestSink sink) throws IOException;
}
