package dev.winnow.extract;

import java.net.URI;
import java.time.Instant;

/**
 * What the extractor found in one HTML page.
 *
 * @param text the body as plain text, paragraphs separated by a blank line ("" if none found)
 * @param html the body as sanitized HTML (safe to serve)
 * @param canonicalUrl rel=canonical or og:url, resolved, or null
 * @param published the page's own publication time, or null
 * @param imageUrl og:image, or null
 * @param language the page's language tag, or ""
 */
public record ExtractedPage(
    String title,
    String text,
    String html,
    String byline,
    URI canonicalUrl,
    Instant published,
    URI imageUrl,
    String language) {

  public static final ExtractedPage EMPTY = new ExtractedPage("", "", "", "", null, null, null, "");

  public int wordCount() {
    return TextStats.words(text);
  }
}
