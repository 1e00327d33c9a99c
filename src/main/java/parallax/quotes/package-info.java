/**
 * Quotes and voices: who gets to speak in each version of a story, and how much.
 *
 * <h2>Per article</h2>
 *
 * {@link parallax.quotes.QuoteAnalyzer} (one per partition; not thread-safe) turns an annotated
 * body into {@link parallax.quotes.Quote}s: direct quotes (text in quotation marks, nested marks
 * kept inside, quotations continued over paragraphs joined) and indirect speech (the clause a verb
 * of saying reports, "according to X", trailing ", police said"), each with a speaker, the lemma of
 * the verb of saying and its class, and character spans. Span conventions are on {@link
 * parallax.quotes.Quote}. Verbs of saying come from {@code quotes/speech-verbs.tsv} in the lexicon
 * folder ({@link parallax.quotes.SpeechVerbs}); other word classes the heuristics need are closed
 * classes kept in code.
 *
 * <h2>Speaker names</h2>
 *
 * Within an article a person is named by the fullest form of the name the article uses, without
 * titles ("Putin", "President Putin" and "Russian President Vladimir Putin" are "Vladimir Putin");
 * an organisation or place as named ("the Kremlin" is "Kremlin"); a group by its noun phrase
 * without determiner ("local authorities"). Pronouns go to the person (or organisation) most
 * recently in subject position, roles ("the Kremlin spokesman", "the Russian leader") to the person
 * whose titles match best. Across the versions of a story, {@link parallax.quotes.SpeakerNames}
 * maps names to one story-wide form: {@link parallax.quotes.StorySpeakerNames} merges case variants
 * and lone surnames; an implementation backed by the story's entities (canonical name plus aliases)
 * can replace it, since {@link parallax.quotes.ShareOfVoice} only calls {@code canonical}.
 *
 * <h2>Per story</h2>
 *
 * {@link parallax.quotes.ShareOfVoice} takes the {@link parallax.quotes.ArticleQuotes} of one story
 * and returns {@link parallax.quotes.VoiceShare} rows (words per speaker and version, direct and
 * indirect, verbs used, how many other versions quote the speaker) and {@link
 * parallax.quotes.MissingVoice} rows (speakers a version leaves out that others quote).
 *
 * <h2>How good it is</h2>
 *
 * Measured by {@code QuoteGoldTest} (203 hand-annotated quotes of the sample texts in {@code
 * data/}, which the heuristics were developed on, so a measure of fit) and {@code QuoteHeldOutTest}
 * (three sets of AllSides excerpts annotated blind; the third was not used to change anything). A
 * found quote matches a gold one of the same kind when their spans overlap by half their union. The
 * test output states the numbers.
 *
 * <p>Cost: one character scan for quotation marks and a few token scans with bounded look-around;
 * the lemmatizer only sees verbs whose first letters match a verb of saying. {@code
 * QuotesBenchmark} (in the tests, run by hand) times it against the NLP pass.
 */
package parallax.quotes;
