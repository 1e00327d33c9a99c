package parallax.quotes;

/**
 * One act of saying found in an article: a verb of saying (or "according to") with its speaker and,
 * when it reports one, its clause.
 *
 * @param verb first token of the verb ("according" for "according to")
 * @param verbEnd one past its last token
 * @param lemma the verb's lemma, or "according to"
 * @param verbClass {@code neutral} or {@code loaded}
 * @param who the speaker and the tokens naming them
 * @param clause the reported clause as {@code {first, end}} tokens, or null
 * @param inverted true when the speaker comes after the verb ("said Peskov") or is the agent of a
 *     passive ("labelled “disturbing” by critics")
 */
record SpeechAct(
    int verb,
    int verbEnd,
    String lemma,
    String verbClass,
    Speakers.Attribution who,
    int[] clause,
    boolean inverted) {}
