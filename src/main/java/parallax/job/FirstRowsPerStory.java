package parallax.job;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Row;

/**
 * Cuts rows that arrive grouped by story (sorted by story, then by a section's order) to the first
 * few of each story, counting every row of the story: what a story page's section table shows and
 * how many rows its CSV has. It runs in the one task that reads a section's sorted rows, so the
 * driver receives at most {@code limit} rows per story however large the table is. Spark-free but
 * for the {@link Row} it reads.
 */
final class FirstRowsPerStory {

  /**
   * One story's first rows, as plain values ({@link #values}), and how many rows it has in all.
   * Serializable: made in the task, collected by the driver.
   */
  record StoryRows(String storyId, List<List<Object>> rows, long total) implements Serializable {}

  private FirstRowsPerStory() {}

  /**
   * The first {@code limit} rows of each story, in the order they arrive.
   *
   * @param rows rows with all the rows of one story next to each other
   * @param storyColumn index of the story id in each row
   * @param columns how many of each row's leading values to keep
   * @param limit rows kept per story, at least 1
   * @throws IllegalArgumentException when a story's rows are not next to each other (the input was
   *     not sorted by story)
   */
  static List<StoryRows> of(Iterator<Row> rows, int storyColumn, int columns, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was: " + limit);
    }
    List<StoryRows> stories = new ArrayList<>();
    Set<String> finished = new HashSet<>();
    String story = null;
    List<List<Object>> kept = new ArrayList<>();
    long total = 0;
    while (rows.hasNext()) {
      Row row = rows.next();
      String rowStory = row.getString(storyColumn);
      if (total == 0 || !Objects.equals(rowStory, story)) {
        if (total > 0) {
          stories.add(new StoryRows(story, kept, total));
          finished.add(story);
          if (finished.contains(rowStory)) {
            throw new IllegalArgumentException(
                "rows of story '"
                    + rowStory
                    + "' are not next to each other: sort them by story first");
          }
        }
        story = rowStory;
        kept = new ArrayList<>();
        total = 0;
      }
      total++;
      if (kept.size() < limit) {
        kept.add(values(row, columns));
      }
    }
    if (total > 0) {
      stories.add(new StoryRows(story, kept, total));
    }
    return stories;
  }

  /** A row's leading values as plain Java values; arrays become "a; b" text. */
  static List<Object> values(Row row, int columns) {
    List<Object> values = new ArrayList<>(columns);
    for (int i = 0; i < columns; i++) {
      Object value = row.get(i);
      if (value instanceof scala.collection.Seq<?> seq) {
        value =
            String.join(
                "; ",
                scala.jdk.javaapi.CollectionConverters.asJava(seq).stream()
                    .map(String::valueOf)
                    .toList());
      }
      values.add(value);
    }
    return values;
  }
}
