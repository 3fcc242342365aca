package dev.winnow.feed;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * One entry of a feed, as winnow reads it, with Rome's types left behind.
 *
 * @param key identity of the entry within its feed: the guid/id, else the link, else a hash of
 *     title and date (feeds omit or reuse guids; see {@link EntryKeys})
 * @param link the article's URL, resolved against the feed's URL, or null
 * @param summaryHtml the feed's short description (HTML as sent, unsanitized), or ""
 * @param contentHtml the feed's full content (content:encoded, atom:content), or ""
 * @param published when the entry says it was published or last updated, or null
 */
public record FeedEntry(
    String key,
    URI link,
    String title,
    String summaryHtml,
    String contentHtml,
    String author,
    Instant published,
    List<String> categories) {

  public FeedEntry {
    title = title == null ? "" : title.strip();
    summaryHtml = summaryHtml == null ? "" : summaryHtml;
    contentHtml = contentHtml == null ? "" : contentHtml;
    author = author == null ? "" : author.strip();
    categories = List.copyOf(categories);
  }
}
