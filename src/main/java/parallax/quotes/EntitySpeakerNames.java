package parallax.quotes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import parallax.nlp.EntityList;
import parallax.nlp.EntityMention;
import parallax.nlp.EntityMerger;

/**
 * Speaker names merged across the versions of one story with the story's entities: a name or alias
 * of the user's entity list ({@code data/entities.tsv}) is its listed entity ("Zelenskyy" and
 * "Zelensky" are "Volodymyr Zelensky", "the Kremlin" and "Kremlin" are "Kremlin"); other names are
 * merged as {@link StorySpeakerNames} merges them (case variants, a lone surname and the one full
 * name ending in it) and then by {@link EntityMerger}, the merging the sentiment stage uses for
 * entity mentions, so that a speaker and a mention of the same entity get the same name.
 *
 * <p>Immutable and thread-safe. The job builds one per story from all the quotes of its versions.
 */
public final class EntitySpeakerNames implements SpeakerNames {

  private final Map<String, String> canonical;

  private EntitySpeakerNames(Map<String, String> canonical) {
    this.canonical = Map.copyOf(canonical);
  }

  /** The mapping for one story, from every quote of every version and the user's entity list. */
  public static EntitySpeakerNames of(Collection<Quote> storyQuotes, EntityList entities) {
    StorySpeakerNames fromQuotes = StorySpeakerNames.of(storyQuotes);
    Map<String, String> keys = new HashMap<>();
    List<EntityMerger.Name> names = new ArrayList<>();
    for (Quote quote : storyQuotes) {
      String speaker = quote.speaker();
      if (speaker.isEmpty()) {
        continue;
      }
      EntityList.Entry listed = entities.lookup(speaker);
      if (listed == null) {
        listed = entities.lookup(fromQuotes.canonical(speaker));
      }
      String key = listed != null ? listed.name() : fromQuotes.canonical(speaker);
      String type =
          listed != null
              ? listed.type()
              : quote.speakerIsPerson() ? EntityMention.PERSON : EntityMention.OTHER;
      keys.put(speaker, key);
      names.add(new EntityMerger.Name(key, type, listed != null));
    }
    Map<String, EntityMerger.Entity> merged = new EntityMerger().merge(names);
    Map<String, String> canonical = new HashMap<>();
    keys.forEach((speaker, key) -> canonical.put(speaker, merged.get(key).name()));
    return new EntitySpeakerNames(canonical);
  }

  @Override
  public String canonical(String speaker) {
    return canonical.getOrDefault(speaker, speaker);
  }
}
