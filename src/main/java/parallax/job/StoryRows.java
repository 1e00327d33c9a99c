package parallax.job;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;

/**
 * The schema of the story pass ({@link AnalyseStories}): one row per story, then each story-level
 * analysis's columns (one {@code *StoryColumns} class per analysis, joined into {@link #SCHEMA}
 * here), typically one array column per output table, exploded by {@code compare}. {@code error} is
 * set, and the analysis columns null, when a story-level analysis failed.
 */
final class StoryRows {

  /** The columns every story row has. */
  static final StructType BASE =
      new StructType()
          .add("story_id", StringType, false)
          .add("versions", IntegerType, false)
          .add("versions_compared", IntegerType, false)
          .add("error", StringType);

  /** {@link #BASE} and the columns of every story-level analysis: one line per analysis here. */
  static final StructType SCHEMA =
      RowBuilder.concat(
          BASE,
          FramingStoryColumns.FIELDS,
          QuoteStoryColumns.FIELDS,
          SentimentStoryColumns.FIELDS,
          ReuseStoryColumns.FIELDS);

  private StoryRows() {}

  /** Starts the row of a story; the analyses add their columns. */
  static RowBuilder builder(String storyId, int versions, int compared) {
    return new RowBuilder(SCHEMA)
        .set("story_id", storyId)
        .set("versions", versions)
        .set("versions_compared", compared);
  }
}
