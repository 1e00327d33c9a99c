package parallax.report;

/**
 * A chart drawn for the report, by the paths of its files relative to the report folder.
 *
 * @param title what the chart shows (the image's alternative text)
 * @param svg e.g. {@code charts/length-trump-putin-call.svg}
 * @param png the same chart as PNG
 */
public record ChartImage(String title, String svg, String png) {}
