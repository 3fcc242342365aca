package dev.winnow.store;

import java.util.ArrayList;
import java.util.List;

/** The search language's tokens: parentheses, a leading '-', quoted phrases and plain words. */
final class SearchTokens {
  private SearchTokens() {}

  static List<String> of(String text) throws InvalidQueryException {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        tokens.add(String.valueOf(c));
        i++;
      } else if (c == '-' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
        tokens.add("-");
        i++;
      } else {
        int end = wordEnd(text, i);
        tokens.add(text.substring(i, end));
        i = end;
      }
    }
    return tokens;
  }

  /** A word ends at whitespace or a parenthesis; a quote runs to the closing quote. */
  private static int wordEnd(String text, int start) throws InvalidQueryException {
    int i = start;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"') {
        int close = text.indexOf('"', i + 1);
        if (close < 0) {
          throw problem(text, "a '\"' is not closed");
        }
        i = close + 1;
      } else if (Character.isWhitespace(c) || c == '(' || c == ')') {
        break;
      } else {
        i++;
      }
    }
    return i;
  }

  static InvalidQueryException problem(String text, String what) {
    return new InvalidQueryException("cannot parse query '" + text + "': " + what);
  }
}
