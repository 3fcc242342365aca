package dev.winnow.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.config.ClusterSettings;
import dev.winnow.store.StoreWriter;
import dev.winnow.store.Stores;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same fixtures as {@link StoryClustererTest}, arriving newest first, as when the feeds of a
 * later day are polled before those of an earlier one: the stories must come out the same.
 */
class ArrivalOrderTest {
  @TempDir Path dir;

  @Test
  void reportsArrivingNewestFirstEndInTheSameStoriesAsInTimeOrder() throws Exception {
    List<JsonNode> fixtures = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("/cluster/fixtures.json")) {
      new ObjectMapper().readTree(in).forEach(fixtures::add);
    }
    Collections.reverse(fixtures);
    Map<String, String> storyOf = new HashMap<>();
    try (StoreWriter store = Stores.openForWriting(dir.resolve("index"))) {
      StoryDesk desk = new StoryDesk(store.clusterIndex(), ClusterSettings.DEFAULTS);
      Map<String, String> decided = new HashMap<>();
      for (JsonNode f : fixtures) {
        ClusteredArticle clustered = desk.decide(StoryClustererTest.articleOf(f)).clustered();
        store.add(clustered);
        decided.put(f.get("id").asText(), clustered.assignment().storyId());
      }
      store.commit();
      // an id merged away resolves to the story it became part of
      decided.forEach(
          (id, story) -> storyOf.put(id, store.reader().story(story).orElseThrow().id()));
    }
    assertEquals(storyOf.get("wire"), storyOf.get("copy"));
    assertEquals(storyOf.get("wire"), storyOf.get("rewrite"));
    assertNotEquals(storyOf.get("wire"), storyOf.get("other-couple"));
    assertNotEquals(storyOf.get("divorce-a"), storyOf.get("divorce-b"));
    assertEquals(storyOf.get("divorce-a"), storyOf.get("divorce-a-rewrite"));
    assertEquals(storyOf.get("follow-up"), storyOf.get("follow-up-copy"));
    assertNotEquals(storyOf.get("wire"), storyOf.get("follow-up"));
    assertEquals(storyOf.get("coverage-day1"), storyOf.get("coverage-day2"));
    assertEquals(storyOf.get("coverage-day1"), storyOf.get("coverage-day3"));
  }
}
