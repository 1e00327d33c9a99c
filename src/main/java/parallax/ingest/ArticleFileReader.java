package parallax.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import parallax.model.Article;
import parallax.model.Reject;

/**
 * Reads input files of any supported format into articles and rejects, one record at a time, and
 * summarises each file (size, SHA-256, records). A file that cannot be read at all (unreadable,
 * corrupt gzip, cut off) ends with a reject naming the file and the reason, after whatever records
 * were read before the failure; bad content never throws.
 *
 * <p>Thread-safe and stateless apart from its settings; the cursors it opens are not.
 */
public final class ArticleFileReader {

  private final RecordValidator validator;

  /** A reader rejecting bodies longer than {@code maxBodyChars}. */
  public ArticleFileReader(int maxBodyChars) {
    this.validator = new RecordValidator(maxBodyChars);
  }

  /** A source of the file's bytes; opened once. */
  public interface Opener {
    InputStream open() throws IOException;
  }

  /** Reads one file, record by record; close it when done. Not thread-safe. */
  public final class FileCursor implements AutoCloseable {
    private final String path;
    private final InputFormat format;
    private final Opener opener;
    private final MessageDigest sha256 = sha256();
    private CountingStream counted;
    private InputStream content;
    private RecordCursor records;
    private long recordCount;
    private long rejectCount;
    private boolean finished;

    private FileCursor(String path, InputFormat format, Opener opener) {
      this.path = path;
      this.format = format;
      this.opener = opener;
    }

    /**
     * Reads the next record into {@code sink}: exactly one article or reject.
     *
     * @return false once the file is exhausted (then {@link #summary()} is final)
     */
    public boolean next(IngestSink sink) {
      if (finished) {
        return false;
      }
      try {
        if (records == null) {
          open();
        }
        if (records.next(countingRejects(sink))) {
          recordCount++;
          return true;
        }
        content.transferTo(OutputStream.nullOutputStream());
        finish();
        return false;
      } catch (ZipException e) {
        return fail(sink, "corrupt gzip data: " + e.getMessage());
      } catch (EOFException e) {
        return fail(
            sink,
            "file is cut off ("
                + describe(e)
                + "); the "
                + recordCount
                + " records before the cut were read");
      } catch (IOException | UncheckedIOException e) {
        return fail(sink, "cannot read file: " + describe(e));
      }
    }

    private void open() throws IOException {
      counted = new CountingStream(new DigestInputStream(opener.open(), sha256));
      content = new BufferedInputStream(counted, 1 << 16);
      if (InputFormat.isGzip(path)) {
        content = new GZIPInputStream(content, 1 << 16);
      }
      InputStream shielded = new KeepOpen(content);
      records =
          switch (format) {
            case JSON_LINES -> new JsonLinesReader(validator).open(path, shielded);
            case CSV -> new CsvArticleReader(validator).open(path, shielded);
            case PLAIN_TEXT -> new PlainTextReader(validator).open(path, shielded);
          };
    }

    /** {@code sink}, with every reject passed to it counted for the summary. */
    private IngestSink countingRejects(IngestSink sink) {
      return new IngestSink() {
        @Override
        public void article(Article article) {
          sink.article(article);
        }

        @Override
        public void reject(Reject reject) {
          rejectCount++;
          sink.reject(reject);
        }
      };
    }

    private boolean fail(IngestSink sink, String reason) {
      recordCount++;
      countingRejects(sink).reject(new Reject(path, 0, null, reason));
      finish();
      return true;
    }

    private void finish() {
      finished = true;
      close();
    }

    /** What the file gave so far; complete once {@link #next} has returned false. */
    public FileSummary summary() {
      long bytes = counted == null ? 0 : counted.count;
      return new FileSummary(
          path,
          format.name(),
          bytes,
          HexFormat.of().formatHex(cloneDigest().digest()),
          recordCount,
          rejectCount);
    }

    private MessageDigest cloneDigest() {
      try {
        return (MessageDigest) sha256.clone();
      } catch (CloneNotSupportedException e) {
        throw new IllegalStateException("SHA-256 digest cannot be cloned", e);
      }
    }

    @Override
    public void close() {
      if (content != null) {
        try {
          content.close();
        } catch (IOException e) {
          // Closing after a complete read: nothing left to lose.
        }
      }
    }
  }

  /** Opens {@code path}, read as {@code format}; nothing is read until the first {@code next}. */
  public FileCursor open(String path, InputFormat format, Opener opener) {
    return new FileCursor(path, format, opener);
  }

  /** Reads the whole file into {@code sink} and returns its summary. */
  public FileSummary readAll(String path, InputFormat format, Opener opener, IngestSink sink) {
    try (FileCursor cursor = open(path, format, opener)) {
      while (cursor.next(sink)) {
        // every record goes to the sink
      }
      return cursor.summary();
    }
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    String type = e.getClass().getSimpleName();
    return message == null || message.isBlank() ? type : message + " (" + type + ")";
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM offers no SHA-256", e);
    }
  }

  /** Lets a format reader close its parser without closing the stream still being drained. */
  private static final class KeepOpen extends FilterInputStream {
    KeepOpen(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }

  /** Counts the stored bytes read, for the manifest. */
  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
