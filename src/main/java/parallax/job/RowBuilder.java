package parallax.job;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Builds one {@link Row} of a fixed schema column by column, by name, so that each analysis fills
 * its own columns (declared in its own {@code *Columns} class) without knowing where in the row
 * they sit. {@link #build()} fails naming every column left unset: a column declared but never
 * filled is a bug, not a null. Not thread-safe; one per row.
 */
final class RowBuilder {

  private final StructType schema;
  private final Object[] values;
  private final boolean[] set;

  RowBuilder(StructType schema) {
    this.schema = schema;
    this.values = new Object[schema.size()];
    this.set = new boolean[schema.size()];
  }

  /**
   * Sets one column.
   *
   * @throws IllegalArgumentException when the schema has no such column
   * @throws IllegalStateException when the column was set already
   */
  RowBuilder set(String column, Object value) {
    int index = indexOf(column);
    if (set[index]) {
      throw new IllegalStateException("column " + column + " is set twice");
    }
    values[index] = value;
    set[index] = true;
    return this;
  }

  /**
   * Sets a group of columns, {@code columnValues} in the order of {@code columns}.
   *
   * @throws IllegalArgumentException when the counts differ or a column is not in the schema
   */
  RowBuilder set(StructType columns, Object[] columnValues) {
    if (columns.size() != columnValues.length) {
      throw new IllegalArgumentException(
          columnValues.length
              + " values for the "
              + columns.size()
              + " columns "
              + Arrays.toString(columns.fieldNames()));
    }
    StructField[] fields = columns.fields();
    for (int i = 0; i < fields.length; i++) {
      set(fields[i].name(), columnValues[i]);
    }
    return this;
  }

  /** Sets every column not set yet to null: a row whose analyses did not run. */
  RowBuilder nullWhereUnset() {
    Arrays.fill(set, true);
    return this;
  }

  /**
   * The row.
   *
   * @throws IllegalStateException naming the columns never set
   */
  Row build() {
    List<String> unset = new ArrayList<>();
    for (int i = 0; i < set.length; i++) {
      if (!set[i]) {
        unset.add(schema.fields()[i].name());
      }
    }
    if (!unset.isEmpty()) {
      throw new IllegalStateException("columns never set: " + unset);
    }
    return RowFactory.create(values);
  }

  /** A list as the value of an array column. */
  static scala.collection.immutable.Seq<?> array(List<?> elements) {
    return scala.jdk.javaapi.CollectionConverters.asScala(elements).toSeq();
  }

  /** The schema {@code base} followed by the columns of each analysis, in order. */
  static StructType concat(StructType base, StructType... groups) {
    StructType schema = base;
    for (StructType group : groups) {
      for (StructField field : group.fields()) {
        schema = schema.add(field);
      }
    }
    return schema;
  }

  private int indexOf(String column) {
    try {
      return schema.fieldIndex(column);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "no column " + column + " in " + Arrays.toString(schema.fieldNames()), e);
    }
  }
}
