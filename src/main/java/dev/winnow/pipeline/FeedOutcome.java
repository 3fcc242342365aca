package dev.winnow.pipeline;

/**
 * How polling one feed went.
 *
 * @param error a one-line description of what failed, or "" when the feed was read
 * @param newArticles articles stored for the first time
 * @param newEntries entries not seen before (some may be articles already stored via another feed)
 */
public record FeedOutcome(
    String feedName,
    String url,
    boolean notModified,
    int newEntries,
    int newArticles,
    String error) {

  public boolean failed() {
    return !error.isEmpty();
  }

  /** One line naming the feed, for the terminal and the log. */
  public String describe() {
    if (failed()) {
      return "feed '" + feedName + "' (" + url + "): " + error;
    }
    if (notModified) {
      return "feed '" + feedName + "': not modified";
    }
    return "feed '"
        + feedName
        + "': "
        + newEntries
        + " new entries, "
        + newArticles
        + " new articles";
  }
}
