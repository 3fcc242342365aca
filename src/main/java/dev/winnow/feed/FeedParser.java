package dev.winnow.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;

/** Turns feed bytes into records with Rome; Rome's mutable objects never leave this class. */
public final class FeedParser {

  /**
   * @param body the document as fetched
   * @param contentType the HTTP Content-Type, used for charset detection (RFC 7303), or null
   * @param base the document's URL, against which relative links are resolved
   */
  public ParsedFeed parse(byte[] body, String contentType, URI base) throws FeedParseException {
    if (looksLikeHtml(body)) {
      throw new FeedParseException("not a feed: the URL returned an HTML page");
    }
    FeedCharset charset = FeedCharset.of(body, contentType);
    String text = XmlText.withoutInvalidCharacters(Cp1252.repair(charset.decode(body)));
    String encoding = charset.name();
    if (JsonFeeds.looksLikeJson(text)) {
      return JsonFeeds.parse(text, encoding, base);
    }
    Read read;
    try {
      read = read(text, base);
    } catch (JDOMException | IOException | FeedException | RuntimeException strict) {
      read = repaired(text, strict, base);
    }
    SyndFeed feed = read.feed();
    RawFields written = read.written();
    List<SyndEntry> syndEntries = feed.getEntries();
    Optional<RawFields> raw =
        Optional.of(written).filter(r -> r.entries().size() == syndEntries.size());
    List<FeedEntry> entries = new ArrayList<>();
    for (int i = 0; i < syndEntries.size(); i++) {
      RawFields.Fields dates = raw.isPresent() ? raw.get().entries().get(i) : RawFields.Fields.NONE;
      entries.add(toEntry(feed, syndEntries.get(i), dates, base));
    }
    return new ParsedFeed(
        feed.getFeedType(),
        encoding,
        RomeRecords.or(feed.getTitle(), raw.map(r -> r.feed().title()).orElse("")),
        resolve(base, feed.getLink()),
        RomeRecords.header(feed, raw.map(RawFields::feed).orElse(RawFields.Fields.NONE), base),
        withTypicalGap(RomeRecords.hints(feed), entries),
        entries);
  }

  static PollingHints withTypicalGap(PollingHints hints, List<FeedEntry> entries) {
    List<Instant> published = entries.stream().map(FeedEntry::published).toList();
    return new PollingHints(
        hints.ttl(), hints.skipHours(), hints.skipDays(), PollingHints.typicalGap(published));
  }

  /**
   * The second reading, after the strict one failed: the breakages FeedRepair mends, then end tags
   * misspelt (each at the position the parser stopped, a few at most).
   */
  private static Read repaired(String text, Exception strict, URI base) throws FeedParseException {
    String xml = FeedRepair.repair(text);
    for (int attempt = 0; ; attempt++) {
      try {
        return read(xml, base);
      } catch (JDOMParseException e) {
        String mended =
            attempt < MismatchedEndTags.MAX_REPAIRS ? MismatchedEndTags.mended(xml, e) : null;
        if (mended == null) {
          throw new FeedParseException("not a readable RSS or Atom feed: " + firstLine(strict));
        }
        xml = mended;
      } catch (JDOMException | IOException | FeedException | RuntimeException e) {
        throw new FeedParseException("not a readable RSS or Atom feed: " + firstLine(strict));
      }
    }
  }

  /** A feed as Rome reads it, and its fields as written. */
  private record Read(SyndFeed feed, RawFields written) {}

  /**
   * Parses and straightens the document, reads its written fields before Rome does (Rome detaches
   * the foreign markup it keeps, media:group for one), then hands it to Rome, which throws runtime
   * exceptions on some shapes.
   */
  private static Read read(String xml, URI base) throws JDOMException, IOException, FeedException {
    Document doc = FeedDocuments.parse(xml);
    FeedDocuments.normalize(doc, base);
    RawFields written = RawFields.of(doc);
    SyndFeedInput input = new SyndFeedInput();
    input.setPreserveWireFeed(true); // for RSS's ttl, skipHours and skipDays
    return new Read(input.build(doc), written);
  }

  /**
   * Dates as written, read with {@link FeedDates}: a date it rejects stays absent (Rome would roll
   * it over); Rome's parse only where no text was read.
   */
  private static FeedEntry toEntry(
      SyndFeed feed, SyndEntry entry, RawFields.Fields dates, URI base) {
    URI link = resolve(base, RomeRecords.or(entry.getLink(), dates.link()));
    Instant updated =
        dates.updated().isEmpty()
            ? RomeRecords.instant(entry.getUpdatedDate())
            : dates.updatedInstant().orElse(null);
    Instant published =
        dates.published().isEmpty()
            ? RomeRecords.instant(entry.getPublishedDate())
            : dates.publishedInstant().orElse(null);
    published = published != null ? published : updated;
    String title = RomeRecords.or(entry.getTitle(), dates.title());
    // Rome fills the uri with the raw link when an RSS item has no guid: key it by the resolved
    // link.
    String guid =
        Objects.equals(entry.getUri(), entry.getLink())
            ? null
            : RomeRecords.atomId(feed, entry.getUri(), base);
    return new FeedEntry(
        EntryKeys.keyOf(guid, link, title, published),
        link,
        title,
        RomeRecords.or(valueOf(entry.getDescription()), dates.summary()),
        RomeRecords.or(contentOf(entry.getContents()), dates.content()),
        entry.getAuthor(),
        published,
        updated,
        RomeRecords.people(entry.getAuthors(), entry.getAuthor(), dates.authors()),
        RomeRecords.categories(entry.getCategories(), dates.categories()),
        RomeRecords.enclosures(entry.getEnclosures()));
  }

  private static String contentOf(List<SyndContent> contents) {
    StringBuilder html = new StringBuilder();
    for (SyndContent content : contents) {
      html.append(valueOf(content));
    }
    return html.toString();
  }

  private static String valueOf(SyndContent content) {
    return content == null || content.getValue() == null ? "" : content.getValue();
  }

  /** Browsers' limit on a URL's length, in practice; no real permalink comes near it. */
  static final int MAX_LINK_CHARS = 2048;

  /**
   * The link resolved against the document, if it is a web address: http or https with a host, of a
   * sane length. Anything else ({@code javascript:}, {@code data:}, {@code mailto:}, a scheme with
   * no host) is no link: the entry is read from the feed's own content, and its key falls back to
   * its guid or its title and date.
   */
  static URI resolve(URI base, String link) {
    if (link == null || link.isBlank() || link.length() > MAX_LINK_CHARS) {
      return null;
    }
    try {
      URI resolved = base == null ? new URI(link.strip()) : base.resolve(new URI(link.strip()));
      String scheme = resolved.getScheme() == null ? "" : resolved.getScheme();
      boolean web = scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https");
      return web && resolved.getHost() != null ? resolved : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /** An HTML page served where a feed was expected is the most common misconfiguration. */
  private static boolean looksLikeHtml(byte[] body) {
    int n = Math.min(body.length, 1024);
    String head = new String(body, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
    head = head.stripLeading().toLowerCase(Locale.ROOT);
    if (head.startsWith("\ufeff") || head.startsWith("ï»¿")) {
      head = head.substring(head.startsWith("\ufeff") ? 1 : 3).stripLeading();
    }
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }

  private static String firstLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse(message).strip();
  }
}
