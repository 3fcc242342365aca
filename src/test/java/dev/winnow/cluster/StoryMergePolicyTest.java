package dev.winnow.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.config.ClusterSettings;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The clusterer's policy, on an index whose stories and vectors the test sets: when a headline is
 * enough, and which stories an article bridges into one.
 */
class StoryMergePolicyTest {
  private static final Instant NOON = Instant.parse("2026-05-04T12:00:00Z");
  private static final Map<String, Double> FINALE =
      terms("harbor", "light", "finale", "record", "audienc");

  private final FakeIndex index = new FakeIndex();
  private final StoryClusterer clusterer = new StoryClusterer(index, ClusterSettings.DEFAULTS);

  @Test
  void aHeadlineWithAWeakMatchJoinsAnEstablishedStoryButNotAYoungOne() {
    // cosine 1 / (2 * sqrt(11)) = 0.15: under the threshold, over 0.4 of it
    Map<String, Double> story =
        terms("harbor", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9", "p10");
    Map<String, Double> headline = terms("harbor", "cast", "reunion", "tour");
    index.story("young", 2, story, NOON);
    assertTrue(clusterer.assign(index.article("a1", headline, NOON)).startsStory());

    index.story("young", 6, story, NOON);
    assertEquals("young", clusterer.assign(index.article("a2", headline, NOON)).storyId());
  }

  @Test
  void mergesTheStoriesAnArticleBridgesWhenTheirCentroidsAgreeWithinOneDay() {
    index.story("A", 3, FINALE, NOON);
    index.story("B", 3, FINALE, NOON.plusSeconds(3600));
    index.story("other", 3, terms("court", "lawsuit", "manag", "judg"), NOON);
    index.story("next-day", 3, FINALE, NOON.plusSeconds(30 * 3600));

    Assignment a = clusterer.assign(index.article("bridge", FINALE, NOON.plusSeconds(1800)));

    assertFalse(a.startsStory());
    List<String> all = new ArrayList<>(a.merged());
    all.add(a.storyId());
    assertTrue(all.containsAll(List.of("A", "B")), all.toString());
    assertFalse(all.contains("other"));
    assertFalse(all.contains("next-day"));
  }

  private static Map<String, Double> terms(String... words) {
    Map<String, Double> out = new HashMap<>();
    for (String w : words) {
      out.put(w, 1.0);
    }
    return out;
  }

  /** Stories as the test declares them; every story is a candidate with one member. */
  private static final class FakeIndex implements CandidateIndex {
    private final Map<String, StoryProfile> stories = new HashMap<>();
    private final Map<String, Map<String, Double>> vectors = new HashMap<>();

    void story(String id, int size, Map<String, Double> centroid, Instant at) {
      stories.put(id, new StoryProfile(id, centroid, centroid, Map.of(), size, at, at));
    }

    AnalyzedArticle article(String id, Map<String, Double> terms, Instant at) {
      String articleId = (id + "0000000000000000").substring(0, 16); // ids are 16 hex digits
      vectors.put(articleId, terms);
      URI url = URI.create("https://example.test/" + id);
      return TextAnalysis.analyze(
          new Article(articleId, url, "Outlet", id, "", "", "", "", "feed", at, at, List.of()));
    }

    @Override
    public List<Candidate> candidates(
        AnalyzedArticle article, Instant from, Instant to, int limit) {
      List<Candidate> out = new ArrayList<>();
      for (StoryProfile s : stories.values()) {
        out.add(
            new Candidate(
                "m-" + s.storyId(),
                s.storyId(),
                "Outlet",
                s.first(),
                s.titleTerms(),
                s.bodyTerms(),
                Map.of(),
                TextSignature.NONE));
      }
      return out;
    }

    @Override
    public Candidate vectorsOf(AnalyzedArticle analyzed) {
      Article article = analyzed.article();
      Map<String, Double> v = vectors.get(article.id());
      return new Candidate(
          article.id(), null, "Outlet", article.published(), v, v, Map.of(), TextSignature.NONE);
    }

    @Override
    public Optional<StoryProfile> profileOf(String storyId) {
      return Optional.ofNullable(stories.get(storyId));
    }

    @Override
    public List<StoryProfile> storiesLike(StoryProfile story, Instant from, Instant to, int limit) {
      return stories.values().stream().filter(s -> s != story).toList();
    }
  }
}
