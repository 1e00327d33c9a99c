package parallax.job;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import parallax.framing.ArticleFraming;
import parallax.framing.DistinctiveTerm;
import parallax.framing.DistinctiveTerms;
import parallax.framing.LogOddsRatio;
import parallax.framing.ReferentContrast;
import parallax.framing.TermCount;
import parallax.framing.VariantUse;
import parallax.framing.WordChoiceContrasts;

/**
 * The framing analysis's columns in the story row ({@link StoryRows}): which variant of each
 * referent every version uses, with the story's divergence flag ({@code contrasts.csv}), and each
 * source's distinctive terms against the story's other sources ({@code distinctive_terms.csv},
 * scope {@code story}).
 */
final class FramingStoryColumns {

  /** Distinctive terms kept per source and story. */
  static final int TOP_TERMS = 15;

  static final StructType VARIANT_USE =
      new StructType()
          .add("referent", StringType, false)
          .add("source", StringType, false)
          .add("article_id", StringType, false)
          .add("variant", StringType, false)
          .add("variant_group", StringType)
          .add("count", IntegerType, false)
          .add("diverges", BooleanType, false)
          .add("story_variants", StringType, false);

  static final StructType DISTINCTIVE_TERM =
      new StructType()
          .add("source", StringType, false)
          .add("rank", IntegerType, false)
          .add("term", StringType, false)
          .add("source_count", LongType, false)
          .add("rest_count", LongType, false)
          .add("delta", DoubleType, false)
          .add("z", DoubleType, false);

  /** The columns, in the order {@link #values} gives them. */
  static final StructType FIELDS =
      new StructType()
          .add("variant_uses", createArrayType(VARIANT_USE, false))
          .add("distinctive_terms", createArrayType(DISTINCTIVE_TERM, false));

  private static final DistinctiveTerms DISTINCTIVE = new DistinctiveTerms(new LogOddsRatio());

  private FramingStoryColumns() {}

  /**
   * The column values of one story.
   *
   * @param versions the framing of each version
   * @param terms each version's content-word counts, in the order of {@code versions}
   */
  static Object[] values(
      String storyId, List<ArticleFraming> versions, List<List<TermCount>> terms) {
    Map<String, String> storyVariants = new HashMap<>();
    for (ReferentContrast contrast : WordChoiceContrasts.contrasts(versions)) {
      storyVariants.put(contrast.referent(), String.join("; ", contrast.variants()));
    }
    List<Row> uses = new ArrayList<>();
    for (VariantUse use : WordChoiceContrasts.variantUses(versions)) {
      uses.add(
          RowFactory.create(
              use.referent(),
              use.source(),
              use.articleId(),
              use.variant(),
              use.variantGroup(),
              use.count(),
              use.diverges(),
              storyVariants.get(use.referent())));
    }
    List<Row> distinctive = new ArrayList<>();
    for (DistinctiveTerms.Row row :
        DISTINCTIVE.bySource(storyId, countsBySource(versions, terms), null, TOP_TERMS)) {
      DistinctiveTerm term = row.term();
      distinctive.add(
          RowFactory.create(
              row.source(),
              row.rank(),
              term.term(),
              term.focusCount(),
              term.restCount(),
              term.delta(),
              term.zScore()));
    }
    return new Object[] {RowBuilder.array(uses), RowBuilder.array(distinctive)};
  }

  /** Content-word counts summed per source (a source may have several versions of a story). */
  private static Map<String, Map<String, Long>> countsBySource(
      List<ArticleFraming> versions, List<List<TermCount>> terms) {
    Map<String, Map<String, Long>> bySource = new TreeMap<>();
    for (int i = 0; i < versions.size(); i++) {
      Map<String, Long> counts =
          bySource.computeIfAbsent(versions.get(i).source(), s -> new HashMap<>());
      for (TermCount term : terms.get(i)) {
        counts.merge(term.term(), (long) term.count(), Long::sum);
      }
    }
    return bySource;
  }
}
