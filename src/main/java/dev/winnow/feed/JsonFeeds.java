package dev.winnow.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) read into the same records as RSS and
 * Atom. Readers accept it as a third format; as with XML feeds, a field of the wrong type is read
 * as absent rather than failing the feed.
 */
final class JsonFeeds {
  private static final String VERSION_PREFIX = "https://jsonfeed.org/version/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonFeeds() {}

  /** A JSON document starts with an object; no XML feed does. */
  static boolean looksLikeJson(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\ufeff') {
        return c == '{';
      }
    }
    return false;
  }

  static ParsedFeed parse(String text, String encoding, URI base) throws FeedParseException {
    JsonNode feed;
    try {
      feed = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new FeedParseException(
          "not a readable JSON Feed: "
              + e.getOriginalMessage().lines().findFirst().orElse("")
              + (at == null ? "" : " (line " + at.getLineNr() + ")"));
    }
    String version = string(feed, "version");
    if (!version.startsWith(VERSION_PREFIX)) {
      throw new FeedParseException(
          "not a JSON Feed: its \"version\" is not " + VERSION_PREFIX + "…");
    }
    URI home = FeedParser.resolve(base, string(feed, "home_page_url"));
    List<FeedEntry> entries = new ArrayList<>();
    for (JsonNode item : feed.path("items")) {
      if (item.isObject()) {
        entries.add(entry(item, base));
      }
    }
    FeedHeader header =
        new FeedHeader(
            string(feed, "description"),
            string(feed, "language"),
            "",
            string(feed, "feed_url"),
            "",
            null,
            null,
            authors(feed),
            List.of(),
            imageOf(feed, base),
            "",
            home == null ? null : home.toString());
    return new ParsedFeed(
        "json_" + version.substring(VERSION_PREFIX.length()),
        encoding,
        string(feed, "title"),
        home,
        header,
        FeedParser.withTypicalGap(PollingHints.NONE, entries),
        entries);
  }

  private static FeedEntry entry(JsonNode item, URI base) {
    URI link = FeedParser.resolve(base, string(item, "url"));
    link = link != null ? link : FeedParser.resolve(base, string(item, "external_url"));
    Instant updated = instant(item, "date_modified");
    Instant published = instant(item, "date_published");
    published = published != null ? published : updated;
    String title = string(item, "title");
    String id = item.path("id").isValueNode() ? item.path("id").asText() : "";
    List<FeedPerson> authors = authors(item);
    String html = string(item, "content_html");
    String content = html.isEmpty() ? asHtml(string(item, "content_text")) : html;
    return new FeedEntry(
        EntryKeys.keyOf(id.isBlank() ? null : id, link, title, published),
        link,
        title,
        string(item, "summary"),
        content,
        authors.isEmpty() ? "" : authors.get(0).name(),
        published,
        updated,
        authors,
        tags(item),
        attachments(item, base));
  }

  /** 1.1's "authors", else 1.0's single "author"; a name each (JSON Feed gives no e-mail). */
  private static List<FeedPerson> authors(JsonNode node) {
    List<FeedPerson> people = new ArrayList<>();
    JsonNode many = node.path("authors");
    for (JsonNode author : many.isArray() ? many : List.of(node.path("author"))) {
      String name = string(author, "name");
      if (!name.isBlank()) {
        people.add(new FeedPerson(name, ""));
      }
    }
    return people;
  }

  private static List<FeedCategory> tags(JsonNode item) {
    List<FeedCategory> tags = new ArrayList<>();
    for (JsonNode tag : item.path("tags")) {
      if (tag.isTextual() && !tag.asText().isBlank()) {
        tags.add(new FeedCategory(tag.asText().strip(), ""));
      }
    }
    return tags;
  }

  private static List<FeedEnclosure> attachments(JsonNode item, URI base) {
    List<FeedEnclosure> out = new ArrayList<>();
    for (JsonNode a : item.path("attachments")) {
      URI url = FeedParser.resolve(base, string(a, "url"));
      if (url != null) {
        long size =
            a.path("size_in_bytes").canConvertToLong() ? a.path("size_in_bytes").asLong() : 0;
        out.add(new FeedEnclosure(url.toString(), size, string(a, "mime_type")));
      }
    }
    return out;
  }

  private static String imageOf(JsonNode feed, URI base) {
    URI icon = FeedParser.resolve(base, string(feed, "icon"));
    icon = icon != null ? icon : FeedParser.resolve(base, string(feed, "favicon"));
    return icon == null ? null : icon.toString();
  }

  private static Instant instant(JsonNode node, String field) {
    String text = string(node, field);
    return text.isBlank() ? null : FeedDates.parse(text).orElse(null);
  }

  /** The field's text, or "" where it is absent or not a string. */
  private static String string(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? value.asText() : "";
  }

  /** Plain text as the HTML the other formats' content is: escaped, paragraphs kept. */
  private static String asHtml(String text) {
    if (text.isBlank()) {
      return "";
    }
    StringBuilder html = new StringBuilder("<p>");
    for (char c : text.strip().toCharArray()) {
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '\n' -> html.append("<br>");
        default -> html.append(c);
      }
    }
    return html.append("</p>").toString();
  }
}
