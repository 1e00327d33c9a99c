package parallax.quotes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Speaker names merged across the versions of one story, from their quotes alone:
 *
 * <ul>
 *   <li>names differing only in case are one ("Police", "police"): the most frequent spelling wins,
 *       ties going to the first in alphabetical order;
 *   <li>a person's lone surname is the full name another version gives, when exactly one full name
 *       of a person ends with it ("Putin" is "Vladimir Putin"); with two candidates ("Donald
 *       Trump", "Melania Trump") it stays as it is.
 * </ul>
 *
 * <p>Spelling variants ("Zelensky", "Zelenskyy") and acronyms ("WHO", "World Health Organization")
 * are not merged: that needs knowledge of the entities, which an entity-backed {@link SpeakerNames}
 * brings. Immutable and thread-safe.
 */
public final class StorySpeakerNames implements SpeakerNames {

  private final Map<String, String> canonical;

  private StorySpeakerNames(Map<String, String> canonical) {
    this.canonical = Map.copyOf(canonical);
  }

  /** Builds the mapping from every quote of every version of one story. */
  public static StorySpeakerNames of(Collection<Quote> storyQuotes) {
    Map<String, Map<String, Integer>> spellings = new TreeMap<>();
    Map<String, Boolean> person = new HashMap<>();
    for (Quote quote : storyQuotes) {
      if (quote.speaker().isEmpty()) {
        continue;
      }
      String key = quote.speaker().toLowerCase(Locale.ROOT);
      spellings.computeIfAbsent(key, k -> new TreeMap<>()).merge(quote.speaker(), 1, Integer::sum);
      person.merge(key, quote.speakerIsPerson(), Boolean::logicalOr);
    }
    Map<String, String> preferred = new HashMap<>();
    spellings.forEach((key, forms) -> preferred.put(key, mostFrequent(forms)));
    Map<String, List<String>> fullNamesBySurname = new HashMap<>();
    for (String key : preferred.keySet()) {
      if (person.get(key) && key.indexOf(' ') > 0) {
        fullNamesBySurname
            .computeIfAbsent(key.substring(key.lastIndexOf(' ') + 1), k -> new ArrayList<>())
            .add(preferred.get(key));
      }
    }
    Map<String, String> canonical = new HashMap<>();
    for (Map.Entry<String, Map<String, Integer>> entry : spellings.entrySet()) {
      String key = entry.getKey();
      List<String> full = key.indexOf(' ') < 0 ? fullNamesBySurname.get(key) : null;
      String name = full != null && full.size() == 1 ? full.get(0) : preferred.get(key);
      for (String form : entry.getValue().keySet()) {
        canonical.put(form, name);
      }
    }
    return new StorySpeakerNames(canonical);
  }

  private static String mostFrequent(Map<String, Integer> forms) {
    String best = null;
    for (Map.Entry<String, Integer> form : forms.entrySet()) {
      if (best == null || form.getValue() > forms.get(best)) {
        best = form.getKey();
      }
    }
    return best;
  }

  @Override
  public String canonical(String speaker) {
    return canonical.getOrDefault(speaker, speaker);
  }
}
