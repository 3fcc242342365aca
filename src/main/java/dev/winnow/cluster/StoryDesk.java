package dev.winnow.cluster;

import dev.winnow.config.ClusterSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where every new article is decided, in one place: an exact copy (the same canonical URL, or the
 * same outlet's same text) is recognised as stored; otherwise the clusterer places it, a near-copy
 * joining its original's story and a report of the same event its story, and the desk works out
 * what the stories become. The store only writes what is decided here. Runs on the writer's thread:
 * each decision depends on the ones before.
 */
public final class StoryDesk {
  private final RecentArticles recent;
  private final DocumentFrequencies frequencies;
  private final TermWeights weights;
  private final StoryProfiles profiles;
  private final StoryClusterer clusterer;

  public StoryDesk(ClusterIndex index, ClusterSettings settings) {
    this.recent = new RecentArticles(index);
    this.frequencies = new DocumentFrequencies(index);
    this.weights = new TermWeights(frequencies);
    this.profiles = new StoryProfiles(index, recent, weights);
    this.clusterer =
        new StoryClusterer(new IndexedCandidates(index, recent, weights, profiles), settings);
  }

  public Decision decide(Article article) {
    return decide(TextAnalysis.analyze(article));
  }

  /**
   * As {@link #decide(Article)}, for an article analyzed already ({@link TextAnalysis#analyze}).
   */
  public Decision decide(AnalyzedArticle analyzed) {
    Article article = analyzed.article();
    Optional<String> storedAs = recent.storedAs(analyzed);
    if (storedAs.isPresent()) {
      return new Decision(storedAs.get(), null);
    }
    Assignment decided = clusterer.assign(analyzed);
    List<ClusteredArticle.StoryMerge> merges = new ArrayList<>();
    for (String bridged : decided.merged()) {
      merge(recent.resolve(bridged), recent.resolve(decided.storyId())).ifPresent(merges::add);
    }
    String live = recent.resolve(decided.storyId());
    Assignment assignment =
        live.equals(decided.storyId())
            ? decided
            : new Assignment(live, false, decided.score(), decided.signals(), decided.merged());
    StoryState story =
        recent
            .stateOf(assignment.storyId())
            .map(before -> before.joined(analyzed))
            .orElseGet(() -> StoryState.started(analyzed, assignment.storyId()));
    recent.putStory(story);
    recent.added(analyzed, weights.candidateOf(analyzed, assignment.storyId()));
    profiles.changed(story.story().id());
    return new Decision(article.id(), new ClusteredArticle(analyzed, assignment, merges, story));
  }

  /**
   * Folds the younger of two stories into the older (the earlier first article; the smaller id on a
   * tie), whichever the article joined: the id readers saw first stays, and instances sharing a
   * store that decide the same merge at once decide it the same way round.
   */
  private Optional<ClusteredArticle.StoryMerge> merge(String a, String b) {
    Optional<StoryState> first = recent.stateOf(a);
    Optional<StoryState> second = recent.stateOf(b);
    if (first.isEmpty() || second.isEmpty()) {
      return Optional.empty();
    }
    Story x = first.get().story();
    Story y = second.get().story();
    int order = x.published().compareTo(y.published());
    boolean aSurvives = order < 0 || (order == 0 && a.compareTo(b) < 0);
    return aSurvives ? mergeOf(b, a) : mergeOf(a, b);
  }

  /** Folds story {@code from} into {@code into}: the records and centroids add up. */
  private Optional<ClusteredArticle.StoryMerge> mergeOf(String from, String into) {
    Optional<StoryState> source = recent.stateOf(from);
    Optional<StoryState> target = recent.stateOf(into);
    if (from.equals(into) || source.isEmpty() || target.isEmpty()) {
      return Optional.empty();
    }
    StoryState merged = target.get().merged(source.get());
    recent.merged(from, merged);
    profiles.forget();
    return Optional.of(new ClusteredArticle.StoryMerge(from, merged));
  }

  /** How many decided articles the store has not made searchable yet. */
  public int unpublished() {
    return recent.size();
  }

  /** The store made everything decided so far searchable (a refresh or a commit). */
  public void published() {
    frequencies.madeSearchable(recent.madeSearchable());
    profiles.forget();
  }

  /** The store's articles and stories were all deleted, to be decided again (reclustering). */
  public void startOver() {
    recent.madeSearchable();
    frequencies.clear();
    profiles.forget();
  }
}
