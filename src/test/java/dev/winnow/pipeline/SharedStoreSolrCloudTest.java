package dev.winnow.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.cluster.Story;
import dev.winnow.config.ConfigLoader;
import dev.winnow.config.FeedSource;
import dev.winnow.config.WinnowConfig;
import dev.winnow.store.StoreWriter;
import dev.winnow.store.Stores;
import dev.winnow.store.solr.SolrCloudFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances on one SolrCloud collection (an in-JVM 2-node cluster): the three outlets of the
 * end-to-end fixture, each on a host of its own, polled at once by both.
 */
class SharedStoreSolrCloudTest {
  private static final InstantSource CLOCK =
      InstantSource.fixed(Instant.parse("2026-03-05T12:00:00Z"));

  @TempDir Path dir;

  @Test
  @Timeout(180) // a turn never released would otherwise hang the build
  void twoInstancesPollEachFeedOnceStoreEachArticleOnceAndFoldTheStoriesOneWould()
      throws Exception {
    SolrCloudFixture cloud = SolrCloudFixture.shared();
    try (FixtureSite glow = new FixtureSite("127.0.0.1");
        FixtureSite marquee = new FixtureSite("127.0.0.2");
        FixtureSite wirely = new FixtureSite("127.0.0.3")) {
      WinnowConfig config = config(cloud.zkHost(), glow, marquee, wirely);
      Set<Set<String>> alone;
      try (StoreWriter embedded = Stores.openForWriting(dir.resolve("alone"))) {
        new Pipeline(config, embedded, CLOCK).pollOnce();
        alone = outletsByStory(embedded.reader().stories(50));
      }
      try (StoreWriter one = Stores.openForWriting(dir, config.store());
          StoreWriter two = Stores.openForWriting(dir, config.store())) {
        List<FeedSource> first = one.feedShare().mine(config.feeds());
        List<FeedSource> second = two.feedShare().mine(config.feeds());
        List<FeedSource> both = new ArrayList<>(first);
        both.addAll(second);
        assertEquals(Set.copyOf(config.feeds()), Set.copyOf(both), "every feed has a poller");
        assertEquals(config.feeds().size(), both.size(), "and only one");

        var a = CompletableFuture.runAsync(() -> poll(config, one, first));
        var b = CompletableFuture.runAsync(() -> poll(config, two, second));
        CompletableFuture.allOf(a, b).join();

        assertEquals(7, one.reader().articleCount(), "each article stored once");
        assertEquals(alone, outletsByStory(two.reader().stories(50)));
        assertTrue(one.feedShare().describe().startsWith("one of 2 instances"));
      }
    }
  }

  private static void poll(WinnowConfig config, StoreWriter store, List<FeedSource> feeds) {
    try {
      new Pipeline(config, store, CLOCK).pollOnce(feeds);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private WinnowConfig config(String zkHost, FixtureSite glow, FixtureSite marquee, FixtureSite w)
      throws Exception {
    String yaml =
        """
        feeds:
          - name: Glow
            url: %s/glow.xml
          - name: Marquee
            url: %s/marquee.atom
          - name: Wirely
            url: %s/wirely.xml
        fetch:
          allow_private_networks: true
          timeout_seconds: 5
        store:
          solr:
            zk_host: %s
            collection: shared
            shards: 2
        """
            .formatted(glow.base(), marquee.base(), w.base(), zkHost);
    Path file = dir.resolve("feeds.yml");
    Files.writeString(file, yaml);
    return ConfigLoader.load(file);
  }

  private static Set<Set<String>> outletsByStory(List<Story> stories) {
    return stories.stream()
        .map(s -> (Set<String>) new TreeSet<>(s.outlets()))
        .collect(Collectors.toCollection(HashSet::new));
  }
}
