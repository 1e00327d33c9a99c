package parallax.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knowm.xchart.CategoryChart;

/**
 * Share of voice in one story: one stacked bar per version (labelled with its outlet), each segment
 * a speaker's share of the version's quoted words, direct and indirect. The {@link #MAX_SPEAKERS}
 * speakers with the most quoted words over the story get a segment (and a colour) each, the other
 * named speakers are one {@value #OTHERS} segment, and quotes without a known speaker one {@value
 * #UNATTRIBUTED} segment; a bar sums to 100% unless the version quotes nobody. Built from data
 * alone, so tests check the series, not pixels.
 */
public final class VoiceShareChart {

  /** The base of the chart's file name: {@code charts/voices-<story>.svg}. */
  public static final String NAME = "voices";

  /** Speakers drawn with a segment of their own; the rest are {@value #OTHERS}. */
  public static final int MAX_SPEAKERS = 6;

  /** The segment of the named speakers beyond {@link #MAX_SPEAKERS}. */
  public static final String OTHERS = "other speakers";

  /** The segment of quotes without a known speaker, and how the section table names them. */
  public static final String UNATTRIBUTED = "(unattributed)";

  private static final Color OTHERS_COLOUR = new Color(0x999999);
  private static final Color UNATTRIBUTED_COLOUR = new Color(0xdddddd);

  /**
   * One speaker in one version.
   *
   * @param speaker the story-wide name; null or {@value #UNATTRIBUTED} for an unknown speaker
   * @param words the speaker's quoted words in the version, direct and indirect
   */
  public record Voice(String source, String articleId, String speaker, long words) {}

  private VoiceShareChart() {}

  /**
   * The chart for {@code story}; versions in the order they first appear in {@code voices}.
   *
   * @throws IllegalArgumentException when no version quotes anyone (there is nothing to draw)
   */
  public static CategoryChart build(String story, List<Voice> voices) {
    if (voices.stream().mapToLong(Voice::words).sum() == 0) {
      throw new IllegalArgumentException("no quoted words to draw for story " + story);
    }
    Map<String, Map<String, Long>> byVersion = new LinkedHashMap<>();
    Map<String, String> sources = new HashMap<>();
    for (Voice voice : voices) {
      sources.put(voice.articleId(), voice.source());
      byVersion
          .computeIfAbsent(voice.articleId(), id -> new LinkedHashMap<>())
          .merge(segment(voice.speaker()), voice.words(), Long::sum);
    }
    List<String> speakers = drawnSpeakers(voices);
    CategoryChart chart =
        ChartStyle.categoryChart(
            ChartStyle.title("Share of voice", story),
            "Version (outlet)",
            "Share of quoted words (%)");
    chart.getStyler().setStacked(true);
    chart.getStyler().setYAxisMax(100.0);
    chart.getStyler().setYAxisDecimalPattern("#0");
    List<String> labels = labels(byVersion.keySet(), sources);
    ChartStyle.rotateCrowdedLabels(chart.getStyler(), labels);
    List<String> series = new ArrayList<>(speakers);
    series.add(OTHERS);
    series.add(UNATTRIBUTED);
    List<Color> colours = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (String segment : series) {
      List<Double> shares = new ArrayList<>();
      for (Map<String, Long> words : byVersion.values()) {
        shares.add(percent(segment, words, speakers));
      }
      if (shares.stream().anyMatch(share -> share > 0)) {
        chart.addSeries(ChartStyle.uniqueLabel(segment, names), labels, shares);
        colours.add(colour(segment, series));
      }
    }
    chart.getStyler().setSeriesColors(colours.toArray(Color[]::new));
    return chart;
  }

  /**
   * The voices of a section table with columns {@code source}, {@code article_id}, {@code speaker}
   * and {@code words}, in table order.
   */
  public static List<Voice> voices(ReportTable table) {
    List<String> sources = table.strings("source");
    List<String> ids = table.strings("article_id");
    List<String> speakers = table.strings("speaker");
    List<Long> words = table.longs("words");
    List<Voice> voices = new ArrayList<>(sources.size());
    for (int i = 0; i < sources.size(); i++) {
      voices.add(new Voice(sources.get(i), ids.get(i), speakers.get(i), words.get(i)));
    }
    return voices;
  }

  /** The story section's charts: this one, when some version of the story quotes someone. */
  public static List<SectionCharts.NamedChart> forSection(String story, ReportTable table) {
    List<Voice> voices = voices(table);
    if (voices.stream().mapToLong(Voice::words).sum() == 0) {
      return List.of();
    }
    return List.of(new SectionCharts.NamedChart(NAME, build(story, voices)));
  }

  /**
   * The speakers with a segment of their own: the {@link #MAX_SPEAKERS} named speakers with the
   * most quoted words over all versions, ties by name.
   */
  public static List<String> drawnSpeakers(List<Voice> voices) {
    Map<String, Long> total = new HashMap<>();
    for (Voice voice : voices) {
      String segment = segment(voice.speaker());
      if (!segment.equals(UNATTRIBUTED)) {
        total.merge(segment, voice.words(), Long::sum);
      }
    }
    return total.entrySet().stream()
        .filter(speaker -> speaker.getValue() > 0)
        .sorted(
            Comparator.comparing(Map.Entry<String, Long>::getValue)
                .reversed()
                .thenComparing(Map.Entry::getKey))
        .limit(MAX_SPEAKERS)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static String segment(String speaker) {
    return speaker == null || speaker.isBlank() ? UNATTRIBUTED : speaker;
  }

  private static double percent(String segment, Map<String, Long> words, List<String> speakers) {
    long all = words.values().stream().mapToLong(Long::longValue).sum();
    if (all == 0) {
      return 0.0;
    }
    long mine = 0;
    for (Map.Entry<String, Long> speaker : words.entrySet()) {
      String name = speaker.getKey();
      boolean inSegment =
          segment.equals(OTHERS)
              ? !speakers.contains(name) && !name.equals(UNATTRIBUTED)
              : name.equals(segment);
      if (inSegment) {
        mine += speaker.getValue();
      }
    }
    return 100.0 * mine / all;
  }

  private static Color colour(String segment, List<String> series) {
    if (segment.equals(OTHERS)) {
      return OTHERS_COLOUR;
    }
    if (segment.equals(UNATTRIBUTED)) {
      return UNATTRIBUTED_COLOUR;
    }
    return ChartStyle.SERIES[series.indexOf(segment) % ChartStyle.SERIES.length];
  }

  /** One label per version: its outlet, with the article id when the outlet has several. */
  private static List<String> labels(Set<String> articleIds, Map<String, String> sources) {
    List<String> labels = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (String id : articleIds) {
      String label = ChartStyle.label(sources.get(id));
      if (taken.contains(label)) {
        label = ChartStyle.label(sources.get(id) + " (" + id + ")");
      }
      labels.add(ChartStyle.uniqueLabel(label, taken));
    }
    return labels;
  }
}
