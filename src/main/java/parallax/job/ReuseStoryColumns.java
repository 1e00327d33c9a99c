package parallax.job;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import parallax.reuse.ArticleFingerprint;
import parallax.reuse.Derivation;
import parallax.reuse.PairSimilarity;
import parallax.reuse.ReuseChange;
import parallax.reuse.SentenceAlignment;
import parallax.reuse.StoryReuse;
import parallax.reuse.StoryReuseAnalyzer;

/**
 * The reuse analysis's columns in the story row ({@link StoryRows}): per pair of versions their
 * similarity ({@code similarity.csv}), per sentence its alignment ({@code alignment.csv}), which
 * version derives from which ({@code derivation.csv}) and what each derived version adds and omits
 * (reuse rows of {@code spans.csv}). Column names are the CSV headers.
 */
final class ReuseStoryColumns {

  static final StructType SIMILARITY =
      new StructType()
          .add("article_a", StringType, false)
          .add("article_b", StringType, false)
          .add("containment_a_in_b", DoubleType, false)
          .add("containment_b_in_a", DoubleType, false)
          .add("sequence_a_in_b", DoubleType, false)
          .add("sequence_b_in_a", DoubleType, false)
          .add("sentences_a", IntegerType, false)
          .add("copied_a", IntegerType, false)
          .add("paraphrased_a", IntegerType, false)
          .add("sentences_b", IntegerType, false)
          .add("copied_b", IntegerType, false)
          .add("paraphrased_b", IntegerType, false);

  static final StructType ALIGNMENT =
      new StructType()
          .add("article_a", StringType, false)
          .add("sentence", IntegerType, false)
          .add("start", IntegerType, false)
          .add("end", IntegerType, false)
          .add("article_b", StringType, false)
          .add("match", IntegerType, false)
          .add("match_start", IntegerType, false)
          .add("match_end", IntegerType, false)
          .add("kind", StringType, false)
          .add("score", DoubleType, false);

  static final StructType DERIVATION =
      new StructType()
          .add("derived", StringType, false)
          .add("source", StringType, false)
          .add("derived_outlet", StringType, false)
          .add("source_outlet", StringType, false)
          .add("confidence", DoubleType, false)
          .add("evidence", StringType, false);

  static final StructType CHANGE =
      new StructType()
          .add("derived", StringType, false)
          .add("source", StringType, false)
          .add("kind", StringType, false)
          .add("article_id", StringType, false)
          .add("sentence", IntegerType, false)
          .add("start", IntegerType, false)
          .add("end", IntegerType, false);

  /** The columns, in the order {@link #values} gives them. */
  static final StructType FIELDS =
      new StructType()
          .add("reuse_similarity", createArrayType(SIMILARITY, false))
          .add("reuse_alignment", createArrayType(ALIGNMENT, false))
          .add("reuse_derivation", createArrayType(DERIVATION, false))
          .add("reuse_changes", createArrayType(CHANGE, false));

  private ReuseStoryColumns() {}

  /** Analyses one story's versions (rows holding {@link ReuseColumns#INPUT_COLUMNS}). */
  static Object[] values(String storyId, List<Row> versions, StoryReuseAnalyzer analyzer) {
    List<ArticleFingerprint> fingerprints = new ArrayList<>(versions.size());
    for (Row version : versions) {
      fingerprints.add(ReuseColumns.fingerprint(version));
    }
    return values(analyzer.analyse(storyId, fingerprints));
  }

  /** The column values of one story's reuse findings. */
  static Object[] values(StoryReuse reuse) {
    List<Row> pairs = new ArrayList<>(reuse.pairs().size());
    for (PairSimilarity p : reuse.pairs()) {
      pairs.add(
          RowFactory.create(
              p.articleA(),
              p.articleB(),
              p.containmentAInB(),
              p.containmentBInA(),
              p.sequenceAInB(),
              p.sequenceBInA(),
              p.sentencesA(),
              p.copiedA(),
              p.paraphrasedA(),
              p.sentencesB(),
              p.copiedB(),
              p.paraphrasedB()));
    }
    List<Row> alignments = new ArrayList<>(reuse.alignments().size());
    for (SentenceAlignment a : reuse.alignments()) {
      alignments.add(
          RowFactory.create(
              a.articleA(),
              a.sentence(),
              a.start(),
              a.end(),
              a.articleB(),
              a.match(),
              a.matchStart(),
              a.matchEnd(),
              a.kind(),
              a.score()));
    }
    List<Row> derivations = new ArrayList<>(reuse.derivations().size());
    for (Derivation d : reuse.derivations()) {
      derivations.add(
          RowFactory.create(
              d.derivedId(),
              d.sourceId(),
              d.derivedOutlet(),
              d.sourceOutlet(),
              d.confidence(),
              d.evidence()));
    }
    List<Row> changes = new ArrayList<>(reuse.changes().size());
    for (ReuseChange c : reuse.changes()) {
      changes.add(
          RowFactory.create(
              c.derivedId(),
              c.sourceId(),
              c.kind(),
              c.articleId(),
              c.sentence(),
              c.start(),
              c.end()));
    }
    return new Object[] {
      RowBuilder.array(pairs),
      RowBuilder.array(alignments),
      RowBuilder.array(derivations),
      RowBuilder.array(changes)
    };
  }
}
