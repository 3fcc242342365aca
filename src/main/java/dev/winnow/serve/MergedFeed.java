package dev.winnow.serve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.winnow.cluster.Story;
import dev.winnow.store.StoreReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import javax.xml.stream.XMLStreamException;

/**
 * Renders the merged feed in each format once per store change and keeps the bytes, plain and
 * gzipped: rendering and gzipping per request would cost far more than serving (DESIGN.md).
 */
public final class MergedFeed {
  /** Rendered bytes of one format, with a validator for conditional requests. */
  record Rendered(byte[] plain, byte[] gzipped, String etag, String contentType) {}

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

  private final StoreReader store;
  private final FeedInfo info;
  private final int limit;
  private final Cache<Format, Rendered> cache = Caffeine.newBuilder().maximumSize(8).build();

  public MergedFeed(
      StoreReader store, String title, String baseUrl, java.time.Instant epoch, int limit) {
    this.store = store;
    this.info = new FeedInfo(title, baseUrl, epoch);
    this.limit = limit;
  }

  /** Call after the store changed: the next request renders afresh. */
  public void invalidate() {
    cache.invalidateAll();
  }

  Rendered rendered(Format format) {
    return cache.get(format, this::render);
  }

  /** The bytes of one format, for the CLI and tests. */
  public byte[] bytes(Format format) {
    return rendered(format).plain();
  }

  private Rendered render(Format format) {
    List<StoryEntry> entries = new ArrayList<>();
    for (Story story : store.stories(limit)) {
      entries.add(new StoryEntry(story));
    }
    try {
      byte[] plain = write(format, entries);
      while (plain.length > MAX_FEED_BYTES && entries.size() > 1) {
        entries = entries.subList(0, entries.size() / 2);
        plain = write(format, entries);
      }
      return new Rendered(plain, gzip(plain), etagOf(plain), format.contentType);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the merged feed: " + e.getMessage(), e);
    }
  }

  private byte[] write(Format format, List<StoryEntry> entries) throws XMLStreamException {
    return switch (format) {
      case RSS -> RssWriter.write(info, entries);
      case ATOM -> AtomWriter.write(info, entries);
      case JSON -> JsonFeedWriter.write(info, entries);
    };
  }

  private static String etagOf(byte[] bytes) {
    return "\"" + Integer.toHexString(java.util.Arrays.hashCode(bytes)) + "-" + bytes.length + "\"";
  }

  private static byte[] gzip(byte[] plain) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(plain);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
