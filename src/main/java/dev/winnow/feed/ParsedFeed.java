package dev.winnow.feed;

import java.net.URI;
import java.util.List;

/**
 * A feed document read into records.
 *
 * @param format Rome's name of the dialect, e.g. "rss_2.0" or "atom_1.0"
 */
public record ParsedFeed(String format, String title, URI link, List<FeedEntry> entries) {
  public ParsedFeed {
    title = title == null ? "" : title.strip();
    entries = List.copyOf(entries);
  }
}
