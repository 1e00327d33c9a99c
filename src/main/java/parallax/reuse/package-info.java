/**
 * Text reuse between versions of a story: who copied, rewrote or left out what.
 *
 * <p>Two stages, both Spark-free. Per article (once per partition): {@link
 * parallax.reuse.Fingerprinter} turns an article and its annotation into a compact {@link
 * parallax.reuse.ArticleFingerprint} (sentence spans, word-shingle hashes, content-term hashes and
 * the credits the text gives). Per story: {@link parallax.reuse.StoryReuseAnalyzer} takes the
 * fingerprints of one story's versions and returns {@link parallax.reuse.StoryReuse}: shingle
 * containment both ways per pair, sentence alignments (copied, paraphrased, unmatched), which
 * version derives from which with confidence and evidence, and what each derived version adds and
 * omits.
 */
package parallax.reuse;
