package dev.winnow.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Categories beyond RSS/Atom's own: Dublin Core subjects, iTunes categories and keywords, Media
 * RSS.
 */
final class RawCategories {
  /** Compared lower-cased: Apple's own documents spell it "DTDs/Podcast-1.0.dtd". */
  private static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";

  private static final String ITUNES_SCHEME = "http://www.itunes.com/";
  private static final String MEDIA_SCHEME = "http://search.yahoo.com/mrss/category_schema";

  private RawCategories() {}

  static List<FeedCategory> of(Element e) {
    List<FeedCategory> out = new ArrayList<>();
    for (Element child : RawFields.children(e, Set.of("subject", "category", "keywords"))) {
      String ns = child.getNamespaceURI().toLowerCase(Locale.ROOT);
      if (child.getName().equals("subject")) {
        add(out, child.getTextTrim(), "");
      } else if (ns.equals(ITUNES) && child.getName().equals("category")) {
        itunes(out, child);
      } else if (ns.equals(ITUNES) && child.getName().equals("keywords")) {
        for (String k : child.getTextTrim().split(",")) {
          add(out, k.strip(), ITUNES_SCHEME);
        }
      } else if (isAtom(child) && child.getName().equals("category")) {
        // RFC 4287 §4.2.2: the feed's own categories, as its entries' are
        add(
            out,
            child.getAttributeValue("term", child.getTextTrim()),
            child.getAttributeValue("scheme", ""));
      } else if (ns.contains("search.yahoo.com/mrss") && child.getName().equals("category")) {
        add(out, child.getTextTrim(), child.getAttributeValue("scheme", MEDIA_SCHEME));
      }
    }
    return out;
  }

  private static boolean isAtom(Element e) {
    Namespace ns = e.getNamespace();
    return ns.equals(FeedDocuments.ATOM_10) || ns.equals(FeedDocuments.ATOM_03);
  }

  /** iTunes categories nest: "Technology" holding "Gadgets". */
  private static void itunes(List<FeedCategory> out, Element category) {
    add(out, category.getAttributeValue("text", ""), ITUNES_SCHEME);
    for (Element sub : category.getChildren()) {
      if (sub.getName().equals("category")) {
        itunes(out, sub);
      }
    }
  }

  private static void add(List<FeedCategory> out, String term, String scheme) {
    if (!term.isBlank()) {
      out.add(new FeedCategory(term.strip(), scheme));
    }
  }

  /** iTunes' image (an href attribute), an image's url element, a Media RSS image, Atom's logo. */
  static String imageOf(Element e) {
    for (Element child : e.getChildren()) {
      boolean image = child.getName().equals("image");
      boolean imageLink =
          child.getName().equals("link") && "image".equals(child.getAttributeValue("rel"));
      if (image || imageLink || isMediaImage(child)) {
        for (String attribute : new String[] {"href", "url"}) {
          String value = child.getAttributeValue(attribute);
          if (value != null && !value.isBlank()) {
            return value.strip();
          }
        }
      }
    }
    // Atom's logo, else its icon (RFC 4287 §4.2.8, §4.2.5: the icon is the small square one)
    for (String atomImage : new String[] {"logo", "icon"}) {
      Element image = e.getChild(atomImage, e.getNamespace());
      if (image != null && !image.getTextTrim().isEmpty()) {
        return image.getTextTrim();
      }
    }
    return "";
  }

  /**
   * Media RSS's thumbnail, or its content when it says it is an image (medium="image" or an image
   * type; Media RSS 1.5.1, "media:content"), standing for the feed's picture where none is named.
   */
  private static boolean isMediaImage(Element e) {
    if (!e.getNamespaceURI().contains("search.yahoo.com/mrss")) {
      return false;
    }
    return e.getName().equals("thumbnail")
        || e.getName().equals("content")
            && ("image".equals(e.getAttributeValue("medium"))
                || e.getAttributeValue("type", "").startsWith("image/"));
  }
}
