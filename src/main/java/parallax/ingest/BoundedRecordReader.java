package parallax.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that fails once one record has taken more than a set number of characters, so a parser
 * that gathers a record in memory (a CSV field whose quote never closes swallows the rest of the
 * file) cannot exhaust a task's memory. The caller marks where each record starts.
 *
 * <p>Not thread-safe.
 */
final class BoundedRecordReader extends FilterReader {

  /** Thrown when a record runs over the limit; the reader is unusable after it. */
  static final class RecordTooLong extends IOException {
    private final long limit;

    RecordTooLong(long limit) {
      super("a record runs over " + limit + " characters");
      this.limit = limit;
    }

    long limit() {
      return limit;
    }
  }

  private final long limit;
  private long inRecord;

  BoundedRecordReader(Reader in, long limit) {
    super(in);
    this.limit = limit;
  }

  /** Starts counting a new record. */
  void startRecord() {
    inRecord = 0;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      count(1);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(int chars) throws RecordTooLong {
    inRecord += chars;
    if (inRecord > limit) {
      throw new RecordTooLong(limit);
    }
  }
}
