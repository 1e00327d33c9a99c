package parallax.quotes;

/**
 * Who a quote is attributed to, resolved to a name.
 *
 * @param name canonical name: a person's fullest name in the article ("Vladimir Putin"), an
 *     organisation or place as named ("Kremlin"), or a group as a noun phrase without determiner
 *     ("local authorities"); "" when unknown
 * @param person true when the name is a person's
 * @param maybePerson true for a person, and for a lone name with nothing showing it is a place or
 *     an organisation ("Putin" in a text that never gives his first name): "he" may refer to it
 */
record Speaker(String name, boolean person, boolean maybePerson) {

  static final Speaker UNKNOWN = new Speaker("", false, false);

  static Speaker person(String name) {
    return new Speaker(name, true, true);
  }

  static Speaker other(String name) {
    return new Speaker(name, false, false);
  }

  boolean known() {
    return !name.isEmpty();
  }
}
