package dev.winnow.cluster;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * An article ready to be clustered and stored: the feed entry joined with its extracted page.
 *
 * @param id stable identity, derived from the canonical URL (see {@link ArticleIds})
 * @param url the canonical URL (tracking parameters stripped)
 * @param outlet the name of the feed it came from, as in feeds.yml
 * @param summary plain-text summary from the feed, or the body's first paragraph
 * @param text the body as plain text, paragraphs separated by a blank line
 * @param html the body as sanitized HTML
 * @param bodySource "page" when the body was extracted from the article page, "feed" when the
 *     feed's own content was better or the page could not be fetched
 * @param published the entry's published time, or when winnow first saw it
 * @param categories its feed's category in feeds.yml, then the entry's own, each once
 *     <p>Every text is held to the caps of {@link BoundedText} and has its bidirectional controls
 *     removed, however it was made: from a feed, or read back from the store.
 */
public record Article(
    String id,
    URI url,
    String outlet,
    String title,
    String summary,
    String text,
    String html,
    String author,
    String bodySource,
    Instant published,
    Instant fetched,
    List<String> categories) {

  public Article {
    title = BoundedText.capped(BoundedText.withoutBidiControls(title), BoundedText.TITLE_CHARS);
    summary =
        BoundedText.capped(BoundedText.withoutBidiControls(summary), BoundedText.SUMMARY_CHARS);
    text = BoundedText.capped(BoundedText.withoutBidiControls(text), BoundedText.TEXT_CHARS);
    html = BoundedText.cappedHtml(BoundedText.withoutBidiControls(html), BoundedText.HTML_CHARS);
    author = BoundedText.capped(BoundedText.withoutBidiControls(author), BoundedText.NAME_CHARS);
    categories = BoundedText.labels(categories);
  }
}
