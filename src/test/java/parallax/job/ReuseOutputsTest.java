package parallax.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import parallax.SharedSpark;

class ReuseOutputsTest {

  private static final SparkSession SPARK = SharedSpark.session();

  private static Dataset<Row> articles() {
    return SPARK.sql(
        "SELECT * FROM VALUES ('s/rt', 'RT'), ('s/troib', 'TROIB'), ('s/wire', 'Wire')"
            + " AS t(article_id, source)");
  }

  private static Dataset<Row> derivations() {
    return SPARK.sql(
        "SELECT 's' AS story_id, 's/troib' AS derived, 's/rt' AS source, 0.9 AS confidence");
  }

  @Test
  void marksTheDerivedCopyAndTheVersionItDerivesFrom() {
    List<Row> rows =
        ReuseOutputs.withDerivedFrom(articles(), derivations())
            .orderBy("article_id")
            .select("article_id", "derived_from", "derived_copy")
            .collectAsList();
    assertEquals("[[s/rt,null,false], [s/troib,s/rt,true], [s/wire,null,false]]", rows.toString());
  }

  @Test
  void dedupeDerivedLeavesDerivedCopiesOutOfPerSourceTables() {
    assertEquals(3, ReuseOutputs.forSourceTables(articles(), derivations(), false).count());
    List<Row> kept =
        ReuseOutputs.forSourceTables(articles(), derivations(), true)
            .orderBy("article_id")
            .select("article_id")
            .collectAsList();
    assertEquals("[[s/rt], [s/wire]]", kept.toString());
  }
}
