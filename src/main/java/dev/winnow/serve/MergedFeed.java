package dev.winnow.serve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.winnow.cluster.Story;
import dev.winnow.store.InvalidQueryException;
import dev.winnow.store.SearchHit;
import dev.winnow.store.SearchQuery;
import dev.winnow.store.StoreReader;
import dev.winnow.store.StoryMatches;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * Renders the merged feed in each format, each filtered feed and each page asked for, once per
 * store change, and keeps the bytes, plain and gzipped: rendering and gzipping per request would
 * cost far more than serving (DESIGN.md). A filter nobody asks for is never rendered; the cache
 * holds the most recently used up to {@value #CACHED_BYTES} bytes.
 */
public final class MergedFeed {
  public enum Format {
    RSS("application/rss+xml; charset=utf-8"),
    ATOM("application/atom+xml; charset=utf-8"),
    JSON("application/feed+json; charset=utf-8");

    final String contentType;

    Format(String contentType) {
      this.contentType = contentType;
    }
  }

  /**
   * A rendered feed never exceeds this: if the newest stories do not fit, fewer are served. With
   * the article caps ({@code BoundedText}) and {@link Story#LISTED} articles listed a typical entry
   * is a few KB, so 100 stories fit many times over; the bound holds whatever the feeds sent.
   */
  static final int MAX_FEED_BYTES = 4 << 20;

  static final long CACHED_BYTES = 64L << 20;

  /** Stories the home page lists. */
  static final int HOME_STORIES = 50;

  /** Articles a search reads, for at most as many stories. */
  static final int SEARCH_HITS = 200;

  private record Key(Format format, StoryFilter filter) {}

  private record PageKey(String page, String argument, StoryFilter filter) {}

  private final StoreReader store;
  private final StorySelection selection;
  private final FeedInfo info;
  private final int limit;
  private final Cache<Object, Rendered> cache =
      Caffeine.newBuilder()
          .maximumWeight(CACHED_BYTES)
          .<Object, Rendered>weigher((key, r) -> r.plain().length + r.gzipped().length)
          .build();

  public MergedFeed(
      StoreReader store, String title, String baseUrl, java.time.Instant epoch, int limit) {
    this.store = store;
    this.selection = new StorySelection(store);
    this.info = new FeedInfo(title, baseUrl, epoch);
    this.limit = limit;
  }

  /** Call after the store changed: the next request renders afresh. */
  public void invalidate() {
    cache.invalidateAll();
  }

  /**
   * The feed of the stories the filter selects; its search was checked ({@link StorySelection}).
   */
  Rendered rendered(Format format, StoryFilter filter) {
    return cache.get(new Key(format, filter), key -> render((Key) key));
  }

  /** The home page: the most recently updated stories the filter selects. */
  Rendered home(StoryFilter filter) {
    return cache.get(
        new PageKey("home", "", filter),
        key -> html(Pages.home(info.title(), selection.stories(filter, HOME_STORIES), filter)));
  }

  /**
   * A story's page by its id; empty when no story has that id. A merged-away id gives the page of
   * the story it became part of: {@code liveId} says which, for a redirect.
   */
  Optional<StoryPage> story(String storyId) {
    Rendered cached = cache.getIfPresent(new PageKey("story", storyId, StoryFilter.NONE));
    if (cached != null) {
      return Optional.of(new StoryPage(storyId, cached));
    }
    return store
        .storyNamedBy(storyId)
        .map(
            story ->
                new StoryPage(
                    story.id(),
                    cache.get(
                        new PageKey("story", story.id(), StoryFilter.NONE),
                        key ->
                            html(Pages.story(info.title(), story, store.articlesOf(story.id()))))));
  }

  record StoryPage(String liveId, Rendered page) {}

  /** The search page: each matching story once, best first, with its best article's passage. */
  Rendered search(String q) throws InvalidQueryException {
    PageKey key = new PageKey("search", q, StoryFilter.NONE);
    Rendered cached = cache.getIfPresent(key);
    if (cached != null) {
      return cached;
    }
    List<SearchHit> hits = store.search(SearchQuery.parse(q, null, null, SEARCH_HITS));
    Rendered page = html(Pages.search(info.title(), q, StoryMatches.of(store, hits, SEARCH_HITS)));
    cache.put(key, page);
    return page;
  }

  private static Rendered html(String page) {
    return Rendered.of(page.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", null);
  }

  /** The bytes of one format, for the CLI and tests. */
  public byte[] bytes(Format format) {
    return rendered(format, StoryFilter.NONE).plain();
  }

  private Rendered render(Key key) {
    List<StoryEntry> entries = new ArrayList<>();
    for (Story story : selection.stories(key.filter(), limit)) {
      entries.add(new StoryEntry(story));
    }
    FeedInfo filtered = info.filtered(key.filter().query());
    try {
      byte[] plain = write(key.format(), filtered, entries);
      while (plain.length > MAX_FEED_BYTES && entries.size() > 1) {
        entries = entries.subList(0, entries.size() / 2);
        plain = write(key.format(), filtered, entries);
      }
      return Rendered.of(plain, key.format().contentType, filtered.updated(entries));
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the merged feed: " + e.getMessage(), e);
    }
  }

  private static byte[] write(Format format, FeedInfo info, List<StoryEntry> entries)
      throws XMLStreamException {
    return switch (format) {
      case RSS -> RssWriter.write(info, entries);
      case ATOM -> AtomWriter.write(info, entries);
      case JSON -> JsonFeedWriter.write(info, entries);
    };
  }
}
