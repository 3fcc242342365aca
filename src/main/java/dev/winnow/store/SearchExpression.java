package dev.winnow.store;

import java.util.List;

/**
 * winnow's own search language, as a tree every backend translates: words and "phrases", title: or
 * text: scopes, AND, OR, NOT (or -word) and parentheses. Words side by side mean OR, as in most
 * search boxes' "any of these, best matches first"; AND binds tighter than OR.
 */
public sealed interface SearchExpression {

  /** Where words must occur: anywhere in the article (title, summary, body), or in its title. */
  enum Scope {
    ANYWHERE,
    TITLE
  }

  /** Words a backend analyzes as it indexed them; a phrase keeps them in order. */
  record Words(Scope scope, String text, boolean phrase) implements SearchExpression {}

  record AllOf(List<SearchExpression> parts) implements SearchExpression {
    public AllOf {
      parts = List.copyOf(parts);
    }
  }

  record AnyOf(List<SearchExpression> parts) implements SearchExpression {
    public AnyOf {
      parts = List.copyOf(parts);
    }
  }

  record Not(SearchExpression part) implements SearchExpression {}

  /** No query text: every article. */
  record Everything() implements SearchExpression {}
}
