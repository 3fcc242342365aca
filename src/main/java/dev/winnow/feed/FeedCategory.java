package dev.winnow.feed;

/** A category: its term and, where the feed gives one, its scheme (domain) URI, else "". */
public record FeedCategory(String term, String scheme) {
  public FeedCategory {
    term = term == null ? "" : term.strip();
    scheme = scheme == null ? "" : scheme.strip();
  }
}
