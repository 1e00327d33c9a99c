package parallax.job;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class RowBuilderTest {

  private static final StructType BASE = new StructType().add("id", StringType);
  private static final StructType ANALYSIS =
      new StructType().add("hits", IntegerType).add("label", StringType);
  private static final StructType SCHEMA = RowBuilder.concat(BASE, ANALYSIS);

  @Test
  void placesEachAnalysisColumnByName() {
    Row row = new RowBuilder(SCHEMA).set(ANALYSIS, new Object[] {3, "x"}).set("id", "a").build();
    assertEquals("a", row.getString(0));
    assertEquals(3, row.getInt(1));
    assertEquals("x", row.getString(2));
  }

  @Test
  void namesTheColumnsNeverSet() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> new RowBuilder(SCHEMA).set("id", "a").build());
    assertEquals("columns never set: [hits, label]", e.getMessage());
  }

  @Test
  void rejectsAnUnknownColumnAColumnSetTwiceAndAMissingValue() {
    assertThrows(IllegalArgumentException.class, () -> new RowBuilder(SCHEMA).set("nope", 1));
    assertThrows(
        IllegalStateException.class, () -> new RowBuilder(SCHEMA).set("id", "a").set("id", "b"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RowBuilder(SCHEMA).set(ANALYSIS, new Object[] {1}));
  }

  @Test
  void leavesTheColumnsOfAnalysesThatDidNotRunNull() {
    Row row = new RowBuilder(SCHEMA).set("id", "a").nullWhereUnset().build();
    assertEquals(true, row.isNullAt(1));
    assertEquals(true, row.isNullAt(2));
  }
}
