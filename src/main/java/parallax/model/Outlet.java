package parallax.model;

import java.io.Serializable;
import java.util.List;

/**
 * One outlet as {@code sources.csv} lists it: its canonical name, the other names texts and inputs
 * use for it, and the metadata joined onto every result.
 *
 * @param name canonical name, used in every report; never blank
 * @param aliases other names, file stems, short names and domains; may be empty, never null
 * @param country ISO 3166-1 alpha-2 code, or empty
 * @param ownership {@code state-affiliated}, {@code public}, {@code private}, or empty
 * @param rating free-text label ({@code wire service}, {@code aggregator}...), or empty
 * @param domain web domain, or empty
 */
public record Outlet(
    String name,
    List<String> aliases,
    String country,
    String ownership,
    String rating,
    String domain)
    implements Serializable {

  /** Null metadata becomes empty; {@code aliases} is copied. */
  public Outlet {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("outlet name must not be blank, was: " + name);
    }
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    country = emptyIfNull(country);
    ownership = emptyIfNull(ownership);
    rating = emptyIfNull(rating);
    domain = emptyIfNull(domain);
  }

  /** An outlet known only by its name. */
  public static Outlet named(String name) {
    return new Outlet(name, List.of(), "", "", "", "");
  }

  private static String emptyIfNull(String value) {
    return value == null ? "" : value;
  }
}
