/**
 * Framing and word choice: which terms each version of a story uses for the same things. Plain
 * Java, no Spark.
 *
 * <p>Per article (the job's mapPartitions): load a {@link parallax.framing.Lexicon} once per JVM
 * from {@code data/lexicons} (or {@code --lexicons DIR...}), build one {@link
 * parallax.framing.FramingAnalyser} per partition, and call {@link
 * parallax.framing.FramingAnalyser#analyse} on each annotated article; {@link
 * parallax.framing.ArticleFraming} gives the framing.csv counts, the spans.csv rows and the hits.
 * {@link parallax.framing.TermCounter#count} gives the article's (term, count) rows for the
 * distinctive-terms statistic, which the job sums with Spark SQL.
 *
 * <p>Per story: {@link parallax.framing.WordChoiceContrasts} (which variant of each referent each
 * version uses, which referents diverge, each version's transliteration leaning) and {@link
 * parallax.framing.DistinctiveTerms} with {@link parallax.framing.LogOddsRatio} (Monroe, Colaresi &
 * Quinn 2008). {@link parallax.framing.LoadedLanguageEvaluator} scores the loaded-language
 * categories against labelled sentences for {@code parallax evaluate-spans}.
 *
 * <p>Cost: over the 6,000 articles of the article-bias sample (5.8 million words), matching the
 * 1,660-entry lexicon took 1.3% and 1.8% of the NLP stage's time in two runs on a busy shared
 * machine, term counting another 0.9% (a timing loop since replaced by {@code scripts/bench.sh
 * jmh}; inside the job, framing with term counting is 3.4% of NLP's task time). The word-level trie
 * took about a third less time than Aho-Corasick ({@code org.ahocorasick:ahocorasick:0.6.3}, whole
 * words, ignoring case, written forms only) on the same 1,000 bodies (301 vs 478 ms, warm), while
 * also doing what the library cannot: part-of-speech and lemma checks, hyphen and possessive
 * normalisation, longest match per family. So no library is added.
 */
package parallax.framing;
