package dev.winnow.cluster;

/** Which text of an article a term was counted in: its headline, or everything it says. */
public enum TermField {
  TITLE,
  /** Title, summary and body together. */
  TEXT
}
