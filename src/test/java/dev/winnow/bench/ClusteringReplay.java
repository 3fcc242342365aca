package dev.winnow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.cluster.Article;
import dev.winnow.cluster.ArticleIds;
import dev.winnow.cluster.Decision;
import dev.winnow.cluster.StoryDesk;
import dev.winnow.config.ClusterSettings;
import dev.winnow.store.ArticleStream;
import dev.winnow.store.StoreWriter;
import dev.winnow.store.Stores;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays a labelled items.jsonl (the clustering bench's format) through the clusterer and a real
 * index, without HTTP, and writes id<TAB>story for evaluate.py. For tuning: the end-to-end poll is
 * the measurement of record.
 *
 * <p>Usage: bench/run ClusteringReplay ITEMS.jsonl OUT.tsv [THRESHOLD]
 */
public final class ClusteringReplay {
  private ClusteringReplay() {}

  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> items = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          items.add(json.readTree(line));
        }
      }
    }
    // as a poll ingests a batch: oldest article first; -Dwinnow.replay.shuffle=SEED measures how
    // much the outcome depends on arrival order (instances taking over feeds change it)
    items.sort(Comparator.comparing(item -> OffsetDateTime.parse(item.get("published").asText())));
    // -Dwinnow.replay.runs=K: the outlets in K groups, each group's articles in time order, one
    // group after another, as when instances take over feeds other instances left half done
    int runs = Integer.getInteger("winnow.replay.runs", 1);
    if (runs > 1) {
      items.sort(
          Comparator.comparingInt(
              (JsonNode item) ->
                  Math.floorMod(
                      item.path("outlet").asText(item.path("url").asText()).hashCode(), runs)));
    }
    if (System.getProperty("winnow.replay.shuffle") != null) {
      java.util.Collections.shuffle(
          items, new java.util.Random(Long.getLong("winnow.replay.shuffle")));
    }
    double threshold =
        args.length > 2 ? Double.parseDouble(args[2]) : ClusterSettings.DEFAULTS.threshold();
    ClusterSettings defaults = ClusterSettings.DEFAULTS;
    // -Dwinnow.replay.window_hours / story_hours try other time settings without editing feeds.yml
    ClusterSettings settings =
        new ClusterSettings(
            hours("window_hours", defaults.window()),
            threshold,
            hours("story_hours", defaults.storySpan()));
    Path index = Files.createTempDirectory("winnow-replay");
    long start = System.nanoTime();
    try (StoreWriter store = Stores.openForWriting(index);
        PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
      StoryDesk desk = new StoryDesk(store.clusterIndex(), settings);
      int n = 0;
      Map<String, String> articleIds = new LinkedHashMap<>();
      for (JsonNode item : items) {
        Article article = articleOf(item);
        Decision decision = desk.decide(article);
        if (decision.isNew()) {
          store.add(decision.clustered());
        }
        articleIds.put(item.get("id").asText(), decision.articleId());
        if (System.getenv("REPLAY_TRACE") != null) {
          System.err.println(item.get("id").asText() + " -> " + decision);
        }
        if (++n % 250 == 0) {
          store.commit();
          desk.published();
        }
      }
      store.commit();
      // the story each article is in at the end: later merges move articles
      Map<String, String> storyOf = new HashMap<>();
      try (ArticleStream all = store.reader().articles()) {
        all.forEach(a -> storyOf.put(a.article().id(), a.assignment().storyId()));
      }
      articleIds.forEach((item, id) -> out.println(item + "\t" + storyOf.get(id)));
    }
    System.err.printf("%d items in %.1f s%n", items.size(), (System.nanoTime() - start) / 1e9);
  }

  private static Duration hours(String name, Duration otherwise) {
    String value = System.getProperty("winnow.replay." + name);
    return value == null ? otherwise : Duration.ofHours(Long.parseLong(value));
  }

  private static Article articleOf(JsonNode item) {
    String url = item.get("url").asText();
    // celebnews calls the text "body", newsevents "text"; UCI has only an empty "description"
    String text =
        item.has("body")
            ? item.get("body").asText()
            : item.has("text") ? item.get("text").asText() : item.path("description").asText("");
    String summary = item.path("summary").asText("");
    var published = OffsetDateTime.parse(item.get("published").asText()).toInstant();
    String outlet =
        item.has("publisher") ? item.get("publisher").asText() : item.path("outlet").asText();
    URI uri = URI.create(url.replace("{PORT}", "8090"));
    return new Article(
        ArticleIds.idOf(uri),
        uri,
        outlet,
        item.get("title").asText(),
        summary,
        text,
        "",
        "",
        "feed",
        published,
        published,
        List.of());
  }
}
