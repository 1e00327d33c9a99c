package parallax.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import parallax.model.Article;

/**
 * Outlet metadata from {@code sources.csv} ({@code name, aliases, country, ownership, rating,
 * domain}, aliases separated by {@code |}), and the lookup from any name, alias or domain a text
 * uses to the outlet's canonical name. Lookups ignore case and a leading "The ". Immutable,
 * thread-safe.
 */
public final class SourceDirectory implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One outlet. Fields other than {@code name} may be empty strings, never null. */
  public record Outlet(
      String name,
      List<String> aliases,
      String country,
      String ownership,
      String rating,
      String domain)
      implements Serializable {}

  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:the\\s+|www\\.)");

  private static final SourceDirectory EMPTY = new SourceDirectory(List.of());

  private final List<Outlet> outlets;
  private final Map<String, String> canonicalByKey;

  private SourceDirectory(List<Outlet> outlets) {
    this.outlets = List.copyOf(outlets);
    Map<String, String> keys = new LinkedHashMap<>();
    for (Outlet outlet : outlets) {
      keys.putIfAbsent(key(outlet.name()), outlet.name());
      for (String alias : outlet.aliases()) {
        keys.putIfAbsent(key(alias), outlet.name());
      }
      if (!outlet.domain().isEmpty()) {
        keys.putIfAbsent(key(outlet.domain()), outlet.name());
      }
    }
    this.canonicalByKey = Collections.unmodifiableMap(keys);
  }

  /** A directory that knows no outlets: every name is its own canonical name. */
  public static SourceDirectory empty() {
    return EMPTY;
  }

  /**
   * Parses {@code sources.csv}.
   *
   * @param file the file's name, for messages
   * @throws IllegalArgumentException naming the file and line of a row without a name, or a header
   *     without a {@code name} column
   */
  public static SourceDirectory parse(String file, Reader csv) throws IOException {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();
    List<Outlet> outlets = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(csv, format)) {
      if (!parser.getHeaderNames().contains("name")) {
        throw new IllegalArgumentException(
            file + ": header must have a 'name' column; it has " + parser.getHeaderNames());
      }
      for (CSVRecord row : parser) {
        String name = get(row, "name");
        if (name.isEmpty()) {
          throw new IllegalArgumentException(
              file + ":" + parser.getCurrentLineNumber() + ": outlet has no name");
        }
        List<String> aliases = new ArrayList<>();
        for (String alias : get(row, "aliases").split("\\|")) {
          if (!alias.isBlank()) {
            aliases.add(alias.strip());
          }
        }
        outlets.add(
            new Outlet(
                name,
                List.copyOf(aliases),
                get(row, "country"),
                get(row, "ownership"),
                get(row, "rating"),
                get(row, "domain")));
      }
    }
    return new SourceDirectory(outlets);
  }

  private static String get(CSVRecord row, String column) {
    return row.isMapped(column) && row.isSet(column) ? row.get(column).strip() : "";
  }

  public List<Outlet> outlets() {
    return outlets;
  }

  /** The outlet's canonical name for any known name, alias or domain. */
  public Optional<String> canonical(String nameOrAlias) {
    return nameOrAlias == null
        ? Optional.empty()
        : Optional.ofNullable(canonicalByKey.get(key(nameOrAlias)));
  }

  /** The canonical name when known, else the name as given (stripped). */
  public String canonicalOrSelf(String nameOrAlias) {
    return canonical(nameOrAlias).orElse(nameOrAlias == null ? null : nameOrAlias.strip());
  }

  /** Every lookup key (lower-cased name, alias or domain) with its canonical outlet name. */
  public Map<String, String> canonicalByKey() {
    return canonicalByKey;
  }

  /**
   * The article with its source and credited source replaced by canonical outlet names; a credit
   * naming the article's own outlet is no credit and becomes null.
   */
  public Article canonicalise(Article article) {
    String source = canonicalOrSelf(article.source());
    String credited = canonicalOrSelf(article.creditedSource());
    if (credited != null && key(credited).equals(key(source))) {
      credited = null;
    }
    return new Article(
        article.id(),
        article.storyId(),
        source,
        credited,
        article.title(),
        article.published(),
        article.url(),
        article.body(),
        article.inputFile(),
        article.line());
  }

  /** The lookup key of a name: lower case, without a leading "the " or "www.". */
  public static String key(String name) {
    return LEADING_ARTICLE.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
  }
}
