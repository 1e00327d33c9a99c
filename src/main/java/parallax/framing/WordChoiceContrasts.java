package parallax.framing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Word-choice contrasts within one story: for every referent with variant names (a place, the war,
 * a person), which variant each version uses, and whether the versions diverge.
 *
 * <p>Takes the per-article framing results of ONE story (the job groups by story) and returns plain
 * records. Stateless and thread-safe.
 */
public final class WordChoiceContrasts {

  private WordChoiceContrasts() {}

  /** One row per (referent, version, variant), sorted by referent, source, article, variant. */
  public static List<VariantUse> variantUses(List<ArticleFraming> story) {
    Map<String, Map<String, Map<String, Integer>>> uses = uses(story);
    Set<String> diverging = diverging(uses);
    Map<String, ArticleFraming> articles = byId(story);
    List<VariantUse> rows = new ArrayList<>();
    for (var byReferent : uses.entrySet()) {
      String referent = byReferent.getKey();
      for (var byArticle : byReferent.getValue().entrySet()) {
        ArticleFraming article = articles.get(byArticle.getKey());
        for (var variant : byArticle.getValue().entrySet()) {
          rows.add(
              new VariantUse(
                  article.storyId(),
                  referent,
                  article.source(),
                  article.articleId(),
                  variant.getKey(),
                  groupOf(article, referent, variant.getKey()),
                  variant.getValue(),
                  diverging.contains(referent)));
        }
      }
    }
    rows.sort(
        Comparator.comparing(VariantUse::referent)
            .thenComparing(VariantUse::source)
            .thenComparing(VariantUse::articleId)
            .thenComparing(VariantUse::variant));
    return rows;
  }

  /** One row per referent named in the story, sorted by referent. */
  public static List<ReferentContrast> contrasts(List<ArticleFraming> story) {
    Map<String, Map<String, Map<String, Integer>>> uses = uses(story);
    Set<String> diverging = diverging(uses);
    Map<String, ArticleFraming> articles = byId(story);
    String storyId = story.isEmpty() ? null : story.get(0).storyId();
    List<ReferentContrast> rows = new ArrayList<>();
    uses.forEach(
        (referent, byArticle) -> {
          Set<String> variants = new TreeSet<>();
          List<String> parts = new ArrayList<>();
          byArticle.entrySet().stream()
              .sorted(
                  Comparator.comparing(
                          (Map.Entry<String, Map<String, Integer>> e) ->
                              articles.get(e.getKey()).source())
                      .thenComparing(Map.Entry::getKey))
              .forEach(
                  e -> {
                    variants.addAll(e.getValue().keySet());
                    parts.add(articles.get(e.getKey()).source() + ": " + describe(e.getValue()));
                  });
          rows.add(
              new ReferentContrast(
                  storyId,
                  referent,
                  byArticle.size(),
                  List.copyOf(variants),
                  diverging.contains(referent),
                  String.join("; ", parts)));
        });
    return rows;
  }

  /** The transliteration leaning of every version, in the story's order. */
  public static List<TransliterationLeaning> leanings(List<ArticleFraming> story) {
    return story.stream().map(TransliterationLeaning::of).toList();
  }

  /** referent -> article id -> variant -> count, all sorted. */
  private static Map<String, Map<String, Map<String, Integer>>> uses(List<ArticleFraming> story) {
    Map<String, Map<String, Map<String, Integer>>> uses = new TreeMap<>();
    for (ArticleFraming article : story) {
      for (FramingHit hit : article.hits()) {
        if (hit.referent() != null) {
          uses.computeIfAbsent(hit.referent(), r -> new TreeMap<>())
              .computeIfAbsent(article.articleId(), a -> new TreeMap<>())
              .merge(hit.term(), 1, Integer::sum);
        }
      }
    }
    return uses;
  }

  /** Referents named by two or more versions that do not all use the same set of variants. */
  private static Set<String> diverging(Map<String, Map<String, Map<String, Integer>>> uses) {
    Set<String> diverging = new HashSet<>();
    uses.forEach(
        (referent, byArticle) -> {
          Set<Set<String>> variantSets = new HashSet<>();
          byArticle.values().forEach(variants -> variantSets.add(variants.keySet()));
          if (byArticle.size() > 1 && variantSets.size() > 1) {
            diverging.add(referent);
          }
        });
    return diverging;
  }

  private static Map<String, ArticleFraming> byId(List<ArticleFraming> story) {
    Map<String, ArticleFraming> articles = new TreeMap<>();
    for (ArticleFraming article : story) {
      if (articles.put(article.articleId(), article) != null) {
        throw new IllegalArgumentException(
            "article " + article.articleId() + " appears twice in story " + article.storyId());
      }
    }
    return articles;
  }

  private static String groupOf(ArticleFraming article, String referent, String variant) {
    for (FramingHit hit : article.hits()) {
      if (referent.equals(hit.referent()) && variant.equals(hit.term())) {
        return hit.variantGroup();
      }
    }
    return null;
  }

  private static String describe(Map<String, Integer> variants) {
    List<String> parts = new ArrayList<>();
    variants.forEach((variant, count) -> parts.add(variant + "\u00D7" + count));
    return String.join(", ", parts);
  }
}
