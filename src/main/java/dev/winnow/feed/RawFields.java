package dev.winnow.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * What a feed and each of its entries say, as written, read in a second pass over the document:
 * Rome drops dates it cannot parse and ignores namespaces it has no module for (Dublin Core
 * fallbacks, iTunes, Media RSS), so these fill what it leaves empty.
 *
 * @param feed the channel's or feed's own fields
 * @param entries one per item or entry, in document order
 */
record RawFields(Fields feed, List<Fields> entries) {

  /** One element's texts, "" or empty when absent. */
  record Fields(
      String published,
      String updated,
      List<String> authors,
      String title,
      String summary,
      String content,
      List<FeedCategory> categories,
      String language,
      String rights,
      String generator,
      String imageUrl,
      String link) {

    static final Fields NONE =
        new Fields("", "", List.of(), "", "", "", List.of(), "", "", "", "", "");

    Optional<Instant> publishedInstant() {
      return FeedDates.parse(published);
    }

    Optional<Instant> updatedInstant() {
      return FeedDates.parse(updated);
    }
  }

  private static final Set<String> PUBLISHED = Set.of("pubDate", "issued", "published");
  private static final Set<String> UPDATED = Set.of("date", "modified", "updated", "lastBuildDate");
  private static final Set<String> AUTHORS = Set.of("author", "creator", "managingEditor");
  private static final Set<String> TITLES = Set.of("title");
  private static final Set<String> SUMMARIES =
      Set.of("description", "summary", "subtitle", "tagline");
  private static final Set<String> CONTENTS = Set.of("encoded", "fullitem", "body");
  private static final Set<String> RIGHTS = Set.of("rights", "copyright");
  private static final Set<String> GENERATORS = Set.of("generator");
  private static final Set<String> LANGUAGES = Set.of("language");
  private static final Set<String> ENTRIES = Set.of("item", "entry");
  private static final Namespace XML = Namespace.XML_NAMESPACE;

  /** The fields of a document as written. */
  static RawFields of(Document doc) {
    Element root = doc.getRootElement();
    Element channel = children(root, Set.of("channel")).stream().findFirst().orElse(root);
    List<Fields> entries = new ArrayList<>();
    for (Element parent : channel == root ? List.of(root) : List.of(root, channel)) {
      for (Element e : children(parent, ENTRIES)) {
        entries.add(fieldsOf(e));
      }
    }
    Fields feed = fieldsOf(channel);
    String lang =
        firstNonEmpty(
            feed.language(),
            channel.getAttributeValue("lang", XML, ""),
            root.getAttributeValue("lang", XML, ""));
    return new RawFields(withLanguage(feed, lang.replace('_', '-')), entries);
  }

  private static Fields fieldsOf(Element e) {
    List<String> authors = new ArrayList<>();
    for (Element a : children(e, AUTHORS)) {
      String text = a.getChild("name", a.getNamespace()) != null ? "" : a.getTextTrim();
      if (!text.isEmpty()) {
        authors.add(text);
      }
    }
    if (authors.isEmpty()) {
      // RSS 2.0's webMaster answers for the channel where no editor or author is named
      children(e, Set.of("webMaster")).stream()
          .map(Element::getTextTrim)
          .filter(t -> !t.isEmpty())
          .forEach(authors::add);
    }
    return new Fields(
        text(e, PUBLISHED),
        text(e, UPDATED),
        authors,
        text(e, TITLES),
        text(e, SUMMARIES),
        text(e, CONTENTS),
        RawCategories.of(e),
        text(e, LANGUAGES),
        text(e, RIGHTS),
        text(e, GENERATORS),
        RawCategories.imageOf(e),
        alternateLink(e));
  }

  private static Fields withLanguage(Fields f, String language) {
    return new Fields(
        f.published(),
        f.updated(),
        f.authors(),
        f.title(),
        f.summary(),
        f.content(),
        f.categories(),
        language,
        f.rights(),
        f.generator(),
        f.imageUrl(),
        f.link());
  }

  /** An alternate link written as element text rather than href (an Atom mistake). */
  private static String alternateLink(Element e) {
    for (Element link : children(e, Set.of("link"))) {
      String rel = link.getAttributeValue("rel", "alternate");
      if (rel.equals("alternate") && link.getAttributeValue("href") == null) {
        return link.getTextTrim();
      }
    }
    return "";
  }

  /** The first non-empty text among the element's children with one of these local names. */
  static String text(Element e, Set<String> names) {
    for (Element child : children(e, names)) {
      String t = child.getChildren().isEmpty() ? child.getTextTrim() : "";
      if (!t.isEmpty()) {
        return t;
      }
    }
    return "";
  }

  /**
   * Children by local name, in any namespace (Dublin Core, iTunes, Media RSS alike), and one level
   * into media:group.
   */
  static List<Element> children(Element e, Set<String> names) {
    List<Element> out = new ArrayList<>();
    for (Element child : e.getChildren()) {
      if (names.contains(child.getName()) || containsIgnoringCase(names, child.getName())) {
        out.add(child);
      } else if (child.getName().equals("group")) {
        out.addAll(children(child, names));
      }
    }
    return out;
  }

  /**
   * "Title" or "TiTlE" as "title": some feeds capitalize core element names, and readers (iTunes
   * first) match them without regard to case.
   */
  private static boolean containsIgnoringCase(Set<String> names, String name) {
    for (String n : names) {
      if (n.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  private static String firstNonEmpty(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }
}
