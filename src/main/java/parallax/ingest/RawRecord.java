package parallax.ingest;

/**
 * The fields of one input record as read, before validation; any field may be null.
 *
 * @param inputFile the file the record came from
 * @param line 1-based line where the record starts
 */
record RawRecord(
    String inputFile,
    long line,
    String id,
    String storyId,
    String source,
    String creditedSource,
    String title,
    String published,
    String url,
    String body) {}
