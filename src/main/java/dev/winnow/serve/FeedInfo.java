package dev.winnow.serve;

import java.time.Instant;
import java.util.List;

/**
 * What the merged feed says about itself.
 *
 * @param baseUrl where winnow is reached, without a trailing slash, e.g. http://localhost:8080
 * @param epoch the updated time of a feed with no stories yet
 */
record FeedInfo(String title, String baseUrl, Instant epoch) {

  String feedUrl(String name) {
    return baseUrl + "/" + name;
  }

  Instant updated(List<StoryEntry> entries) {
    return entries.stream().map(e -> e.story().updated()).max(Instant::compareTo).orElse(epoch);
  }
}
