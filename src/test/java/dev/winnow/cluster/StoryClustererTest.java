package dev.winnow.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.config.ClusterSettings;
import dev.winnow.store.StoreWriter;
import dev.winnow.store.Stores;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Labelled fixtures written for this project (src/test/resources/cluster/fixtures.json): a wire
 * story, its syndicated copy and a rewrite; another couple's engagement the same day; two other
 * couples' divorces filed the same day, each with a rewrite; and a follow-up about the same singer
 * three days later, with its own copy; and a festival winner reported on over three days, each
 * report most of a day after the last.
 */
class StoryClustererTest {
  @TempDir Path dir;
  private final Map<String, String> storyOf = new HashMap<>();
  private final Map<String, Assignment> assignments = new HashMap<>();

  @BeforeEach
  void clusterTheFixturesInPublishedOrder() throws Exception {
    JsonNode fixtures;
    try (InputStream in = getClass().getResourceAsStream("/cluster/fixtures.json")) {
      fixtures = new ObjectMapper().readTree(in);
    }
    try (StoreWriter store = Stores.openForWriting(dir.resolve("index"))) {
      StoryDesk desk = new StoryDesk(store.clusterIndex(), ClusterSettings.DEFAULTS);
      for (JsonNode f : fixtures) {
        ClusteredArticle clustered = desk.decide(articleOf(f)).clustered();
        store.add(clustered);
        Assignment assignment = clustered.assignment();
        storyOf.put(f.get("id").asText(), assignment.storyId());
        assignments.put(f.get("id").asText(), assignment);
      }
    }
  }

  /** A fixture of cluster/fixtures.json as an article (ArrivalOrderTest reads them too). */
  static Article articleOf(JsonNode f) {
    URI url =
        URI.create(
            "https://"
                + f.get("outlet").asText().replace(" ", "").toLowerCase()
                + ".example/"
                + f.get("id").asText());
    Instant at = Instant.parse(f.get("published").asText());
    String body = f.get("body").asText();
    return new Article(
        ArticleIds.idOf(url),
        url,
        f.get("outlet").asText(),
        f.get("title").asText(),
        "",
        body,
        "",
        "",
        "page",
        at,
        at,
        List.of());
  }

  @Test
  void foldsASyndicatedCopyWithANewHeadlineIntoTheWireStory() {
    assertEquals(storyOf.get("wire"), storyOf.get("copy"));
  }

  @Test
  void foldsAnIndependentRewriteIntoTheSameStory() {
    assertEquals(storyOf.get("wire"), storyOf.get("rewrite"));
  }

  @Test
  void keepsAnotherCouplesEngagementOnTheSameDayApart() {
    assertNotEquals(storyOf.get("wire"), storyOf.get("other-couple"));
  }

  @Test
  void keepsTwoCouplesDivorcesFiledTheSameDayApartAndFoldsEachOnesCoverage() {
    assertNotEquals(storyOf.get("divorce-a"), storyOf.get("divorce-b"));
    assertEquals(storyOf.get("divorce-a"), storyOf.get("divorce-a-rewrite"));
    assertEquals(storyOf.get("divorce-b"), storyOf.get("divorce-b-rewrite"));
  }

  @Test
  void startsANewStoryForAFollowUpDaysLaterAboutTheSamePeople() {
    assertNotEquals(storyOf.get("wire"), storyOf.get("follow-up"));
    assertEquals(storyOf.get("follow-up"), storyOf.get("follow-up-copy"));
  }

  @Test
  void keepsCoverageThatGoesOnForDaysInOneStory() {
    assertEquals(storyOf.get("coverage-day1"), storyOf.get("coverage-day2"));
    assertEquals(storyOf.get("coverage-day1"), storyOf.get("coverage-day3"));
  }

  @Test
  void explainsAJoinByTheParticipantsSharedAndTheTimeGap() {
    String signals = assignments.get("coverage-day3").signals().toString();
    assertTrue(signals.contains("participants 0."), signals);
    assertTrue(signals.contains("h from the story's nearest member"), signals);
    assertTrue(signals.contains("time weight 0."), signals);
  }

  @Test
  void namesEachStoryAfterItsFirstArticleAndExplainsEveryJoin() {
    assertTrue(assignments.get("wire").startsStory());
    Assignment copy = assignments.get("copy");
    assertTrue(copy.score() >= ClusterSettings.DEFAULTS.threshold());
    assertTrue(
        copy.signals().stream().anyMatch(s -> s.startsWith("story ")), copy.signals().toString());
  }

  @Test
  void recognisesTheSyndicatedCopyByItsShingleSignatureAndTheRewriteByItsWordsAlone() {
    assertTrue(copySignal("copy") >= 0.5, assignments.get("copy").signals().toString());
    assertTrue(copySignal("rewrite") < 0.2, assignments.get("rewrite").signals().toString());
  }

  private double copySignal(String fixture) {
    return assignments.get(fixture).signals().stream()
        .filter(s -> s.startsWith("copy "))
        .mapToDouble(s -> Double.parseDouble(s.substring("copy ".length())))
        .findFirst()
        .orElseThrow();
  }
}
