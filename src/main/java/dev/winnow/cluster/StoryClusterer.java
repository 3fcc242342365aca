package dev.winnow.cluster;

import dev.winnow.config.ClusterSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Assigns each new article to a story. Candidates come from the index (similar text published
 * within the window); their stories are compared with the article as wholes, by TF-IDF cosine
 * against each story's centroid, and as nearest members, by cosine with the closest article. The
 * article joins the best story whose centroid score passes the threshold, or whose nearest member
 * is a near-copy; otherwise it starts a story named after itself, so ids are stable as stories
 * grow.
 *
 * <p>Comparing with the centroid rather than chaining through single members is the guard against
 * drift: A~B and B~C do not pull C in unless C resembles what the story as a whole reports. The
 * same guard decides merges: two stories an article touches become one only when their centroids
 * agree, and only while together they still span one news cycle.
 */
public final class StoryClusterer {
  private static final int CANDIDATES = 40;
  private static final int STORIES = 8;
  private static final double TITLE_WEIGHT = 0.35;

  /**
   * An article known only by its headline is a handful of words, so its cosine with any centroid is
   * low. Against a story of this many articles, whose centroid says reliably what the story is
   * about, a weaker match with its dominant terms is still good evidence; a young story's centroid
   * is one or two headlines, where one shared word is often chance. Full texts need no discount.
   */
  private static final int ESTABLISHED = 5;

  private static final double ESTABLISHED_FACTOR = 0.4;

  /** Two stories whose centroids are this alike report one event. */
  private static final double MERGE = 0.20;

  /**
   * Full texts of one event agree far more than headlines do, and full texts of the same people's
   * other events (a film opening, an engagement) already share names and places at 0.3.
   */
  private static final double FULL_TEXT_MERGE = 0.5;

  private static final int MERGE_CANDIDATES = 10;

  /**
   * No story grows past this many articles (within its one-day span): the largest real stories (a
   * season finale, a product launch) draw a few hundred reports, so a story this large has
   * swallowed what merely shares its words.
   */
  private static final int MAX_STORY = 1_000;

  private final CandidateIndex index;
  private final ClusterSettings settings;

  public StoryClusterer(CandidateIndex index, ClusterSettings settings) {
    this.index = index;
    this.settings = settings;
  }

  public Assignment assign(AnalyzedArticle analyzed) {
    Article article = analyzed.article();
    Candidate self = index.vectorsOf(analyzed);
    Instant at = article.published();
    boolean headlineOnly = article.summary().isBlank() && article.text().isBlank();
    Map<String, StoryMatch> matches = new LinkedHashMap<>();
    nearestMembers(self, analyzed)
        .forEach(
            (storyId, nearest) ->
                index
                    .profileOf(storyId)
                    .filter(story -> StoryTime.fits(story, at, at, spanFor(headlineOnly)))
                    .ifPresent(
                        story ->
                            matches.putIfAbsent(
                                story.storyId(),
                                StoryMatch.of(
                                    self, nearest, story, at, StoryTime.of(headlineOnly)))));
    StoryMatch best =
        matches.values().stream()
            .filter(m -> m.story().size() < MAX_STORY)
            .filter(m -> m.passes(threshold(m.story(), headlineOnly)))
            .max(Comparator.comparingDouble(StoryMatch::combined))
            .orElse(null);
    if (best == null) {
      return new Assignment(storyIdFor(article), true, 0, List.of());
    }
    return new Assignment(
        best.story().storyId(),
        false,
        best.combined(),
        best.signals(),
        bridged(best, matches, headlineOnly));
  }

  /** A new story is named after its first article, so the id never changes as outlets join. */
  public static String storyIdFor(Article article) {
    return "s" + article.id().substring(0, 12);
  }

  private Duration spanFor(boolean headlineOnly) {
    return StoryTime.of(headlineOnly).span(settings.storySpan());
  }

  private double threshold(StoryProfile story, boolean headlineOnly) {
    return headlineOnly && story.size() >= ESTABLISHED
        ? settings.threshold() * ESTABLISHED_FACTOR
        : settings.threshold();
  }

