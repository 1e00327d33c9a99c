package parallax.sentiment;

/** Whose words a tone is measured on: the author's, the people quoted, or both. */
public enum Voice {
  AUTHOR("author"),
  QUOTED("quoted"),
  ALL("all");

  private final String label;

  Voice(String label) {
    this.label = label;
  }

  /** The lower-case name written to reports. */
  public String label() {
    return label;
  }

  /** True when an item that is (or is not) quoted speech belongs to this voice. */
  public boolean includes(boolean quoted) {
    return this == ALL || (this == QUOTED) == quoted;
  }
}
