package parallax.job;

import java.io.Serializable;
import parallax.sentiment.SentimentMode;

/**
 * The sentiment options of a run: which entity list, name-finder model and sentiment model to read,
 * and where scores come from. Paths are read on the driver through Hadoop's file systems, like the
 * lexicon folders (give absolute or shared paths in cluster deploy mode). Immutable, validated when
 * built.
 *
 * @param entities the entity list ({@code name TAB aliases TAB type}); never null
 * @param entitiesGiven true when the user named the list, which must then exist; the default {@link
 *     #DEFAULT_ENTITIES} is read only when present
 * @param nerModel an OpenNLP {@code TokenNameFinderModel} file, or null
 * @param sentimentModel a model file from {@code parallax train-sentiment}, or null
 * @param mode lexicon, model or combined; {@link SentimentMode#needsModel()} exactly when a
 *     sentiment model is given
 */
public record SentimentSettings(
    String entities,
    boolean entitiesGiven,
    String nerModel,
    String sentimentModel,
    SentimentMode mode)
    implements Serializable {

  /** The entity list read when none is given, if it exists. */
  public static final String DEFAULT_ENTITIES = "data/entities.tsv";

  public SentimentSettings {
    if (entities == null || entities.isBlank()) {
      throw new IllegalArgumentException("the entity list path must not be blank");
    }
    requireNonBlankOrNull(nerModel, "--ner-model");
    requireNonBlankOrNull(sentimentModel, "--sentiment-model");
    if (mode == null) {
      throw new IllegalArgumentException("a sentiment mode is needed");
    }
    if (mode.needsModel() && sentimentModel == null) {
      throw new IllegalArgumentException(
          "--sentiment-mode " + mode.label() + " needs --sentiment-model FILE");
    }
    if (!mode.needsModel() && sentimentModel != null) {
      throw new IllegalArgumentException(
          "--sentiment-mode lexicon uses no model, but --sentiment-model "
              + sentimentModel
              + " was given; choose model or combined");
    }
  }

  /** The defaults: {@link #DEFAULT_ENTITIES} if present, no models, the lexicon. */
  public static SentimentSettings defaults() {
    return of(null, null, null, null);
  }

  /**
   * Settings from the command line's values, any of them null for its default: the default entity
   * list, no models, and the mode {@link SentimentMode#byDefault} (the model when one is given).
   *
   * @throws IllegalArgumentException naming the option when the values do not fit together
   */
  public static SentimentSettings of(
      String entities, String nerModel, String sentimentModel, SentimentMode mode) {
    return new SentimentSettings(
        entities == null ? DEFAULT_ENTITIES : entities,
        entities != null,
        nerModel,
        sentimentModel,
        mode == null ? SentimentMode.byDefault(sentimentModel != null) : mode);
  }

  private static void requireNonBlankOrNull(String path, String option) {
    if (path != null && path.isBlank()) {
      throw new IllegalArgumentException(option + " must not be blank");
    }
  }
}
