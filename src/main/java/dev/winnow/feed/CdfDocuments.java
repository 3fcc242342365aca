package dev.winnow.feed;

import java.util.Locale;
import org.jdom2.Element;

/**
 * Microsoft's Channel Definition Format (CHANNEL, ITEM, TITLE, ABSTRACT, HREF and LASTMOD
 * attributes), rewritten as the RSS 2.0 it amounts to, so one reader handles both.
 */
final class CdfDocuments {
  private CdfDocuments() {}

  static boolean isCdf(Element root) {
    return root.getName().equalsIgnoreCase("channel") && root.getNamespaceURI().isEmpty();
  }

  static Element toRss(Element cdf) {
    Element channel = fieldsOf(cdf, new Element("channel"), "lastBuildDate");
    for (Element item : cdf.getChildren()) {
      if (item.getName().equalsIgnoreCase("item")) {
        channel.addContent(fieldsOf(item, new Element("item"), "pubDate"));
      }
    }
    return new Element("rss").setAttribute("version", "2.0").addContent(channel);
  }

  private static Element fieldsOf(Element cdf, Element rss, String dateName) {
    rss.addContent(new Element("title").setText(childText(cdf, "title")));
    rss.addContent(new Element("description").setText(childText(cdf, "abstract")));
    String href = attribute(cdf, "href");
    if (!href.isEmpty()) {
      rss.addContent(new Element("link").setText(href));
    }
    String lastmod = attribute(cdf, "lastmod");
    if (!lastmod.isEmpty()) {
      rss.addContent(new Element(dateName).setText(lastmod));
      if (!dateName.equals("lastBuildDate")) {
        rss.addContent(new Element("lastBuildDate").setText(lastmod));
      }
    }
    return rss;
  }

  private static String childText(Element e, String name) {
    for (Element child : e.getChildren()) {
      if (child.getName().toLowerCase(Locale.ROOT).equals(name)) {
        return child.getTextTrim();
      }
    }
    return "";
  }

  private static String attribute(Element e, String name) {
    for (var a : e.getAttributes()) {
      if (a.getName().equalsIgnoreCase(name)) {
        return a.getValue().strip();
      }
    }
    return "";
  }
}
