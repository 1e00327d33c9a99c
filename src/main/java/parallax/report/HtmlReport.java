package parallax.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The HTML report: {@code index.html}, one page per story under {@code stories/}, and the shared
 * {@code report.css}. Pages are Mustache templates ({@code src/main/resources/parallax/report/})
 * filled from plain values: every value is HTML-escaped by the template engine, links are made only
 * from http(s) addresses, and class names and ids come from indices, never from article data. The
 * pages need no network: no scripts, fonts or styles from elsewhere; charts are the run's own SVG
 * files, referenced relatively, so the folder works from {@code file://} and when moved.
 *
 * <p>Stateless and thread-safe (compiled templates are shared).
 */
public final class HtmlReport {

  private static final MustacheFactory TEMPLATES = new DefaultMustacheFactory("parallax/report");
  private static final Mustache INDEX = TEMPLATES.compile("index.mustache");
  private static final Mustache STORY = TEMPLATES.compile("story.mustache");

  private HtmlReport() {}

  /** The path of a story's page inside the report folder. */
  public static String storyFile(String storyId) {
    return "stories/" + Slugs.of(storyId) + ".html";
  }

  /**
   * Writes {@code report.css}, {@code index.html} and the story pages.
   *
   * @return the paths written, relative to the report folder
   */
  public static List<String> write(IndexPage index, List<StoryPage> stories, ChartFiles.Files files)
      throws IOException {
    List<String> written = new ArrayList<>();
    try (OutputStream out = files.create("report.css");
        InputStream css = HtmlReport.class.getResourceAsStream("report.css")) {
      if (css == null) {
        throw new IOException("report.css missing from the classpath (parallax/report/)");
      }
      css.transferTo(out);
    }
    written.add("report.css");
    write(files, "index.html", index(index));
    written.add("index.html");
    for (StoryPage story : stories) {
      String path = storyFile(story.storyId());
      write(files, path, story(story));
      written.add(path);
    }
    return written;
  }

  /** The HTML of {@code index.html}. */
  public static String index(IndexPage page) {
    return render(INDEX, IndexView.of(page));
  }

  /** The HTML of a story page (which lives one folder down, in {@code stories/}). */
  public static String story(StoryPage page) {
    return render(STORY, StoryView.of(page, "../"));
  }

  private static String render(Mustache template, Object view) {
    StringWriter out = new StringWriter();
    template.execute(out, view);
    return out.toString();
  }

  private static void write(ChartFiles.Files files, String path, String html) {
    try (Writer out = new OutputStreamWriter(files.create(path), StandardCharsets.UTF_8)) {
      out.write(html);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }
}
