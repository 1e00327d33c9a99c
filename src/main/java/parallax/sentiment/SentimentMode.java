package parallax.sentiment;

import java.util.Locale;

/**
 * Where scores come from ({@code --sentiment-mode}): the lexicon alone, a trained model alone, or
 * the two averaged. See {@link TargetSentimentClassifier} for each.
 */
public enum SentimentMode {
  /** The VADER lexicon with Parallax's rules; no model. */
  LEXICON,
  /**
   * A model from {@code train-sentiment}, alone (it may have been trained with lexicon features).
   */
  MODEL,
  /** A model's score and the lexicon score, averaged. */
  COMBINED;

  /** The lower-case name used on the command line and in the manifest. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The mode named {@code name}, in any case.
   *
   * @throws IllegalArgumentException naming the value and the modes when it is none of them
   */
  public static SentimentMode parse(String name) {
    for (SentimentMode mode : values()) {
      if (mode.label().equalsIgnoreCase(name == null ? "" : name.strip())) {
        return mode;
      }
    }
    throw new IllegalArgumentException(
        "sentiment mode must be lexicon, model or combined, was: " + name);
  }

  /** True when this mode needs a trained model. */
  public boolean needsModel() {
    return this != LEXICON;
  }

  /**
   * The mode a run takes when none is given: the model when there is one, else the lexicon.
   *
   * @param hasModel whether a sentiment model was given
   */
  public static SentimentMode byDefault(boolean hasModel) {
    return hasModel ? MODEL : LEXICON;
  }

  /**
   * The classifier of this mode.
   *
   * @param model the trained model, or null for {@link #LEXICON}
   * @throws IllegalArgumentException when a model is missing, or given to {@link #LEXICON}
   */
  public TargetSentimentClassifier classifier(SentenceScorer scorer, SentimentModel model) {
    if (needsModel() != (model != null)) {
      throw new IllegalArgumentException(
          needsModel()
              ? "sentiment mode " + label() + " needs a sentiment model"
              : "sentiment mode lexicon uses no sentiment model, but one was given");
    }
    return switch (this) {
      case LEXICON -> TargetSentimentClassifier.lexicon(scorer);
      case MODEL -> TargetSentimentClassifier.model(scorer, model);
      case COMBINED -> TargetSentimentClassifier.combined(scorer, model);
    };
  }
}
