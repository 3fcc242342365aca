package dev.winnow.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The representative of a story is its most complete early original. */
class StoryRepresentativeTest {
  private static final Instant NINE = Instant.parse("2026-05-04T09:00:00Z");

  @Test
  void aFullReportAnHourAfterABriefRepresentsTheStory() {
    StoryState story = StoryState.started(article("brief", 200, 0), "s1");
    story = story.joined(article("full", 3000, 1));
    assertEquals("full", story.story().title());
    assertEquals(NINE, story.story().published());
  }

  @Test
  void aLaterCopyOfTheSameLengthNeverReplacesTheOriginal() {
    StoryState story = StoryState.started(article("original", 3000, 0), "s1");
    story = story.joined(article("copy", 3100, 2));
    assertEquals("original", story.story().title());
  }

  @Test
  void anEarlierOriginalThatArrivesLateTakesOverFromItsCopy() {
    StoryState story = StoryState.started(article("copy", 3000, 3), "s1");
    story = story.joined(article("original", 2900, 0));
    assertEquals("original", story.story().title());
    assertTrue(story.story().updated().isAfter(story.story().published()));
  }

  @Test
  void aFullReportADayLaterIsNotTheRepresentativeOfTheFirstHoursBrief() {
    StoryState story = StoryState.started(article("brief", 200, 0), "s1");
    story = story.joined(article("late", 5000, 20));
    assertEquals("brief", story.story().title());
  }

  private static AnalyzedArticle article(String title, int length, int hours) {
    URI url = URI.create("https://outlet.example/" + title);
    Instant at = NINE.plusSeconds(hours * 3600L);
    return TextAnalysis.analyze(
        new Article(
            ArticleIds.idOf(url),
            url,
            "Outlet",
            title,
            "",
            "x".repeat(length),
            "",
            "",
            "page",
            at,
            at,
            List.of()));
  }
}
