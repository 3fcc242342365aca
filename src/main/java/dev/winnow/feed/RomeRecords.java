package dev.winnow.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndImage;
import com.rometools.rome.feed.synd.SyndPerson;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Copies Rome's mutable feed parts into this stage's records, so Rome never leaves it. */
final class RomeRecords {
  private static final Pattern PERSON = Pattern.compile("([^(<]+)[(<]([^)>]+)[)>]\\s*");

  private RomeRecords() {}

  static FeedHeader header(SyndFeed feed, RawFields.Fields dates, URI base) {
    SyndImage image = feed.getImage();
    String imageUrl = image == null ? "" : text(image.getUrl());
    return new FeedHeader(
        or(feed.getDescription(), dates.summary()),
        or(feed.getLanguage(), dates.language()),
        or(feed.getCopyright(), dates.rights()),
        atomId(feed, feed.getUri(), base),
        or(feed.getGenerator(), dates.generator()),
        dates.updatedInstant().orElse(null),
        dates.published().isEmpty()
            ? instant(feed.getPublishedDate())
            : dates.publishedInstant().orElse(null),
        people(feed.getAuthors(), feed.getAuthor(), dates.authors()),
        categories(feed.getCategories(), dates.categories()),
        resolvedImage(or(imageUrl, dates.imageUrl()), base),
        image == null ? "" : text(image.getTitle()),
        image == null ? "" : text(image.getLink()));
  }

  /** A relative image URL (Atom's logo="/logo.png") read against the document's address. */
  private static String resolvedImage(String url, URI base) {
    URI resolved = url.isBlank() ? null : FeedParser.resolve(base, url);
    return resolved == null ? url : resolved.toString();
  }

  /**
   * An Atom id written as a relative reference, read against the document's base as feedparser and
   * browsers' readers do (RFC 4287 §4.2.6 wants an IRI; §2 lets xml:base and the document's URI
   * complete a relative one). RSS guids are left as written: isPermaLink="false" is no URL.
   */
  static String atomId(SyndFeed feed, String id, URI base) {
    boolean web =
        base != null && ("http".equals(base.getScheme()) || "https".equals(base.getScheme()));
    if (id == null || !web || !String.valueOf(feed.getFeedType()).startsWith("atom")) {
      return id == null ? "" : id;
    }
    try {
      URI uri = new URI(id.strip());
      return uri.isAbsolute() || uri.getPath() == null || uri.getPath().isEmpty()
          ? id
          : base.resolve(uri).toString();
    } catch (URISyntaxException | IllegalArgumentException notAReference) {
      return id;
    }
  }

  /** RSS 2.0's ttl, skipHours and skipDays, when the document is RSS and gives them. */
  static PollingHints hints(SyndFeed feed) {
    if (!(feed.originalWireFeed() instanceof com.rometools.rome.feed.rss.Channel channel)) {
      return PollingHints.NONE;
    }
    java.util.Set<Integer> hours = new java.util.HashSet<>();
    for (Integer h : channel.getSkipHours()) {
      if (h != null && h >= 0 && h <= 24) {
        hours.add(h % 24); // RSS 0.91 numbered them 1..24
      }
    }
    java.util.Set<java.time.DayOfWeek> days = java.util.EnumSet.noneOf(java.time.DayOfWeek.class);
    for (String d : channel.getSkipDays()) {
      try {
        days.add(java.time.DayOfWeek.valueOf(d.strip().toUpperCase(java.util.Locale.ROOT)));
      } catch (IllegalArgumentException | NullPointerException ignored) {
        // not a day name: ignored, as the spec's readers do
      }
    }
    java.time.Duration ttl =
        channel.getTtl() > 0 ? java.time.Duration.ofMinutes(channel.getTtl()) : null;
    return new PollingHints(ttl, hours, days);
  }

  /** Named people, else the single author string ("name", or RSS's "email (name)"). */
  static List<FeedPerson> people(List<SyndPerson> persons, String author, List<String> raw) {
    List<FeedPerson> out = new ArrayList<>();
    for (SyndPerson p : persons) {
      if (notBlank(p.getName()) && !notBlank(p.getEmail())) {
        out.add(fromRssAuthor(p.getName().strip()));
      } else if (notBlank(p.getName()) || notBlank(p.getEmail())) {
        out.add(new FeedPerson(p.getName(), p.getEmail()));
      }
    }
    if (out.isEmpty() && notBlank(author)) {
      out.add(fromRssAuthor(author.strip()));
    }
    if (out.size() < raw.size()) {
      out.clear();
      raw.forEach(r -> out.add(fromRssAuthor(r)));
    }
    return out;
  }

  /** Rome's value, else the one read from the document. */
  static String or(String rome, String raw) {
    return notBlank(rome) ? rome : raw;
  }

  /** RSS 2.0's author is an email address, commonly written "email (name)". */
  /** "me@example.com (Name)", "Name (me@example.com)", "Name <me@example.com>" or a bare name. */
  private static FeedPerson fromRssAuthor(String author) {
    Matcher m = PERSON.matcher(author);
    if (m.matches()) {
      String outside = m.group(1).strip();
      String inside = m.group(2).strip();
      return outside.contains("@") && !inside.contains("@")
          ? new FeedPerson(inside, outside)
          : new FeedPerson(outside, inside);
    }
    return author.contains("@") && !author.contains(" ")
        ? new FeedPerson("", author)
        : new FeedPerson(author, "");
  }

  static List<FeedCategory> categories(List<SyndCategory> categories, List<FeedCategory> raw) {
    List<FeedCategory> out = new ArrayList<>(categories(categories));
    for (FeedCategory c : raw) {
      if (out.stream().noneMatch(o -> o.term().equals(c.term()))) {
        out.add(c);
      }
    }
    return out;
  }

  static List<FeedCategory> categories(List<SyndCategory> categories) {
    List<FeedCategory> out = new ArrayList<>();
    for (SyndCategory c : categories) {
      if (notBlank(c.getName())) {
        out.add(new FeedCategory(c.getName(), c.getTaxonomyUri()));
      }
    }
    return out;
  }

  static List<FeedEnclosure> enclosures(List<SyndEnclosure> enclosures) {
    List<FeedEnclosure> out = new ArrayList<>();
    for (SyndEnclosure e : enclosures) {
      if (notBlank(e.getUrl())) {
        out.add(new FeedEnclosure(e.getUrl().strip(), e.getLength(), text(e.getType())));
      }
    }
    return out;
  }

  static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }
}
