/**
 * Sentiment: per sentence, per entity mention, and aggregated with bootstrap intervals. Spark-free.
 *
 * <p>Per article ({@link parallax.sentiment.SentimentAnalyser}, one per partition): every sentence
 * gets a score in [-1, 1] and a label ({@link parallax.sentiment.SentenceSentiment}), every entity
 * mention a score from the words of its own voice in its sentence ({@link
 * parallax.sentiment.MentionSentiment}): the author's words for the author's mentions, the quoted
 * words for mentions inside quotations. Scores come from the VADER lexicon with rules ({@link
 * parallax.sentiment.SentenceScorer}, distance-weighted toward a target by {@link
 * parallax.sentiment.TargetLexiconScorer}) or from a trained OpenNLP doccat model ({@link
 * parallax.sentiment.SentimentModel}, trained by {@code parallax train-sentiment}).
 *
 * <p>Per story: {@link parallax.sentiment.StoryMentions} merges name forms across versions; per
 * group (story x source x entity, article, story x source, source) {@link
 * parallax.sentiment.EntityToneAggregator} and {@link parallax.sentiment.ToneStatistics} compute
 * means, label shares and seeded bootstrap intervals from plain lists the job has grouped.
 *
 * <p>{@code parallax evaluate-sentiment} ({@link parallax.sentiment.SentimentEvaluator}) measures
 * the same classifier the job runs against NewsMTSC, target by target.
 */
package parallax.sentiment;
