package parallax.job;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import parallax.framing.ArticleFraming;
import parallax.framing.AttributionVerbs;
import parallax.framing.FramingHit;
import parallax.framing.TermCount;
import parallax.framing.TransliterationLeaning;

/**
 * The framing analysis's columns in the analysed-article row ({@link AnalysedRows}): its records as
 * Spark values and back. Every lexicon hit with its offsets, the article's content-word counts (for
 * distinctive terms), its transliteration leaning and its attribution verbs.
 */
final class FramingColumns {

  static final StructType HIT =
      new StructType()
          .add("category", StringType, false)
          .add("term", StringType, false)
          .add("referent", StringType)
          .add("variant_group", StringType)
          .add("start", IntegerType, false)
          .add("end", IntegerType, false);

  static final StructType TERM_COUNT =
      new StructType().add("term", StringType, false).add("count", IntegerType, false);

  /** The columns, in the order {@link #values} gives them. */
  static final StructType FIELDS =
      new StructType()
          .add("framing_hits", createArrayType(HIT, false))
          .add("term_counts", createArrayType(TERM_COUNT, false))
          .add("transliteration_russian", IntegerType)
          .add("transliteration_ukrainian", IntegerType)
          .add("transliteration_leaning", StringType)
          .add("attribution_verbs", IntegerType)
          .add("loaded_attribution_verbs", IntegerType);

  private FramingColumns() {}

  /** The column values of one article's framing and content-word counts. */
  static Object[] values(ArticleFraming framing, List<TermCount> terms) {
    List<Row> hits = new ArrayList<>(framing.hits().size());
    for (FramingHit hit : framing.hits()) {
      hits.add(
          RowFactory.create(
              hit.category(),
              hit.term(),
              hit.referent(),
              hit.variantGroup(),
              hit.start(),
              hit.end()));
    }
    List<Row> counts = new ArrayList<>(terms.size());
    for (TermCount term : terms) {
      counts.add(RowFactory.create(term.term(), term.count()));
    }
    TransliterationLeaning leaning = TransliterationLeaning.of(framing);
    AttributionVerbs attribution = AttributionVerbs.of(framing);
    return new Object[] {
      RowBuilder.array(hits),
      RowBuilder.array(counts),
      leaning.russian(),
      leaning.ukrainian(),
      leaning.leaning(),
      attribution.all(),
      attribution.loaded()
    };
  }

  /** The framing of an analysed-article row (any row with its id, story, source and words). */
  static ArticleFraming framing(Row row) {
    List<Row> hitRows = row.getList(row.fieldIndex("framing_hits"));
    List<FramingHit> hits = new ArrayList<>(hitRows.size());
    for (Row hit : hitRows) {
      hits.add(
          new FramingHit(
              hit.getAs("category"),
              hit.getAs("term"),
              hit.getAs("referent"),
              hit.getAs("variant_group"),
              hit.<Integer>getAs("start"),
              hit.<Integer>getAs("end")));
    }
    return new ArticleFraming(
        row.getAs("article_id"),
        row.getAs("story_id"),
        row.getAs("source"),
        row.<Integer>getAs("words"),
        hits);
  }

  /** The content-word counts of an analysed-article row. */
  static List<TermCount> termCounts(Row row) {
    List<Row> countRows = row.getList(row.fieldIndex("term_counts"));
    List<TermCount> counts = new ArrayList<>(countRows.size());
    for (Row count : countRows) {
      counts.add(new TermCount(count.getAs("term"), count.<Integer>getAs("count")));
    }
    return counts;
  }
}
