package dev.winnow.cluster;

import dev.winnow.config.ClusterSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assigns each new article to a story. Candidates come from the index (similar text published
 * within the window); their stories are compared with the article as wholes, by TF-IDF cosine
 * against each story's centroid, and as nearest members, by cosine with the closest article. The
 * article joins the best story whose centroid score passes the threshold, or whose nearest member
 * is a near-copy; otherwise it starts a story named after itself, so ids are stable as stories
 * grow.
 *
 * <p>Comparing with the centroid rather than chaining through single members is the guard against
 * drift: A~B and B~C do not pull C in unless C resembles what the story as a whole reports.
 */
public final class StoryClusterer {
  private static final Logger LOG = LoggerFactory.getLogger(StoryClusterer.class);
  private static final int CANDIDATES = 40;
  private static final int STORIES = 8;
  private static final double TITLE_WEIGHT = 0.35;

  /** A nearest member this close is a syndicated copy or a light rewrite, whatever the centroid. */
  private static final double NEAR_COPY = 0.60;

  private static final int SAME_EVENT_HOURS = 8;

  /** How many of the article's heaviest terms the "coverage" signal looks for in the story. */
  private static final int SALIENT_TERMS = 12;

  private static final double DECAY_HOURS = 12;

  private final CandidateIndex index;
  private final ClusterSettings settings;

  public StoryClusterer(CandidateIndex index, ClusterSettings settings) {
    this.index = index;
    this.settings = settings;
  }

  public Assignment assign(Article article) {
    Candidate self = index.vectorsOf(article);
    Instant at = article.published();
    Duration window = settings.window();
    Map<String, Candidate> nearestByStory =
        nearestMembers(self, article, at.minus(window), at.plus(window));
    Assignment best = null;
    for (Map.Entry<String, Candidate> e : nearestByStory.entrySet()) {
      Optional<StoryProfile> profile = index.profileOf(e.getKey());
      if (profile.isEmpty() || !overlaps(profile.get(), at, window)) {
        continue;
      }
      Assignment option = evaluate(self, e.getValue(), profile.get(), at);
      if (option != null && (best == null || option.score() > best.score())) {
        best = option;
      }
    }
    return best != null ? best : new Assignment(storyIdFor(article), true, 0, List.of());
  }

  /** A new story is named after its first article, so the id never changes as outlets join. */
  public static String storyIdFor(Article article) {
    return "s" + article.id().substring(0, 12);
  }

  /** The closest candidate member of each story, best stories first. */
  private Map<String, Candidate> nearestMembers(
      Candidate self, Article article, Instant from, Instant to) {
    Map<String, Candidate> nearest = new LinkedHashMap<>();
    Map<String, Double> scores = new LinkedHashMap<>();
    for (Candidate c : index.candidates(article, from, to, CANDIDATES)) {
      if (c.articleId().equals(article.id())) {
        continue;
      }
      double score = score(self.titleTerms(), self.bodyTerms(), c.titleTerms(), c.bodyTerms());
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

  private Assignment evaluate(Candidate self, Candidate nearest, StoryProfile story, Instant at) {
    double centroid =
        score(self.titleTerms(), self.bodyTerms(), story.titleTerms(), story.bodyTerms());
    double member =
        score(self.titleTerms(), self.bodyTerms(), nearest.titleTerms(), nearest.bodyTerms());
    double decay = timeDecay(story, at);
    double combined = Math.max(centroid, member >= NEAR_COPY ? member : 0) * decay;
    LOG.debug(
        "{} '{}' vs story {}: centroid {}, nearest {}, decay {}, hours {}",
        self.articleId(),
        self.outlet(),
        story.storyId(),
        centroid,
        member,
        decay,
        hoursFrom(story, at));
    double titles = Similarity.cosine(self.titleTerms(), story.titleTerms());
    // Headlines of one event share words; an article sharing none needs strong body evidence.
    if (combined < settings.threshold() || (titles == 0 && combined < 2 * settings.threshold())) {
      return null;
    }
    List<String> signals = new ArrayList<>();
    signals.add(format("story", centroid));
    signals.add(
        format("nearest", member) + " (" + nearest.articleId() + ", " + nearest.outlet() + ")");
    signals.add(format("titles", titles));
    // Only for the explanation: how much of the article's own heaviest terms the story held.
    signals.add(
        format(
            "coverage", Similarity.coverage(self.bodyTerms(), story.bodyTerms(), SALIENT_TERMS)));
    signals.add(hoursFrom(story, at) + "h from the story");
    return new Assignment(story.storyId(), false, combined, signals);
  }

  static double score(
      Map<String, Double> titleA,
      Map<String, Double> bodyA,
      Map<String, Double> titleB,
      Map<String, Double> bodyB) {
    return TITLE_WEIGHT * Similarity.cosine(titleA, titleB)
        + (1 - TITLE_WEIGHT) * Similarity.cosine(bodyA, bodyB);
  }

  /**
   * Full weight within {@value #SAME_EVENT_HOURS} hours of the story's span, then halving about
   * every 8 hours (e-folding {@value #DECAY_HOURS} h): outlets report one event within hours, while
   * the same people's next event comes a day or more later (a follow-up is a new story), so a later
   * article must say much more alike to join.
   */
  private static double timeDecay(StoryProfile story, Instant at) {
    double hours = hoursFrom(story, at);
    return hours <= SAME_EVENT_HOURS ? 1 : Math.exp(-(hours - SAME_EVENT_HOURS) / DECAY_HOURS);
  }

  private static long hoursFrom(StoryProfile story, Instant at) {
    if (!at.isBefore(story.first()) && !at.isAfter(story.last())) {
      return 0;
    }
    Instant edge = at.isBefore(story.first()) ? story.first() : story.last();
    return Math.abs(Duration.between(edge, at).toHours());
  }

  private static boolean overlaps(StoryProfile story, Instant at, Duration window) {
    return !story.last().isBefore(at.minus(window)) && !story.first().isAfter(at.plus(window));
  }

  private static String format(String name, double value) {
    return String.format(Locale.ROOT, "%s %.2f", name, value);
  }
}
