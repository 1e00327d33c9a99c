package parallax.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import parallax.nlp.EntityMerger;

/**
 * Merges the entity mentions of one story's articles ("Vladimir Putin", "Putin", "the Russian
 * leader" when listed) with {@link EntityMerger}, for mentions already scored. The job calls it
 * once per story, then groups by source and entity for {@link EntityToneAggregator}.
 *
 * <p>Stateless and thread-safe.
 */
public final class StoryMentions {

  private final EntityMerger merger = new EntityMerger();

  /** The mentions of one story with entity and type resolved story-wide, in the same order. */
  public List<MentionSentiment> resolve(List<MentionSentiment> storyMentions) {
    List<EntityMerger.Name> names = new ArrayList<>(storyMentions.size());
    for (MentionSentiment mention : storyMentions) {
      names.add(new EntityMerger.Name(mention.entity(), mention.type(), mention.listed()));
    }
    Map<String, EntityMerger.Entity> entities = merger.merge(names);
    List<MentionSentiment> resolved = new ArrayList<>(storyMentions.size());
    for (MentionSentiment mention : storyMentions) {
      EntityMerger.Entity entity = entities.get(mention.entity());
      resolved.add(mention.withEntity(entity.name(), entity.type()));
    }
    return resolved;
  }
}
