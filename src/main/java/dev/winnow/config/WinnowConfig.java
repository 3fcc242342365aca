package dev.winnow.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The whole of feeds.yml, validated. */
public record WinnowConfig(
    List<FeedSource> feeds,
    FetchSettings fetch,
    PollSettings poll,
    ClusterSettings cluster,
    StoreSettings store) {

  public WinnowConfig(
      List<FeedSource> feeds, FetchSettings fetch, PollSettings poll, ClusterSettings cluster) {
    this(feeds, fetch, poll, cluster, StoreSettings.EMBEDDED);
  }

  @JsonCreator
  static WinnowConfig fromYaml(
      @JsonProperty(value = "feeds", required = true) List<FeedSource> feeds,
      @JsonProperty("fetch") FetchSettings fetch,
      @JsonProperty("poll") PollSettings poll,
      @JsonProperty("cluster") ClusterSettings cluster,
      @JsonProperty("store") StoreSettings store) {
    return new WinnowConfig(
        feeds,
        Objects.requireNonNullElse(fetch, FetchSettings.DEFAULTS),
        Objects.requireNonNullElse(poll, PollSettings.DEFAULTS),
        Objects.requireNonNullElse(cluster, ClusterSettings.DEFAULTS),
        Objects.requireNonNullElse(store, StoreSettings.EMBEDDED));
  }

  public WinnowConfig {
    if (feeds == null) {
      throw new IllegalArgumentException("'feeds' must be a list");
    }
    feeds = List.copyOf(feeds);
    Set<String> names = new HashSet<>();
    for (FeedSource feed : feeds) {
      if (!names.add(feed.name())) {
        throw new IllegalArgumentException("feed name '" + feed.name() + "' appears twice");
      }
    }
  }
}
