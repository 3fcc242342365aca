package dev.winnow.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParticipantsTest {
  private static Map<String, Integer> namesOf(String title, String text) {
    Instant at = Instant.parse("2026-05-04T09:00:00Z");
    return Participants.of(
        new Article(
            "0123456789abcdef",
            URI.create("https://a.example/x"),
            "Outlet",
            title,
            "",
            text,
            "",
            "",
            "page",
            at,
            at,
            List.of()));
  }

  @Test
  void findsThePeoplePlacesAndOrganisationsCapitalizedInsideSentences() {
    Map<String, Integer> names =
        namesOf(
            "Singer checks into rehab",
            "Pop singer Juno Quill checked into a clinic in Malibu on Monday, her label Orbit"
                + " Records said. Quill had cancelled two shows.");
    assertEquals(Set.of("juno", "quill", "malibu", "orbit", "record"), names.keySet());
  }

  @Test
  void countsATitleCaseHeadlinesWordsOnlyWhereTheTextCapitalizesThem() {
    Map<String, Integer> names =
        namesOf(
            "Juno Quill Checks Into Rehab After Cancelled Shows",
            "The singer Juno Quill checked into rehab, a spokesman said.");
    assertEquals(2, names.get("quill")); // headline and text
    assertTrue(!names.containsKey("check") && !names.containsKey("rehab"), names.toString());
  }

  @Test
  void takesNoSentenceOpeningWordFunctionWordDayOrMonthForAName() {
    Map<String, Integer> names =
        namesOf(
            "Tour dates announced",
            "Tickets go on sale Friday. In March the band plays Oslo. The Glass Owls said so.");
    assertEquals(Set.of("oslo", "glass", "owl"), names.keySet());
  }

  @Test
  void findsNoNamesInAHeadlineWithoutText() {
    assertEquals(Map.of(), namesOf("Juno Quill checks into rehab", ""));
  }
}
