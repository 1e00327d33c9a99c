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
 * titles ("Putin", "President Putin" and "Russian President Vladimir Putin" are "Vladimir Putin";
 * with two full names sharing a surname, the surname alone is the person introduced first); an
 * organisation or place as named ("the Kremlin" is "Kremlin"), in full when the article shortens it
 * ("the Board" after "the Board of Elections", "AP" after "the Associated Press", "the company"
 * after "Amazon"); a group or document by its noun phrase without determiner, quantifiers or dating
 * words ("local authorities", "many scientists" are "scientists", "The report" after "a newly
 * declassified U.S. intel report" is "U.S. intel report").
 *
 * <p>What makes a name a person's: a title ("Sen.", "spokesman", split abbreviations included), a
 * known given name ({@code quotes/given-names.tsv}), the entity list's type ({@code
 * data/entities.tsv}, which also keeps listed organisations and places from being "he"), an
 * appositive ("Ferrer, the county's health director,"), or two name-shaped words with no word of an
 * organisation, place or event ("Operation Warp Speed", "North Korea" are none). Pronouns go to the
 * person most recently in subject position (never a subject inside a relative clause) whose sex,
 * where titles or given names tell it, agrees; "it"/"they" to organisations and groups. Roles ("the
 * Kremlin spokesman", "the Ohio Republican") go to the person whose titles match, an institution
 * the role names having to be the person's; a role in a lead that nobody before fits is the person
 * the next paragraph names (delayed identification). A noun of saying gives the quotations of its
 * clause to its possessor ("Wallace's contention that the speech was “...”") without making it
 * indirect speech.
 *
 * <p>Across the versions of a story, {@link parallax.quotes.SpeakerNames} maps names to one
 * story-wide form: {@link parallax.quotes.StorySpeakerNames} merges case variants and lone surnames
 * from the quotes alone; {@link parallax.quotes.EntitySpeakerNames} also maps names and aliases of
 * the entity list to their listed entity ("Zelenskyy", "Zelensky") and merges the rest with {@link
 * parallax.nlp.EntityMerger}, as the sentiment stage merges entity mentions. {@link
 * parallax.quotes.ShareOfVoice} only calls {@code canonical}.
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
 * (five sets of AllSides excerpts, each annotated before the detector was run on it; sets 1-4 were
 * then used to find general failures, set 5 is kept blind and scored only on request). A found
 * quote matches a gold one of the same kind when their spans overlap by half their union. The test
 * output states the numbers.
 *
 * <p>Cost: one character scan for quotation marks and a few token scans with bounded look-around
 * (noun phrases of about ten tokens, a window of recent subjects for pronouns and short names); the
 * lemmatizer only sees verbs whose first letters match a verb of saying. {@code scripts/bench.sh
 * jmh} times it against the NLP pass (about 3% of it); {@code QuoteScalingCheck} in the tests feeds
 * it inputs built to expose a non-linear step.
 */
package parallax.quotes;
