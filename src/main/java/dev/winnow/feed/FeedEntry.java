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
 * @param published when the entry says it was published (else when it was updated), or null
 * @param updated when the entry says it was last updated, or null
 */
public record FeedEntry(
    String key,
    URI link,
    String title,
    String summaryHtml,
    String contentHtml,
    String author,
    Instant published,
    Instant updated,
    List<FeedPerson> authors,
    List<FeedCategory> categories,
    List<FeedEnclosure> enclosures) {

  public FeedEntry {
    title = title == null ? "" : title.strip();
    summaryHtml = summaryHtml == null ? "" : summaryHtml;
    contentHtml = contentHtml == null ? "" : contentHtml;
    author = author == null ? "" : author.strip();
    authors = List.copyOf(authors);
    categories = List.copyOf(categories);
    enclosures = List.copyOf(enclosures);
  }
}
