package dev.winnow.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedTextTest {
  private static Article article(String title, String text) {
    Instant t = Instant.parse("2026-03-05T10:00:00Z");
    return new Article(
        "id",
        URI.create("https://example.com/a"),
        "Outlet",
        title,
        "s",
        text,
        "<p>x</p>\n",
        "",
        "feed",
        t,
        t,
        List.of());
  }

  @Test
  void capsAHugeHeadlineAtAWordWithAnEllipsis() {
    Article a = article("word ".repeat(100_000), "text");
    assertTrue(a.title().length() <= BoundedText.TITLE_CHARS, "" + a.title().length());
    assertTrue(a.title().endsWith("word…"), a.title().substring(a.title().length() - 10));
  }

  @Test
  void capsTheBodyAndKeepsShortTextsAsTheyAre() {
    Article a = article("Short", "x".repeat(BoundedText.TEXT_CHARS * 2));
    assertEquals(BoundedText.TEXT_CHARS, a.text().length());
    assertEquals("Short", a.title());
  }

  @Test
  void removesBidiOverridesAndIsolatesButKeepsMarks() {
    Article a = article("Star \u202eseiv\u202c weds \u2067x\u2069 \u200f", "t");
    assertEquals("Star seiv weds x \u200f", a.title());
  }

  @Test
  void neverCutsASurrogatePairInHalf() {
    String emoji = "\ud83c\udfac";
    String capped = BoundedText.capped("a" + emoji.repeat(400), 300);
    assertTrue(Character.isLowSurrogate(capped.charAt(capped.length() - 2)), capped);
  }
}
