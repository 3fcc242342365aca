package dev.winnow.feed;

import java.net.URI;
import java.util.List;

/**
 * A feed document read into records.
 *
 * @param format Rome's name of the dialect, e.g. "rss_2.0" or "atom_1.0"
 * @param encoding the character encoding the document was read in, lower case
 */
public record ParsedFeed(
    String format,
    String encoding,
    String title,
    URI link,
    FeedHeader header,
    PollingHints hints,
    List<FeedEntry> entries) {
  public ParsedFeed {
    title = title == null ? "" : title.strip();
    entries = List.copyOf(entries);
  }
}
