package parallax.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import scala.jdk.javaapi.CollectionConverters;

class FirstRowsPerStoryTest {

  private static Row row(String story, Object... values) {
    List<Object> all = new ArrayList<>();
    all.add(story);
    all.addAll(Arrays.asList(values));
    return RowFactory.create(all.toArray());
  }

  @Test
  void keepsTheFirstRowsOfEachStoryAndCountsThemAll() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      rows.add(row("s1", "a" + i, (long) i));
    }
    rows.add(row("s2", "b0", 10L));
    for (int i = 0; i < 3; i++) {
      rows.add(row("s3", "c" + i, null));
    }

    List<FirstRowsPerStory.StoryRows> stories = FirstRowsPerStory.of(rows.iterator(), 0, 3, 2);

    assertEquals(3, stories.size());
    FirstRowsPerStory.StoryRows first = stories.get(0);
    assertEquals("s1", first.storyId());
    assertEquals(5, first.total());
    assertEquals(List.of(List.of("s1", "a0", 0L), List.of("s1", "a1", 1L)), first.rows());
    assertEquals("s2", stories.get(1).storyId());
    assertEquals(1, stories.get(1).total());
    assertEquals(List.of(List.of("s2", "b0", 10L)), stories.get(1).rows());
    FirstRowsPerStory.StoryRows third = stories.get(2);
    assertEquals(3, third.total());
    assertEquals(Arrays.asList("s3", "c0", null), third.rows().get(0));
    assertEquals(Arrays.asList("s3", "c1", null), third.rows().get(1));
  }

  @Test
  void keepsOnlyTheLeadingColumnsAndJoinsArrays() {
    Row withArray =
        row("s1", CollectionConverters.asScala(List.of("x", "y")).toSeq(), "dropped column");

    List<FirstRowsPerStory.StoryRows> stories =
        FirstRowsPerStory.of(List.of(withArray).iterator(), 0, 2, 10);

    assertEquals(List.of(List.of("s1", "x; y")), stories.get(0).rows());
  }

  @Test
  void findsTheStoryInAnyColumn() {
    List<Row> rows =
        List.of(
            RowFactory.create("a", "s1"),
            RowFactory.create("b", "s1"),
            RowFactory.create("c", "s2"));

    List<FirstRowsPerStory.StoryRows> stories = FirstRowsPerStory.of(rows.iterator(), 1, 2, 1);

    assertEquals(List.of("s1", "s2"), stories.stream().map(s -> s.storyId()).toList());
    assertEquals(List.of(List.of("a", "s1")), stories.get(0).rows());
    assertEquals(2, stories.get(0).total());
  }

  @Test
  void noRowsGiveNoStories() {
    assertTrue(FirstRowsPerStory.of(List.<Row>of().iterator(), 0, 1, 5).isEmpty());
  }

  @Test
  void rejectsRowsNotGroupedByStory() {
    List<Row> rows = List.of(row("s1", 1), row("s2", 2), row("s1", 3));

    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class, () -> FirstRowsPerStory.of(rows.iterator(), 0, 2, 5));

    assertTrue(error.getMessage().contains("'s1'"), error.getMessage());
  }

  @Test
  void rejectsALimitBelowOne() {
    assertThrows(
        IllegalArgumentException.class,
        () -> FirstRowsPerStory.of(List.of(row("s1")).iterator(), 0, 1, 0));
  }
}
