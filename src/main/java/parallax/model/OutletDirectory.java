package parallax.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The outlets of a run ({@code sources.csv}) and the lookup from any way a text or an input names
 * an outlet ("RT.com", "Meridian", "abnnews.example", "The Kyiv Ledger") to its canonical name,
 * through each outlet's name, aliases and web domain. Shared by the stages: ingest canonicalises
 * sources and credited sources with it, reuse resolves the outlets credits name.
 *
 * <p>Names are compared in {@link #normalise normalised} form: case, a leading "the", a URL scheme,
 * "www.", a path after a domain and punctuation at either end do not matter. A form claimed by two
 * outlets belongs to the first that has it as its name, else the first listing it as an alias or
 * domain.
 *
 * <p>Immutable, thread-safe and serializable: the job reads it once on the driver and broadcasts it
 * to the executors.
 */
public final class OutletDirectory implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many leading words of a phrase {@link #resolve} tries at most. */
  private static final int MAX_PHRASE_WORDS = 6;

  private static final OutletDirectory EMPTY = new OutletDirectory(List.of());

  private final List<Outlet> outlets;
  private final HashMap<String, String> canonicalByForm;

  private OutletDirectory(List<Outlet> outlets) {
    this.outlets = List.copyOf(outlets);
    HashMap<String, String> forms = new HashMap<>();
    for (Outlet outlet : outlets) {
      putForm(forms, outlet.name(), outlet.name());
    }
    for (Outlet outlet : outlets) {
      for (String alias : outlet.aliases()) {
        putForm(forms, alias, outlet.name());
      }
      putForm(forms, outlet.domain(), outlet.name());
    }
    this.canonicalByForm = forms;
  }

  /** A directory of the given outlets, in the order given. */
  public static OutletDirectory of(List<Outlet> outlets) {
    return new OutletDirectory(outlets);
  }

  /** A directory that knows only the given canonical names (no aliases, no metadata). */
  public static OutletDirectory ofNames(Iterable<String> names) {
    List<Outlet> outlets = new ArrayList<>();
    for (String name : names) {
      outlets.add(Outlet.named(name));
    }
    return of(outlets);
  }

  /** A directory that knows no outlets: every name is its own canonical name. */
  public static OutletDirectory empty() {
    return EMPTY;
  }

  private static void putForm(Map<String, String> forms, String form, String name) {
    String key = normalise(form);
    if (!key.isEmpty()) {
      forms.putIfAbsent(key, name);
    }
  }

  /** The outlets, in the order given. */
  public List<Outlet> outlets() {
    return outlets;
  }

  /** The canonical name of the outlet whose name, alias or domain is {@code nameOrAlias}. */
  public Optional<String> canonical(String nameOrAlias) {
    return nameOrAlias == null
        ? Optional.empty()
        : Optional.ofNullable(canonicalByForm.get(normalise(nameOrAlias)));
  }

  /** The canonical name when known, else the name as given (stripped); null for null. */
  public String canonicalOrSelf(String nameOrAlias) {
    return canonical(nameOrAlias).orElse(nameOrAlias == null ? null : nameOrAlias.strip());
  }

  /**
   * The article with its source and credited source replaced by canonical outlet names; a credit
   * naming the article's own outlet is no credit and becomes null.
   */
  public Article canonicalise(Article article) {
    String source = canonicalOrSelf(article.source());
    String credited = canonicalOrSelf(article.creditedSource());
    if (credited != null && normalise(credited).equals(normalise(source))) {
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

  /**
   * The canonical name of the outlet {@code phrase} names, or null when it names none known. Tries
   * the whole phrase, then ever fewer of its leading words ("Meridian Wire correspondents in
   * Moscow"), then each word that looks like a web domain.
   */
  public String resolve(String phrase) {
    if (phrase == null || canonicalByForm.isEmpty()) {
      return null;
    }
    String[] words = normalise(phrase).split(" ");
    for (int n = Math.min(words.length, MAX_PHRASE_WORDS); n >= 1; n--) {
      String name = canonicalByForm.get(String.join(" ", List.of(words).subList(0, n)));
      if (name != null) {
        return name;
      }
    }
    for (String word : words) {
      if (word.indexOf('.') > 0) {
        String name = canonicalByForm.get(normalise(word));
        if (name != null) {
          return name;
        }
      }
    }
    return null;
  }

  /**
   * The form names are compared in: lower case, single spaces, without a leading "the ", a URL
   * scheme, "www.", a path after a domain, or punctuation at either end.
   */
  public static String normalise(String form) {
    String s = form.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    s = s.replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
    int slash = s.indexOf('/');
    if (slash > 0 && s.substring(0, slash).indexOf('.') > 0 && s.indexOf(' ') < 0) {
      s = s.substring(0, slash);
    }
    s = s.replaceAll("\\s+", " ");
    int start = 0;
    int end = s.length();
    while (start < end && !Character.isLetterOrDigit(s.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1))) {
      end--;
    }
    s = s.substring(start, end);
    return s.startsWith("the ") ? s.substring(4) : s;
  }
}
