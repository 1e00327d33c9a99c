package parallax.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides which mentions across the versions of ONE story name the same entity, so that "Vladimir
 * Putin", "Putin", "Mr. Putin" and "the Russian president" (when listed) count as one.
 *
 * <ul>
 *   <li>Listed mentions already carry their canonical entity.
 *   <li>An unlisted one-word name joins the one multi-word person name of the story whose last word
 *       it is ("Marchenko" joins "Olena Marchenko"); when several people share that surname
 *       ("Trump": "Donald Trump", "Melania Trump") it stays apart rather than guess.
 *   <li>An entity's type is the listed type, else the most frequent guess other than {@code other},
 *       persons first on a tie (a title is strong evidence).
 * </ul>
 *
 * <p>Pure and order-independent: the same mentions in any order give the same result. The job calls
 * it once per story with the name forms of all its articles. Stateless and thread-safe.
 */
public final class EntityMerger {

  /** What a story's mentions resolve to: the canonical entity and its type. */
  public record Entity(String name, String type) {}

  private static final List<String> TYPE_PRIORITY =
      List.of(
          EntityMention.PERSON,
          EntityMention.ORGANIZATION,
          EntityMention.PLACE,
          EntityMention.OTHER);

  /**
   * One name form of a story as the merger sees it.
   *
   * @param key the entity a mention was given per article ({@link EntityMention#entity()})
   * @param type the type guessed or listed for that mention
   * @param listed true when the user's entity list named it
   */
  public record Name(String key, String type, boolean listed) {}

  /** Every key of {@code storyNames} mapped to the entity it resolves to in the story. */
  public Map<String, Entity> merge(List<Name> storyNames) {
    Map<String, Boolean> listed = new TreeMap<>();
    Map<String, Map<String, Integer>> typeVotes = new HashMap<>();
    Map<String, String> listedTypes = new HashMap<>();
    for (Name name : storyNames) {
      listed.merge(name.key(), name.listed(), Boolean::logicalOr);
      typeVotes
          .computeIfAbsent(name.key(), k -> new HashMap<>())
          .merge(name.type(), 1, Integer::sum);
      if (name.listed()) {
        listedTypes.putIfAbsent(name.key(), name.type());
      }
    }
    Map<String, String> ownType = new HashMap<>();
    for (String key : listed.keySet()) {
      ownType.put(key, listedTypes.getOrDefault(key, vote(typeVotes.get(key))));
    }
    Map<String, String> canonical = new LinkedHashMap<>();
    for (String key : listed.keySet()) {
      canonical.put(key, listed.get(key) ? key : joinBySurname(key, ownType));
    }
    Map<String, Map<String, Integer>> mergedVotes = new HashMap<>();
    typeVotes.forEach(
        (key, votes) ->
            votes.forEach(
                (type, count) ->
                    mergedVotes
                        .computeIfAbsent(canonical.get(key), k -> new HashMap<>())
                        .merge(type, count, Integer::sum)));
    Map<String, Entity> result = new LinkedHashMap<>();
    canonical.forEach(
        (key, name) -> {
          String type = listedTypes.getOrDefault(name, vote(mergedVotes.get(name)));
          result.put(key, new Entity(name, type));
        });
    return result;
  }

  /** The mentions with their entity and type resolved within the story, in the same order. */
  public List<EntityMention> resolve(List<EntityMention> storyMentions) {
    List<Name> names = new ArrayList<>(storyMentions.size());
    for (EntityMention mention : storyMentions) {
      names.add(new Name(mention.entity(), mention.type(), mention.listed()));
    }
    Map<String, Entity> entities = merge(names);
    List<EntityMention> resolved = new ArrayList<>(storyMentions.size());
    for (EntityMention mention : storyMentions) {
      Entity entity = entities.get(mention.entity());
      resolved.add(mention.withEntity(entity.name(), entity.type()));
    }
    return resolved;
  }

  /** A one-word name joins the one multi-word person name of the story it is the surname of. */
  private static String joinBySurname(String key, Map<String, String> ownType) {
    String type = ownType.get(key);
    if (key.indexOf(' ') >= 0
        || !(type.equals(EntityMention.PERSON) || type.equals(EntityMention.OTHER))) {
      return key;
    }
    Set<String> candidates = new TreeSet<>();
    ownType.forEach(
        (other, otherType) -> {
          if (otherType.equals(EntityMention.PERSON) && other.endsWith(" " + key)) {
            candidates.add(other);
          }
        });
    return candidates.size() == 1 ? candidates.iterator().next() : key;
  }

  private static String vote(Map<String, Integer> votes) {
    String best = EntityMention.OTHER;
    int bestCount = 0;
    for (String type : TYPE_PRIORITY) {
      int count = votes == null ? 0 : votes.getOrDefault(type, 0);
      if (!type.equals(EntityMention.OTHER) && count > bestCount) {
        best = type;
        bestCount = count;
      }
    }
    return best;
  }
}
