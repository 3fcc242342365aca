package dev.winnow.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.store.SearchExpression.AllOf;
import dev.winnow.store.SearchExpression.AnyOf;
import dev.winnow.store.SearchExpression.Everything;
import dev.winnow.store.SearchExpression.Not;
import dev.winnow.store.SearchExpression.Scope;
import dev.winnow.store.SearchExpression.Words;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchParserTest {
  private static Words word(String w) {
    return new Words(Scope.ANYWHERE, w, false);
  }

  @Test
  void wordsSideBySideMeanAnyAndAndBindsTighterThanOr() throws Exception {
    assertEquals(
        new AnyOf(List.of(word("gala"), word("premiere"))), SearchParser.parse("gala premiere"));
    assertEquals(
        new AnyOf(List.of(word("a"), new AllOf(List.of(word("b"), word("c"))))),
        SearchParser.parse("a OR b AND c"));
  }

  @Test
  void phrasesScopesNegationAndParenthesesAreRead() throws Exception {
    assertEquals(
        new AllOf(
            List.of(
                new Words(Scope.TITLE, "Orbit Falls", true),
                new Not(new AnyOf(List.of(word("renewed"), word("cancelled")))))),
        SearchParser.parse("title:\"Orbit Falls\" AND -(renewed OR cancelled)"));
    assertEquals(new Not(word("gossip")), SearchParser.parse("NOT gossip"));
    assertEquals(new Words(Scope.ANYWHERE, "Re:Zero", false), SearchParser.parse("Re:Zero"));
    assertEquals(new Everything(), SearchParser.parse("  "));
  }

  @Test
  void anUnclosedQuoteOrParenthesisIsAOneLineError() {
    for (String bad : List.of("\"Orbit Falls", "(gala OR tour", "gala AND", "OR gala", "gala)")) {
      var e = assertThrows(InvalidQueryException.class, () -> SearchParser.parse(bad), bad);
      assertTrue(e.getMessage().startsWith("cannot parse query '" + bad + "': "), e.getMessage());
      assertEquals(1, e.getMessage().lines().count());
    }
  }
}
