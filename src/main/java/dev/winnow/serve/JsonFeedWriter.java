package dev.winnow.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The merged feed as JSON Feed 1.1 (jsonfeed.org/version/1.1). */
final class JsonFeedWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonFeedWriter() {}

  static byte[] write(FeedInfo info, List<StoryEntry> entries) {
    ObjectNode feed = JSON.createObjectNode();
    feed.put("version", "https://jsonfeed.org/version/1.1");
    feed.put("title", info.title());
    feed.put("home_page_url", info.baseUrl() + "/");
    feed.put("feed_url", info.feedUrl("feed.json"));
    ArrayNode items = feed.putArray("items");
    for (StoryEntry entry : entries) {
      var story = entry.story();
      ObjectNode item = items.addObject();
      item.put("id", entry.entryId());
      if (OutletList.isWebLink(story.link())) {
        item.put("url", story.link().toString());
      }
      item.put("title", story.title());
      item.put("summary", story.summary());
      item.put("content_html", OutletList.html(entry));
      item.put("date_published", story.published().toString());
      item.put("date_modified", story.updated().toString());
      ArrayNode authors = item.putArray("authors");
      story.outlets().forEach(outlet -> authors.addObject().put("name", outlet));
      if (!story.categories().isEmpty()) {
        ArrayNode tags = item.putArray("tags");
        story.categories().forEach(tags::add);
      }
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(feed);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serializes", e);
    }
  }
}
