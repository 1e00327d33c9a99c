package parallax.compare;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import parallax.SharedSpark;
import parallax.sentiment.SentimentBand;
import parallax.sentiment.ToneStatistics;
import parallax.sentiment.ToneSummary;

class SentimentTablesTest {

  private static final StructType SCORED =
      new StructType()
          .add("source", StringType, false)
          .add("score", DoubleType, false)
          .add("label", StringType, false);

  private static final StructType SENTENCES =
      new StructType()
          .add("story_id", StringType, false)
          .add("source", StringType, false)
          .add("voice", StringType, false)
          .add("score", DoubleType, false)
          .add("label", StringType, false);

  /** A score in [-1, 1] that varies with i, labelled as the lexicon labels it. */
  private static double score(int i) {
    return ((i * 37) % 201 - 100) / 100.0;
  }

  /**
   * Adds {@code count} scored rows of {@code source} to {@code rows}, the i-th with {@code score(i
   * * step + offset)}, and returns their scores.
   */
  private static double[] scored(List<Row> rows, String source, int count, int step, int offset) {
    double[] scores = new double[count];
    for (int i = 0; i < count; i++) {
      scores[i] = score(i * step + offset);
      rows.add(
          RowFactory.create(source, scores[i], SentimentBand.VADER.polarity(scores[i]).label()));
    }
    return scores;
  }

  @Test
  void givesEachGroupTheToneItsScoresGiveWhetherBootstrappedOrFromSums() {
    int large = ToneStatistics.MAX_BOOTSTRAP_N + 11;
    int small = 57;
    List<Row> rows = new ArrayList<>();
    double[] largeScores = scored(rows, "Big Wire", large, 1, 0);
    double[] smallScores = scored(rows, "Small Daily", small, 3, 1);
    Dataset<Row> items = SharedSpark.session().createDataFrame(rows, SCORED).repartition(3);

    List<Row> tone =
        SentimentTables.tone(items, List.of("source")).orderBy("source").collectAsList();

    ToneStatistics statistics = ToneStatistics.defaults();
    assertTone(statistics.summarize(largeScores, SentimentBand.VADER), tone.get(0), "Big Wire");
    assertTone(statistics.summarize(smallScores, SentimentBand.VADER), tone.get(1), "Small Daily");
  }

  @Test
  void aGroupOverTheLimitWithinOnePartitionIsToldFromItsSums() {
    // One partition: the partial aggregation itself passes the limit and stores a dropped sample.
    int large = ToneStatistics.MAX_BOOTSTRAP_N + 11;
    List<Row> rows = new ArrayList<>();
    double[] scores = scored(rows, "Big Wire", large, 1, 0);
    Dataset<Row> items = SharedSpark.session().createDataFrame(rows, SCORED).coalesce(1);

    List<Row> tone = SentimentTables.tone(items, List.of("source")).collectAsList();

    assertTone(
        ToneStatistics.defaults().summarize(scores, SentimentBand.VADER), tone.get(0), "Big Wire");
  }

  @Test
  void addsUpTheOutletsToneOverStoriesAsIfTakenFromItsSentences() {
    // Big Wire: three stories that pass the bootstrap's limit only together; Small Daily: two
    // stories far below it, one of them also with quoted sentences.
    int perStory = ToneStatistics.MAX_BOOTSTRAP_N / 2 - 5;
    List<Row> rows = new ArrayList<>();
    for (int story = 0; story < 3; story++) {
      for (int i = 0; i < perStory; i++) {
        rows.add(sentence("s" + story, "Big Wire", SentimentTables.AUTHOR, score(i + story * 7)));
      }
    }
    for (int i = 0; i < 40; i++) {
      rows.add(sentence("s0", "Small Daily", SentimentTables.AUTHOR, score(i * 3 + 1)));
      rows.add(sentence("s3", "Small Daily", SentimentTables.AUTHOR, score(i * 5 + 2)));
      rows.add(sentence("s3", "Small Daily", SentimentTables.QUOTED, score(i * 11)));
    }
    Dataset<Row> sentences = SharedSpark.session().createDataFrame(rows, SENTENCES).repartition(3);

    List<Row> added =
        SentimentTables.overallTone(SentimentTables.storyGroups(sentences))
            .orderBy("source")
            .collectAsList();
    // Directly: one group per outlet and voice over its sentences, then the voices side by side.
    List<Row> direct =
        SentimentTables.tone(sentences, List.of("source", "voice"))
            .orderBy("source", "voice")
            .collectAsList();

    assertEquals(2, added.size());
    assertEquals("Big Wire", added.get(0).getAs("source"));
    assertEquals(3 * perStory, added.get(0).<Integer>getAs("author_sentences"));
    assertTrue(added.get(0).isNullAt(added.get(0).fieldIndex("quoted_sentences")));
    assertSameTone(direct.get(0), added.get(0), "author");
    assertSameTone(direct.get(1), added.get(1), "author");
    assertSameTone(direct.get(2), added.get(1), "quoted");
  }

  private static Row sentence(String story, String source, String voice, double score) {
    return RowFactory.create(
        story, source, voice, score, SentimentBand.VADER.polarity(score).label());
  }

  /** The by-voice row's columns of {@code voice} hold exactly the direct tone's values. */
  private static void assertSameTone(Row direct, Row byVoice, String voice) {
    assertEquals(direct.<Integer>getAs("n"), byVoice.<Integer>getAs(voice + "_sentences"));
    assertEquals(direct.<Double>getAs("mean"), byVoice.<Double>getAs(voice + "_tone"));
    assertEquals(direct.<Double>getAs("ci_low"), byVoice.<Double>getAs(voice + "_tone_ci_low"));
    assertEquals(direct.<Double>getAs("ci_high"), byVoice.<Double>getAs(voice + "_tone_ci_high"));
  }

  private static void assertTone(ToneSummary expected, Row row, String source) {
    assertEquals(source, row.getAs("source"));
    assertEquals(expected.n(), row.<Integer>getAs("n"));
    assertEquals(expected.mean(), row.<Double>getAs("mean"), 1e-9);
    assertEquals(expected.ciLow(), row.<Double>getAs("ci_low"), 1e-9, source);
    assertEquals(expected.ciHigh(), row.<Double>getAs("ci_high"), 1e-9, source);
    assertEquals(expected.sharePositive(), row.<Double>getAs("share_positive"), 1e-12);
    assertEquals(expected.shareNegative(), row.<Double>getAs("share_negative"), 1e-12);
    assertEquals(expected.shareNeutral(), row.<Double>getAs("share_neutral"), 1e-12);
  }
}
