package parallax.framing;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One row of a lexicon file: a term a researcher wants counted, the surface forms that count as it,
 * and what it says about the text.
 *
 * @param category what the term signals, {@code family/subcategory} such as {@code
 *     attribution_verb/loaded}; overlapping matches are resolved within a family (the part before
 *     the first {@code /}), never across families
 * @param canonical the term as reports name it
 * @param forms the surface forms, never empty (multi-word and hyphenated forms allowed)
 * @param match exact forms or forms plus inflections
 * @param referent the thing this term names when it is one of several names for it (a place, the
 *     war, a person), else null
 * @param variantGroup the naming tradition the variant belongs to (for place and person names
 *     {@code russian} or {@code ukrainian}), else null
 * @param pos Universal Dependencies tags the head word must carry; empty for any
 * @param notes free text for researchers (sources, caveats), may be empty
 * @param location {@code file:line} the entry was read from, for messages
 *     <p>Serializable, so a driver can read the files and ship the entries to executors that cannot
 *     see them (see {@link Lexicon#shared}).
 */
public record LexiconEntry(
    String category,
    String canonical,
    List<String> forms,
    MatchMode match,
    String referent,
    String variantGroup,
    Set<String> pos,
    String notes,
    String location)
    implements Serializable {

  public LexiconEntry {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(match, "match");
    forms = List.copyOf(forms);
    pos = Set.copyOf(pos);
    if (forms.isEmpty()) {
      throw new IllegalArgumentException(
          "entry '" + canonical + "' at " + location + " has no form");
    }
  }

  /** The part of the category before the first {@code /}: overlaps are resolved within it. */
  public String family() {
    return familyOf(category);
  }

  /** The family of a category: the part before its first {@code /}, or all of it. */
  public static String familyOf(String category) {
    int slash = category.indexOf('/');
    return slash < 0 ? category : category.substring(0, slash);
  }

  /** True when the head word must carry one of {@link #pos()}. */
  public boolean constrainsPos() {
    return !pos.isEmpty();
  }
}
