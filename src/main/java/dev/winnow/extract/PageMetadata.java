package dev.winnow.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads title, canonical URL, dates, byline, image and language from a page: Open Graph and other
 * meta tags first (one pass over them), then the body's own h1, time and byline elements.
 */
final class PageMetadata {
  private final Document doc;
  private final Map<String, String> meta = new HashMap<>();
  private String canonicalHref = "";
  private Element firstH1;
  private Element firstTime;
  private Element byline;
  private final List<String> jsonLd = new ArrayList<>();

  /** Reads the head now; the body's landmarks arrive through {@link #see} during the body walk. */
  PageMetadata(Document doc) {
    this.doc = doc;
    for (Element el : doc.head().getElementsByTag("meta")) {
      String key = el.hasAttr("property") ? el.attr("property") : el.attr("name");
      if (key.isEmpty()) {
        key = el.attr("itemprop");
      }
      String content = el.attr("content").strip();
      if (!key.isEmpty() && !content.isEmpty()) {
        meta.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
      }
    }
    for (Element script : doc.head().getElementsByTag("script")) {
      see(script);
    }
    for (Element link : doc.head().getElementsByTag("link")) {
      if (link.attr("rel").equalsIgnoreCase("canonical") && canonicalHref.isEmpty()) {
        canonicalHref = link.absUrl("href");
      }
    }
  }

  void see(Element el) {
    String tag = el.tagName();
    if (el.attributesSize() == 0 && !tag.equals("h1") && !tag.equals("time")) {
      return;
    }
    if (tag.equals("script") && el.attr("type").equalsIgnoreCase("application/ld+json")) {
      jsonLd.add(el.data());
      return;
    }
    if (firstH1 == null && tag.equals("h1")) {
      firstH1 = el;
    } else if (firstTime == null && tag.equals("time")) {
      firstTime = el;
    } else if (byline == null && (el.attr("rel").equals("author") || el.hasClass("byline"))) {
      byline = el;
    }
  }

  /** The page's JSON-LD blocks, head and body, in document order. */
  List<String> jsonLd() {
    return jsonLd;
  }

  String title() {
    String og = meta.getOrDefault("og:title", "");
    if (!og.isEmpty()) {
      return og;
    }
    String h1 = firstH1 == null ? "" : firstH1.text().strip();
    return h1.isEmpty() ? withoutSiteName(doc.title().strip()) : h1;
  }

  URI canonical() {
    return uri(canonicalHref.isEmpty() ? meta.get("og:url") : canonicalHref);
  }

  URI image() {
    return uri(meta.get("og:image"));
  }

  String byline() {
    String author = meta.getOrDefault("author", "");
    if (!author.isEmpty()) {
      return author;
    }
    return byline == null ? "" : byline.text().strip();
  }

  Instant published() {
    for (String key : new String[] {"article:published_time", "datepublished", "date"}) {
      Instant at = instant(meta.get(key));
      if (at != null) {
        return at;
      }
    }
    return firstTime == null ? null : instant(firstTime.attr("datetime"));
  }

  String language() {
    Element html = doc.firstElementChild();
    return html == null ? "" : html.attr("lang").strip();
  }

  /** "Headline - Site" and "Headline | Site" are how pages title themselves; keep the headline. */
  static String withoutSiteName(String title) {
    for (String separator : new String[] {" | ", " - ", " – ", " — ", " :: "}) {
      int at = title.lastIndexOf(separator);
      if (at > 0 && title.substring(0, at).strip().contains(" ")) {
        return title.substring(0, at).strip();
      }
    }
    return title;
  }

  private static Instant instant(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
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
