package parallax.ingest;

/**
 * What reading one input file gave, for the run's manifest.
 *
 * @param path the file as Spark named it
 * @param format the article format it was read as
 * @param bytes size of the file as stored (compressed size for gzip)
 * @param sha256 hex SHA-256 of the stored bytes
 * @param records records seen in the file: each became an article or a reject
 * @param rejected how many of those records became rejects
 */
public record FileSummary(
    String path, String format, long bytes, String sha256, long records, long rejected) {}
