package dev.winnow.store;

import dev.winnow.store.SearchExpression.AllOf;
import dev.winnow.store.SearchExpression.AnyOf;
import dev.winnow.store.SearchExpression.Not;
import dev.winnow.store.SearchExpression.Scope;
import dev.winnow.store.SearchExpression.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * A recursive-descent parser of the search language: {@code query := all (OR? all)*}, {@code all :=
 * unary (AND unary)*}, {@code unary := (NOT | -) unary | ( query ) | [title:|text:] word |
 * [title:|text:] "phrase"}.
 */
final class SearchParser {
  private final String text;
  private final List<String> tokens;
  private int next;

  private SearchParser(String text) throws InvalidQueryException {
    this.text = text;
    this.tokens = SearchTokens.of(text);
  }

  static SearchExpression parse(String text) throws InvalidQueryException {
    if (text == null || text.isBlank()) {
      return new SearchExpression.Everything();
    }
    SearchParser parser = new SearchParser(text);
    SearchExpression query = parser.any();
    if (parser.next < parser.tokens.size()) {
      throw parser.problem("unexpected '" + parser.tokens.get(parser.next) + "'");
    }
    return query;
  }

  private SearchExpression any() throws InvalidQueryException {
    List<SearchExpression> parts = new ArrayList<>(List.of(all()));
    while (more() && !peek().equals(")")) {
      if (peek().equals("OR")) {
        next++;
      }
      parts.add(all());
    }
    return parts.size() == 1 ? parts.get(0) : new AnyOf(parts);
  }

  private SearchExpression all() throws InvalidQueryException {
    List<SearchExpression> parts = new ArrayList<>(List.of(unary()));
    while (more() && peek().equals("AND")) {
      next++;
      parts.add(unary());
    }
    return parts.size() == 1 ? parts.get(0) : new AllOf(parts);
  }

  private SearchExpression unary() throws InvalidQueryException {
    if (!more()) {
      throw problem("a word is missing at the end");
    }
    String token = tokens.get(next++);
    switch (token) {
      case "NOT", "-" -> {
        return new Not(unary());
      }
      case "(" -> {
        SearchExpression inner = any();
        if (!more() || !peek().equals(")")) {
          throw problem("a '(' is not closed");
        }
        next++;
        return inner;
      }
      case ")", "AND", "OR" -> throw problem("'" + token + "' needs a word before it");
      default -> {
        return words(token);
      }
    }
  }

  private static Words words(String token) {
    Scope scope = Scope.ANYWHERE;
    String w = token;
    if (w.startsWith("title:") && w.length() > 6) {
      scope = Scope.TITLE;
      w = w.substring(6);
    } else if (w.startsWith("text:") && w.length() > 5) {
      w = w.substring(5);
    }
    boolean phrase = w.length() >= 2 && w.startsWith("\"") && w.endsWith("\"");
    return new Words(scope, phrase ? w.substring(1, w.length() - 1) : w, phrase);
  }

  private boolean more() {
    return next < tokens.size();
  }

  private String peek() {
    return tokens.get(next);
  }

  private InvalidQueryException problem(String what) {
    return SearchTokens.problem(text, what);
  }
}
