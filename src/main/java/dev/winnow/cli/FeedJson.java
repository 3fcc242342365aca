package dev.winnow.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.winnow.feed.FeedCategory;
import dev.winnow.feed.FeedEntry;
import dev.winnow.feed.FeedHeader;
import dev.winnow.feed.FeedPerson;
import dev.winnow.feed.ParsedFeed;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/** A parsed feed as `inspect --json` prints it (the shape bench/feedparser/check.py reads). */
final class FeedJson {
  private FeedJson() {}

  static void describe(ObjectNode result, ParsedFeed feed) {
    result.put("ok", true).putNull("error");
    result.put("format", feed.format());
    result.put("encoding", feed.encoding());
    FeedHeader h = feed.header();
    ObjectNode head = result.putObject("feed");
    head.put("title", feed.title());
    put(head, "link", feed.link());
    put(head, "description", h.description());
    put(head, "language", h.language());
    put(head, "rights", h.rights());
    put(head, "id", h.id());
    put(head, "generator", h.generator());
    put(head, "updated", h.updated());
    put(head, "published", h.published());
    people(head, h.authors());
    categories(head, h.categories());
    if (!h.imageUrl().isEmpty()) {
      head.putObject("image")
          .put("url", h.imageUrl())
          .put("title", h.imageTitle())
          .put("link", h.imageLink());
    }
    ArrayNode entries = result.putArray("entries");
    feed.entries().forEach(e -> entry(entries.addObject(), e));
  }

  private static void entry(ObjectNode out, FeedEntry e) {
    out.put("id", e.key());
    out.put("title", e.title());
    put(out, "link", e.link());
    out.put("summary", e.summaryHtml());
    if (!e.contentHtml().isEmpty()) {
      out.putArray("content").addObject().put("value", e.contentHtml()).put("type", "text/html");
    }
    people(out, e.authors());
    put(out, "published", e.published());
    put(out, "updated", e.updated());
    categories(out, e.categories());
    ArrayNode enclosures = out.putArray("enclosures");
    e.enclosures()
        .forEach(
            x ->
                enclosures
                    .addObject()
                    .put("url", x.url())
                    .put("length", x.length())
                    .put("type", x.type()));
  }

  private static void people(ObjectNode out, List<FeedPerson> people) {
    ArrayNode all = out.putArray("authors");
    for (FeedPerson p : people) {
      person(all.addObject(), p);
    }
    if (!people.isEmpty()) {
      person(out.putObject("author"), people.get(0));
    }
  }

  private static void person(ObjectNode out, FeedPerson p) {
    put(out, "name", p.name());
    put(out, "email", p.email());
    String raw =
        p.email().isEmpty()
            ? p.name()
            : p.name().isEmpty() ? p.email() : p.name() + " (" + p.email() + ")";
    out.put("raw", raw);
  }

  private static void categories(ObjectNode out, List<FeedCategory> categories) {
    ArrayNode all = out.putArray("categories");
    for (FeedCategory c : categories) {
      ObjectNode node = all.addObject().put("term", c.term());
      put(node, "scheme", c.scheme());
    }
  }

  private static void put(ObjectNode out, String name, String value) {
    if (value != null && !value.isEmpty()) {
      out.put(name, value);
    }
  }

  private static void put(ObjectNode out, String name, URI value) {
    if (value != null) {
      out.put(name, value.toString());
    }
  }

  private static void put(ObjectNode out, String name, Instant value) {
    if (value != null) {
      out.put(name, value.toString());
    }
  }
}
