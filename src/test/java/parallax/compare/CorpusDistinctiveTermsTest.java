package parallax.compare;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import parallax.SharedSpark;
import parallax.framing.DistinctiveTerms;
import parallax.framing.LogOddsRatio;

class CorpusDistinctiveTermsTest {

  private static final StructType TERM =
      new StructType().add("term", StringType, false).add("count", IntegerType, false);
  private static final StructType ARTICLE =
      new StructType()
          .add("source", StringType, false)
          .add("term_counts", createArrayType(TERM, false));

  /** Three outlets, one with two articles whose counts must be summed. */
  private static final List<Object[]> ARTICLES =
      List.of(
          new Object[] {"RT", Map.of("kiev", 4, "regime", 2, "talks", 1)},
          new Object[] {"RT", Map.of("kiev", 1, "operation", 2)},
          new Object[] {"Wire", Map.of("kyiv", 3, "talks", 2, "invasion", 1)},
          new Object[] {"Ledger", Map.of("kyiv", 4, "invasion", 3, "occupiers", 1, "talks", 1)});

  private static Dataset<Row> articles(List<Object[]> articles) {
    List<Row> rows = new ArrayList<>();
    for (Object[] article : articles) {
      @SuppressWarnings("unchecked")
      Map<String, Integer> counts = (Map<String, Integer>) article[1];
      List<Row> terms = new ArrayList<>();
      counts.forEach((term, count) -> terms.add(RowFactory.create(term, count)));
      rows.add(
          RowFactory.create(
              article[0], scala.jdk.javaapi.CollectionConverters.asScala(terms).toSeq()));
    }
    return SharedSpark.session().createDataFrame(rows, ARTICLE);
  }

  @Test
  void givesTheSameTermsRanksAndStatisticsAsThePureJavaComparison() {
    List<Row> spark = CorpusDistinctiveTerms.top(articles(ARTICLES), 3).collectAsList();

    Map<String, Map<String, Long>> bySource = new HashMap<>();
    for (Object[] article : ARTICLES) {
      @SuppressWarnings("unchecked")
      Map<String, Integer> counts = (Map<String, Integer>) article[1];
      Map<String, Long> source =
          bySource.computeIfAbsent((String) article[0], s -> new HashMap<>());
      counts.forEach((term, count) -> source.merge(term, (long) count, Long::sum));
    }
    List<DistinctiveTerms.Row> java =
        new DistinctiveTerms(new LogOddsRatio()).bySource("all", bySource, null, 3);

    assertEquals(java.size(), spark.size());
    for (DistinctiveTerms.Row expected : java) {
      Row actual =
          spark.stream()
              .filter(
                  r ->
                      r.getAs("source").equals(expected.source())
                          && r.<Integer>getAs("rank") == expected.rank())
              .findFirst()
              .orElseThrow(() -> new AssertionError("no Spark row for " + expected));
      assertEquals("overall", actual.<String>getAs("scope"));
      assertTrue(actual.isNullAt(actual.fieldIndex("story_id")));
      assertEquals(expected.term().term(), actual.<String>getAs("term"), expected.toString());
      assertEquals(expected.term().focusCount(), actual.<Long>getAs("source_count").longValue());
      assertEquals(expected.term().restCount(), actual.<Long>getAs("rest_count").longValue());
      assertEquals(expected.term().delta(), actual.<Double>getAs("delta"), 1e-9);
      assertEquals(expected.term().zScore(), actual.<Double>getAs("z"), 1e-9);
    }
  }

  @Test
  void ranksRtsOwnSpellingFirst() {
    Row first =
        CorpusDistinctiveTerms.top(articles(ARTICLES), 1).collectAsList().stream()
            .filter(r -> r.getAs("source").equals("RT"))
            .findFirst()
            .orElseThrow();
    assertEquals("kiev", first.<String>getAs("term"));
    assertEquals(5L, first.<Long>getAs("source_count").longValue());
    assertEquals(0L, first.<Long>getAs("rest_count").longValue());
  }

  @Test
  void comparesNothingWithASingleSource() {
    List<Object[]> one = List.<Object[]>of(new Object[] {"RT", Map.of("kiev", 4)});
    assertTrue(CorpusDistinctiveTerms.top(articles(one), 5).isEmpty());
  }
}
