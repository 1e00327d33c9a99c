package parallax.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which name each outlet uses for each referent of one story: the content of {@link
 * VariantMatrixChart}, computed from the name uses alone. Rows are referents, those the outlets
 * name differently first (then by outlets naming them, then by name), at most {@link
 * #MAX_REFERENTS}; columns are outlets in name order, at most {@link #MAX_SOURCES} (those naming
 * the most referents). Immutable.
 */
public final class VariantMatrix {

  /** Referents (rows) kept at most. */
  public static final int MAX_REFERENTS = 20;

  /** Outlets (columns) kept at most. */
  public static final int MAX_SOURCES = 10;

  /** The tradition of a cell whose variants belong to different traditions. */
  public static final String MIXED = "mixed";

  /**
   * How often one outlet uses one variant of a referent's name in the story.
   *
   * @param variantGroup the variant's tradition ({@code russian}, {@code ukrainian}, ...), or null
   */
  public record Use(
      String referent, String source, String variant, String variantGroup, long count) {}

  /**
   * What one outlet calls one referent.
   *
   * @param variants the variants used, most used first
   * @param group their tradition, {@link #MIXED} when they differ, null when they have none
   */
  public record Cell(String referent, String source, List<String> variants, String group) {}

  private final List<String> referents;
  private final List<String> sources;
  private final Map<String, Cell> cells;
  private final Set<String> diverging;
  private final int allReferents;

  private VariantMatrix(
      List<String> referents,
      List<String> sources,
      Map<String, Cell> cells,
      Set<String> diverging,
      int allReferents) {
    this.referents = referents;
    this.sources = sources;
    this.cells = cells;
    this.diverging = diverging;
    this.allReferents = allReferents;
  }

  /** The matrix of one story's name uses (none gives an empty matrix). */
  public static VariantMatrix of(List<Use> uses) {
    // referent -> source -> variant -> count, all sorted
    Map<String, Map<String, Map<String, Long>>> table = new TreeMap<>();
    Map<String, String> groups = new TreeMap<>();
    for (Use use : uses) {
      table
          .computeIfAbsent(use.referent(), r -> new TreeMap<>())
          .computeIfAbsent(use.source(), s -> new TreeMap<>())
          .merge(use.variant(), use.count(), Long::sum);
      if (use.variantGroup() != null) {
        groups.put(use.referent() + '\t' + use.variant(), use.variantGroup());
      }
    }
    Set<String> diverging = new TreeSet<>();
    table.forEach(
        (referent, bySource) -> {
          Set<Set<String>> variantSets = new LinkedHashSet<>();
          bySource.values().forEach(variants -> variantSets.add(variants.keySet()));
          if (bySource.size() > 1 && variantSets.size() > 1) {
            diverging.add(referent);
          }
        });
    List<String> referents =
        table.keySet().stream()
            .sorted(
                Comparator.comparing((String r) -> !diverging.contains(r))
                    .thenComparingInt(r -> -table.get(r).size())
                    .thenComparing(Comparator.naturalOrder()))
            .limit(MAX_REFERENTS)
            .toList();
    List<String> sources = sources(table, referents);
    Map<String, Cell> cells = new LinkedHashMap<>();
    for (String referent : referents) {
      for (String source : sources) {
        Map<String, Long> variants = table.get(referent).get(source);
        if (variants != null) {
          cells.put(key(referent, source), cell(referent, source, variants, groups));
        }
      }
    }
    return new VariantMatrix(
        referents, sources, Map.copyOf(cells), Set.copyOf(diverging), table.size());
  }

  /** True when no outlet names any referent. */
  public boolean isEmpty() {
    return referents.isEmpty();
  }

  /** Referents named in the story, kept or not. */
  public int allReferents() {
    return allReferents;
  }

  /** The rows: referents the outlets name differently first, then by outlets naming them. */
  public List<String> referents() {
    return referents;
  }

  /** The columns: outlets in name order. */
  public List<String> sources() {
    return sources;
  }

  /** The filled cells, row by row. */
  public List<Cell> cells() {
    return referents.stream()
        .flatMap(r -> sources.stream().map(s -> cells.get(key(r, s))))
        .filter(Objects::nonNull)
        .toList();
  }

  /** The cell of {@code referent} and {@code source}, or null when the outlet does not name it. */
  public Cell cell(String referent, String source) {
    return cells.get(key(referent, source));
  }

  /** True when at least two outlets name {@code referent} and not all with the same variants. */
  public boolean diverges(String referent) {
    return diverging.contains(referent);
  }

  private static List<String> sources(
      Map<String, Map<String, Map<String, Long>>> table, List<String> referents) {
    Map<String, Integer> named = new TreeMap<>();
    for (String referent : referents) {
      table.get(referent).keySet().forEach(source -> named.merge(source, 1, Integer::sum));
    }
    return named.keySet().stream()
        .sorted(
            Comparator.comparingInt((String s) -> -named.get(s))
                .thenComparing(Comparator.naturalOrder()))
        .limit(MAX_SOURCES)
        .sorted()
        .toList();
  }

  private static Cell cell(
      String referent, String source, Map<String, Long> variants, Map<String, String> groups) {
    List<String> ordered =
        variants.keySet().stream()
            .sorted(
                Comparator.comparingLong((String v) -> -variants.get(v))
                    .thenComparing(Comparator.naturalOrder()))
            .toList();
    Set<String> cellGroups = new TreeSet<>();
    boolean ungrouped = false;
    for (String variant : ordered) {
      String group = groups.get(referent + '\t' + variant);
      if (group == null) {
        ungrouped = true;
      } else {
        cellGroups.add(group);
      }
    }
    String group;
    if (cellGroups.size() > 1 || (ungrouped && !cellGroups.isEmpty())) {
      group = MIXED;
    } else {
      group = cellGroups.isEmpty() ? null : cellGroups.iterator().next();
    }
    return new Cell(referent, source, ordered, group);
  }

  private static String key(String referent, String source) {
    return referent + '\t' + source;
  }
}