  /**
   * The other stories the article bridges to the joined one, that together still fit one story's
   * span: a story of several articles whose centroid agrees with the joined one's, and a lone full
   * text that would have joined had it arrived after ({@link #wouldHaveJoined}).
   */
  private List<String> bridged(
      StoryMatch joined, Map<String, StoryMatch> matches, boolean headlineOnly) {
    StoryProfile story = joined.story();
    Duration span = spanFor(headlineOnly);
    Map<String, StoryProfile> others = new LinkedHashMap<>();
    matches.values().forEach(m -> others.put(m.story().storyId(), m.story()));
    index
        .storiesLike(story, story.last().minus(span), story.first().plus(span), MERGE_CANDIDATES)
        .forEach(o -> others.putIfAbsent(o.storyId(), o));
    others.remove(story.storyId());
    List<String> merged = new ArrayList<>();
    for (StoryProfile o : others.values()) {
      boolean fits =
          story.size() + o.size() <= MAX_STORY && StoryTime.fits(story, o.first(), o.last(), span);
      boolean lone = o.size() == 1 && !headlineOnly;
      if (fits
          && (o.size() >= 2 && centroidsAgree(story, o, headlineOnly)
              || lone && wouldHaveJoined(story, o, matches))) {
        merged.add(o.storyId());
      }
    }
    return merged;
  }

  private static boolean centroidsAgree(StoryProfile story, StoryProfile o, boolean headlineOnly) {
    return StoryMatch.evidence(score(story, o), StoryMatch.who(story, o))
            * StoryTime.of(headlineOnly).decay(story, o)
        >= (headlineOnly ? MERGE : FULL_TEXT_MERGE);
  }

  /**
   * A lone full text joins the story when it would have, had it arrived after: against the story's
   * centroid, or against the article that joins the story now, it passes the join bar. Arrival
   * order (an instance taking over feeds, a feed polled late) must not keep a report apart. Not for
   * headlines: one headline is no centroid.
   */
  private boolean wouldHaveJoined(
      StoryProfile story, StoryProfile lone, Map<String, StoryMatch> matches) {
    double bar = settings.threshold();
    StoryMatch viaArticle = matches.get(lone.storyId());
    return viaArticle != null && viaArticle.passes(bar)
        || StoryMatch.evidence(score(story, lone), StoryMatch.who(story, lone))
                * StoryTime.FULL_TEXT.decay(story, lone)
            >= bar;
  }

  /** The closest candidate member of each story, best stories first. */
  private Map<String, Candidate> nearestMembers(Candidate self, AnalyzedArticle analyzed) {
    Article article = analyzed.article();
    Duration window = settings.window();
    Instant at = article.published();
    Map<String, Candidate> nearest = new LinkedHashMap<>();
    Map<String, Double> scores = new LinkedHashMap<>();
    for (Candidate c : index.candidates(analyzed, at.minus(window), at.plus(window), CANDIDATES)) {
      if (c.articleId().equals(article.id())) {
        continue;
      }
      double score = score(self, c);
      if (score > scores.getOrDefault(c.storyId(), -1.0)) {
        scores.put(c.storyId(), score);
        nearest.put(c.storyId(), c);
      }
    }
    Map<String, Candidate> top = new LinkedHashMap<>();
    scores.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(STORIES)
        .forEach(e -> top.put(e.getKey(), nearest.get(e.getKey())));
    return top;
  }

  static double score(TermVectors a, TermVectors b) {
    return TITLE_WEIGHT
            * Similarity.cosine(a.titleTerms(), a.titleNorm(), b.titleTerms(), b.titleNorm())
        + (1 - TITLE_WEIGHT)
            * Similarity.cosine(a.bodyTerms(), a.bodyNorm(), b.bodyTerms(), b.bodyNorm());
  }

  static String format(String name, double value) {
    return String.format(Locale.ROOT, "%s %.2f", name, value);
  }
}
