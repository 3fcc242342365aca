package dev.winnow.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Points a problem at the line that holds it. The YAML parser reports where it noticed a problem,
 * which for records is the end of the enclosing mapping; the key or value the message names is
 * usually a few lines above, so search back from there.
 */
final class ProblemLines {
  private static final Pattern QUOTED = Pattern.compile("'([^']+)'");
  private static final Pattern LEADING_KEY = Pattern.compile("^([a-z_]+) ");

  private ProblemLines() {}

  static int find(Path file, int reported, String problem) {
    String needle = needleOf(problem);
    if (needle == null || reported <= 0) {
      return reported;
    }
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = Math.min(reported, lines.size()); i >= 1; i--) {
        if (lines.get(i - 1).contains(needle)) {
          return i;
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      // keep the parser's line
    }
    return reported;
  }

  private static String needleOf(String problem) {
    Matcher quoted = QUOTED.matcher(problem);
    if (quoted.find()) {
      return quoted.group(1);
    }
    Matcher key = LEADING_KEY.matcher(problem);
    return key.find() ? key.group(1) : null;
  }
}
