package dev.winnow.serve;

import dev.winnow.cluster.Story;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Which stories a feed or page shows: those matching a search ({@code q}, winnow's search
 * language), having a category (a feed's category in feeds.yml or an entry's own; case aside),
 * covered by a source (a feed's name) or by at least {@code min_outlets} outlets. Empty parts match
 * everything; the parts combine with AND.
 */
record StoryFilter(String q, String category, String source, int minOutlets) {
  static final StoryFilter NONE = new StoryFilter("", "", "", 0);

  /** The parameters a filter reads; any other is an error, so a misspelt one is not ignored. */
  static final Set<String> PARAMETERS = Set.of("q", "category", "source", "min_outlets");

  /** A filter that is not one: a value out of range, an unknown parameter. */
  static final class InvalidFilter extends Exception {
    InvalidFilter(String message) {
      super(message);
    }
  }

  /**
   * @param first the first value of a query parameter, or null when absent
   */
  static StoryFilter of(Set<String> names, Function<String, String> first) throws InvalidFilter {
    for (String name : names) {
      if (!PARAMETERS.contains(name)) {
        throw new InvalidFilter(
            "unknown parameter " + name + "; feeds take q, category, source and min_outlets");
      }
    }
    String min = value(first, "min_outlets");
    int minOutlets;
    try {
      minOutlets = min.isEmpty() ? 0 : Integer.parseInt(min);
    } catch (NumberFormatException e) {
      minOutlets = -1;
    }
    if (minOutlets < 0 || minOutlets > 10_000) {
      throw new InvalidFilter("min_outlets must be a whole number from 0 to 10000, not " + min);
    }
    return new StoryFilter(
        value(first, "q"), value(first, "category"), value(first, "source"), minOutlets);
  }

  private static String value(Function<String, String> first, String name) {
    String v = first.apply(name);
    return v == null ? "" : v.strip();
  }

  static StoryFilter search(String q) {
    return new StoryFilter(q, "", "", 0);
  }

  static StoryFilter category(String category) {
    return new StoryFilter("", category, "", 0);
  }

  boolean isEmpty() {
    return equals(NONE);
  }

  /** Whether the story passes every part but the search, which the store answers. */
  boolean admits(Story story) {
    return (category.isEmpty() || containsIgnoringCase(story.categories(), category))
        && (source.isEmpty() || story.outlets().contains(source))
        && story.outlets().size() >= minOutlets;
  }

  private static boolean containsIgnoringCase(List<String> values, String wanted) {
    return values.stream().anyMatch(v -> v.equalsIgnoreCase(wanted));
  }

  /** The filter as a query string, parts in a fixed order: "" when empty, else "?q=…&…". */
  String query() {
    StringJoiner parts = new StringJoiner("&", "?", "").setEmptyValue("");
    Map.of("q", q, "category", category, "source", source).entrySet().stream()
        .filter(e -> !e.getValue().isEmpty())
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> parts.add(e.getKey() + "=" + encode(e.getValue())));
    if (minOutlets > 0) {
      parts.add("min_outlets=" + minOutlets);
    }
    return parts.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
