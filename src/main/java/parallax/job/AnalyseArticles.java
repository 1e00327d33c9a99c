package parallax.job;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import parallax.model.AnnotatedText;
import parallax.model.Article;
import parallax.model.LabelledSpan;
import parallax.nlp.NlpPipeline;

/**
 * The one {@code mapPartitions} of the job: per partition it builds the OpenNLP pipeline and the
 * analysers once (models are shared per JVM), then annotates each article and runs every analysis
 * over it, emitting one {@link AnalysedRows} row per article, lazily, so a partition never sits in
 * memory whole. An article whose analysis throws becomes a row with {@code error} set, never a
 * failed task. Side-effect free: a retried task gives the same rows.
 */
final class AnalyseArticles implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  @Override
  public Iterator<Row> call(Iterator<Row> articles) {
    NlpPipeline pipeline = new NlpPipeline();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return articles.hasNext();
      }

      @Override
      public Row next() {
        Row input = articles.next();
        Article article = AnalysedRows.article(input);
        String grouping = AnalysedRows.grouping(input);
        try {
          return analyse(pipeline, article, grouping);
        } catch (RuntimeException e) {
          return AnalysedRows.failed(article, grouping, "analysis failed: " + e);
        }
      }
    };
  }

  private static Row analyse(NlpPipeline pipeline, Article article, String grouping) {
    AnnotatedText text = pipeline.annotate(article.body());
    List<LabelledSpan> spans = new ArrayList<>();
    for (int s = 0; s < text.sentenceCount(); s++) {
      spans.add(
          new LabelledSpan(
              "sentence", "sentence " + s, text.sentenceStart(s), text.sentenceEnd(s)));
    }
    return AnalysedRows.analysed(article, grouping, text, spans);
  }
}
