package dev.winnow.feed;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;

/**
 * The date texts of a feed and of each entry as written, read in a second pass: Rome drops a date
 * it cannot parse, and feeds write many it cannot (see {@link FeedDates}).
 *
 * @param feed the channel's or feed's own dates
 * @param entries one per item or entry, in document order
 */
record RawDates(Dates feed, List<Dates> entries) {

  /** Publication and update date texts, "" when absent. */
  record Dates(String published, String updated) {
    Optional<Instant> publishedInstant() {
      return FeedDates.parse(published);
    }

    Optional<Instant> updatedInstant() {
      return FeedDates.parse(updated);
    }
  }

  /** RSS pubDate, Dublin Core terms issued, Atom published (1.0) and issued (0.3). */
  private static final Set<String> PUBLISHED = Set.of("pubDate", "issued", "published");

  /** Dublin Core date, terms modified, Atom updated (1.0) and modified (0.3), lastBuildDate. */
  private static final Set<String> UPDATED = Set.of("date", "modified", "updated", "lastBuildDate");

  private static final Set<String> ENTRIES = Set.of("item", "entry");

  /** The dates of a document Rome has read, or empty when it cannot be read again. */
  static Optional<RawDates> read(String xml) {
    Document doc;
    try {
      SAXBuilder builder = new SAXBuilder();
      builder.setExpandEntities(false);
      builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      doc = builder.build(new StringReader(xml));
    } catch (JDOMException | IOException | IllegalStateException e) {
      return Optional.empty();
    }
    Element root = doc.getRootElement();
    Element channel = child(root, "channel").orElse(root);
    List<Dates> entries = new ArrayList<>();
    for (Element parent : List.of(root, channel)) {
      for (Element e : parent.getChildren()) {
        if (ENTRIES.contains(e.getName())) {
          entries.add(datesOf(e));
        }
      }
      if (channel == root) {
        break;
      }
    }
    return Optional.of(new RawDates(datesOf(channel), entries));
  }

  private static Dates datesOf(Element e) {
    return new Dates(first(e, PUBLISHED), first(e, UPDATED));
  }

  private static String first(Element e, Set<String> names) {
    for (Element child : e.getChildren()) {
      if (names.contains(child.getName()) && !child.getTextTrim().isEmpty()) {
        return child.getTextTrim();
      }
    }
    return "";
  }

  private static Optional<Element> child(Element e, String name) {
    return e.getChildren().stream().filter(c -> c.getName().equals(name)).findFirst();
  }
}
