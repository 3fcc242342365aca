package dev.winnow.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jsoup.parser.Parser;

/**
 * The schema.org {@code articleBody} of a page's JSON-LD (NewsArticle, Article, BlogPosting), when
 * it has one. Publishers write it for search engines, so it is often complete where the markup is
 * split or script-rendered, and sometimes a truncated teaser: the extractor decides which to trust.
 */
final class JsonLd {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_SCRIPT_CHARS = 2_000_000;

  private JsonLd() {}

  static String articleBody(List<String> scripts) {
    for (String data : scripts) {
      if (data.length() > MAX_SCRIPT_CHARS || !data.contains("articleBody")) {
        continue;
      }
      try {
        String body = find(JSON.readTree(data));
        if (body != null) {
          // Some sites escape HTML inside the JSON string; read it as text.
          return Parser.unescapeEntities(body.replaceAll("<[^>]+>", " "), false).strip();
        }
      } catch (JsonProcessingException malformed) {
        // Invalid JSON-LD is common; the markup still has the article.
      }
    }
    return "";
  }

  private static String find(JsonNode root) {
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      JsonNode node = todo.pop();
      JsonNode body = node.get("articleBody");
      if (body != null && body.isTextual()) {
        return body.asText();
      }
      node.forEach(todo::push);
    }
    return null;
  }
}
