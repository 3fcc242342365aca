package dev.winnow.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads title, canonical URL, dates, byline and image from a page's head (Open Graph, meta). */
final class PageMetadata {
  private PageMetadata() {}

  static String title(Document doc) {
    String og = meta(doc, "meta[property=og:title]");
    if (!og.isEmpty()) {
      return og;
    }
    Element h1 = doc.selectFirst("article h1, h1");
    return h1 != null && !h1.text().isBlank() ? h1.text().strip() : doc.title().strip();
  }

  static URI canonical(Document doc) {
    Element link = doc.selectFirst("link[rel=canonical][href]");
    if (link != null && !link.absUrl("href").isEmpty()) {
      return uri(link.absUrl("href"));
    }
    return uri(meta(doc, "meta[property=og:url]"));
  }

  static URI image(Document doc) {
    return uri(meta(doc, "meta[property=og:image]"));
  }

  static String byline(Document doc) {
    String author = meta(doc, "meta[name=author]");
    if (!author.isEmpty()) {
      return author;
    }
    Element byline = doc.selectFirst("[rel=author], .byline, .author-name, [itemprop=author]");
    return byline == null ? "" : byline.text().strip();
  }

  static Instant published(Document doc) {
    for (String query :
        new String[] {
          "meta[property=article:published_time]", "meta[itemprop=datePublished]",
          "meta[name=date]", "time[datetime]"
        }) {
      Element el = doc.selectFirst(query);
      if (el == null) {
        continue;
      }
      String value = el.hasAttr("content") ? el.attr("content") : el.attr("datetime");
      try {
        return OffsetDateTime.parse(value.strip()).toInstant();
      } catch (DateTimeParseException ignored) {
        // try the next source of a date
      }
    }
    return null;
  }

  static String language(Document doc) {
    return doc.select("html").attr("lang").strip();
  }

  private static String meta(Document doc, String query) {
    Element el = doc.selectFirst(query);
    return el == null ? "" : el.attr("content").strip();
  }

  private static URI uri(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(value.strip());
      return uri.isAbsolute() ? uri : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
