package dev.winnow.bench;

import dev.winnow.cluster.AnalyzedArticle;
import dev.winnow.cluster.Article;
import dev.winnow.cluster.ArticleIds;
import dev.winnow.cluster.Assignment;
import dev.winnow.cluster.ClusteredArticle;
import dev.winnow.cluster.StoryClusterer;
import dev.winnow.cluster.StoryState;
import dev.winnow.cluster.TextAnalysis;
import dev.winnow.store.StoreWriter;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic stream of synthetic news for the benchmarks: events, each reported by 1 to 8 of
 * 50 outlets in articles that share event words and two of a large pool of names, arriving at a
 * steady 5,000 articles a day. Words follow a Zipf law, so document frequencies look like a real
 * vocabulary's.
 */
final class SyntheticNews {
  static final int OUTLETS = 50;
  private static final int PER_DAY = 5_000;
  private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

  private final Random random = new Random(42);
  private final List<String> words = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private long sequence;
  private List<String> eventWords = List.of();
  private int eventLeft;

  SyntheticNews() {
    for (int i = 0; i < 40_000; i++) {
      words.add(syllables(2 + i % 3));
    }
    for (int i = 0; i < 8_000; i++) {
      names.add(capitalized(syllables(2)) + " " + capitalized(syllables(3)));
    }
  }

  /**
   * Makes {@code store} hold {@code size} articles, each its own story (growing, not clustering),
   * committed every 20,000; what it holds already is replayed without storing, so an index kept
   * from an earlier run continues the same stream. Returns how many it holds.
   */
  long grow(StoreWriter store, long size) throws IOException {
    for (long held = store.reader().articleCount(); sequence < held; ) {
      next();
    }
    while (sequence < size) {
      store.add(startingItsOwnStory(next()));
      if (sequence % 20_000 == 0) {
        store.commit();
      }
    }
    store.commit();
    return sequence;
  }

  /** The next article of the stream: a new event every so often, else another report of one. */
  Article next() {
    if (eventLeft == 0) {
      startEvent();
    }
    eventLeft--;
    long n = sequence++;
    Instant at = START.plus(Duration.ofMillis(n * 86_400_000L / PER_DAY));
    URI url = URI.create("https://outlet" + (n % OUTLETS) + ".example/a/" + n);
    return new Article(
        ArticleIds.idOf(url),
        url,
        "Outlet " + (n % OUTLETS),
        title(),
        "",
        body(),
        "",
        "",
        "page",
        at,
        at,
        List.of());
  }

  private void startEvent() {
    eventLeft = 1 + random.nextInt(8);
    List<String> ew = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      ew.add(words.get(zipf(words.size())));
    }
    ew.add(names.get(random.nextInt(names.size())));
    ew.add(names.get(random.nextInt(names.size())));
    eventWords = ew;
  }

  /** Four paragraphs of 35 words, a third of them the event's. */
  private String body() {
    StringBuilder body = new StringBuilder();
    for (int p = 0; p < 4; p++) {
      for (int w = 0; w < 35; w++) {
        boolean eventWord = random.nextInt(3) == 0;
        body.append(
            eventWord
                ? eventWords.get(random.nextInt(eventWords.size()))
                : words.get(zipf(words.size())));
        body.append(w == 34 ? ".\n\n" : " ");
      }
    }
    return body.toString().strip();
  }

  private String title() {
    StringBuilder title = new StringBuilder();
    for (int w = 0; w < 8; w++) {
      title.append(eventWords.get(random.nextInt(eventWords.size()))).append(' ');
    }
    return title.toString().strip();
  }

  private static ClusteredArticle startingItsOwnStory(Article a) {
    AnalyzedArticle analyzed = TextAnalysis.analyze(a);
    String id = StoryClusterer.storyIdFor(a);
    return new ClusteredArticle(
        analyzed,
        new Assignment(id, true, 0, List.of()),
        List.of(),
        StoryState.started(analyzed, id));
  }

  private int zipf(int n) {
    return (int) Math.min(n - 1, Math.floor(Math.pow(n, random.nextDouble())) - 1);
  }

  private String syllables(int count) {
    String[] parts = {"ka", "lo", "mi", "ren", "sa", "tor", "vel", "qui", "dan", "po", "ze", "lin"};
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < count; i++) {
      s.append(parts[random.nextInt(parts.length)]);
    }
    return s.toString() + random.nextInt(100);
  }

  private static String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
