package dev.winnow.serve;

import java.time.Instant;
import java.util.List;

/**
 * What the merged feed says about itself.
 *
 * @param baseUrl where winnow is reached, without a trailing slash, e.g. http://localhost:8080
 * @param epoch the updated time of a feed with no stories yet
 * @param query the filter's query string ("?category=…"), "" for the merged feed of everything
 */
record FeedInfo(String title, String baseUrl, Instant epoch, String query) {

  FeedInfo(String title, String baseUrl, Instant epoch) {
    this(title, baseUrl, epoch, "");
  }

  /** The same feed narrowed by a filter: its own address, so its own Atom id. */
  FeedInfo filtered(String filterQuery) {
    return new FeedInfo(title, baseUrl, epoch, filterQuery);
  }

  /** This feed's address in the named format. */
  String feedUrl(String name) {
    return baseUrl + "/" + name + query;
  }

  Instant updated(List<StoryEntry> entries) {
    return entries.stream().map(e -> e.story().updated()).max(Instant::compareTo).orElse(epoch);
  }
}
