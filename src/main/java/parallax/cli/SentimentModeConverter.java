package parallax.cli;

import parallax.sentiment.SentimentMode;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --sentiment-mode lexicon|model|combined} in any case. */
final class SentimentModeConverter implements ITypeConverter<SentimentMode> {

  @Override
  public SentimentMode convert(String value) {
    try {
      return SentimentMode.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
