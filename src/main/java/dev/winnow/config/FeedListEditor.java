package dev.winnow.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds feeds to feeds.yml as text, so its comments and layout survive: new entries go at the end of
 * the {@code feeds:} list, before the next top-level key. The result is loaded again before it
 * replaces the file, so an edit never leaves a feeds.yml that does not validate.
 */
public final class FeedListEditor {
  private FeedListEditor() {}

  public static void append(Path file, List<FeedSource> feeds) throws IOException, ConfigException {
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    int insertAt = endOfFeedList(lines);
    List<String> added = new ArrayList<>();
    for (FeedSource feed : feeds) {
      added.add("  - name: " + quoted(feed.name()));
      added.add("    url: " + feed.url());
      if (!feed.category().isEmpty()) {
        added.add("    category: " + quoted(feed.category()));
      }
    }
    lines.addAll(insertAt, added);
    Path candidate = file.resolveSibling(file.getFileName() + ".new");
    Files.write(candidate, lines, StandardCharsets.UTF_8);
    try {
      ConfigLoader.load(candidate);
    } catch (ConfigException e) {
      Files.deleteIfExists(candidate);
      throw e;
    }
    Files.move(
        candidate,
        file,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  private static int endOfFeedList(List<String> lines) {
    int feeds = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (feeds < 0 && line.startsWith("feeds:")) {
        feeds = i;
      } else if (feeds >= 0
          && !line.isEmpty()
          && !Character.isWhitespace(line.charAt(0))
          && !line.startsWith("#")) {
        int end = i;
        while (end > feeds + 1 && lines.get(end - 1).isBlank()) {
          end--;
        }
        return end;
      }
    }
    return lines.size();
  }

  /** A YAML double-quoted scalar (YAML 1.2 §7.3.1): backslash and quote escaped. */
  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
