package parallax.quotes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Share of voice in one story: per version, how many words each speaker gets, directly and
 * indirectly, with which verbs; which speakers only one version quotes; which speakers a version
 * leaves out that others quote.
 *
 * <p>Pure Java over the per-article results of one story (the job groups quotes by story first);
 * statistics over many stories belong in Spark SQL. Stateless; thread-safe.
 */
public final class ShareOfVoice {

  /** The voices of one story: one row per version and speaker, and the speakers left out. */
  public record StoryVoices(List<VoiceShare> shares, List<MissingVoice> missing) {
    public StoryVoices {
      shares = List.copyOf(shares);
      missing = List.copyOf(missing);
    }
  }

  private ShareOfVoice() {}

  /** Voices of the story, speakers merged across versions by {@link StorySpeakerNames}. */
  public static StoryVoices of(List<ArticleQuotes> versions) {
    List<Quote> all = new ArrayList<>();
    versions.forEach(v -> all.addAll(v.quotes()));
    return of(versions, StorySpeakerNames.of(all));
  }

  /** Voices of the story, speakers merged by {@code names}. */
  public static StoryVoices of(List<ArticleQuotes> versions, SpeakerNames names) {
    Map<String, Map<String, Tally>> byVersion = new LinkedHashMap<>();
    Map<String, Integer> versionsQuoting = new HashMap<>();
    for (ArticleQuotes version : versions) {
      Map<String, Tally> tallies = new LinkedHashMap<>();
      for (Quote quote : version.quotes()) {
        tallies.computeIfAbsent(names.canonical(quote.speaker()), k -> new Tally()).add(quote);
      }
      byVersion.put(version.articleId(), tallies);
      tallies.keySet().stream()
          .filter(speaker -> !speaker.isEmpty())
          .forEach(speaker -> versionsQuoting.merge(speaker, 1, Integer::sum));
    }
    List<VoiceShare> shares = new ArrayList<>();
    List<MissingVoice> missing = new ArrayList<>();
    for (ArticleQuotes version : versions) {
      Map<String, Tally> tallies = byVersion.get(version.articleId());
      int total = tallies.values().stream().mapToInt(t -> t.directWords + t.indirectWords).sum();
      tallies.forEach(
          (speaker, tally) ->
              shares.add(
                  tally.share(
                      version,
                      speaker,
                      total,
                      speaker.isEmpty() ? 0 : versionsQuoting.get(speaker) - 1)));
      for (Map.Entry<String, Integer> voice : versionsQuoting.entrySet()) {
        if (!tallies.containsKey(voice.getKey())) {
          missing.add(
              new MissingVoice(
                  version.articleId(), version.source(), voice.getKey(), voice.getValue()));
        }
      }
    }
    shares.sort(
        Comparator.comparing(VoiceShare::articleId)
            .thenComparing(Comparator.comparingInt(VoiceShare::words).reversed())
            .thenComparing(VoiceShare::speaker));
    missing.sort(
        Comparator.comparing(MissingVoice::articleId)
            .thenComparing(Comparator.comparingInt(MissingVoice::versionsQuoting).reversed())
            .thenComparing(MissingVoice::speaker));
    return new StoryVoices(shares, missing);
  }

  /** Running counts of one speaker in one version. */
  private static final class Tally {
    private int directQuotes;
    private int directWords;
    private int indirectQuotes;
    private int indirectWords;
    private boolean person;
    private final Collection<String> verbs = new TreeSet<>();

    void add(Quote quote) {
      if (quote.isDirect()) {
        directQuotes++;
        directWords += quote.words();
      } else {
        indirectQuotes++;
        indirectWords += quote.words();
      }
      person |= quote.speakerIsPerson();
      if (!quote.verb().isEmpty()) {
        verbs.add(quote.verb());
      }
    }

    VoiceShare share(ArticleQuotes version, String speaker, int total, int others) {
      double share = total == 0 ? 0 : (double) (directWords + indirectWords) / total;
      return new VoiceShare(
          version.articleId(),
          version.source(),
          speaker,
          person,
          directQuotes,
          directWords,
          indirectQuotes,
          indirectWords,
          share,
          String.join("|", verbs),
          others);
    }
  }
}
