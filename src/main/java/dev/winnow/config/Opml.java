package dev.winnow.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/** Feed lists in OPML 2.0 (opml.org/spec2): every outline with an xmlUrl is a feed. */
public final class Opml {
  private Opml() {}

  /**
   * What an OPML document lists.
   *
   * @param skipped each outline that is not a feed winnow can poll, with why ("name: reason")
   */
  public record Listed(List<FeedSource> feeds, List<String> skipped) {}

  /**
   * The feeds of an OPML document. Outlines nested in folders count too, and a folder's title
   * becomes the category of the feeds in it that name none (OPML 2.0 §"category" is the other way
   * to say it; readers' exports use folders).
   */
  public static Listed read(InputStream in) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      // An OPML file is a stranger's document: no DTDs, no external entities.
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setExpandEntityReferences(false);
      var builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null); // the error is reported once, as the exception below
      Element root = builder.parse(in).getDocumentElement();
      Listed listed = new Listed(new ArrayList<>(), new ArrayList<>());
      for (Element body : children(root, "body")) {
        walk(body, "", listed);
      }
      return new Listed(List.copyOf(listed.feeds()), List.copyOf(listed.skipped()));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("not a readable OPML file: " + e.getMessage(), e);
    }
  }

  private static void walk(Element parent, String folder, Listed listed) {
    for (Element outline : children(parent, "outline")) {
      String url = outline.getAttribute("xmlUrl").strip();
      String name = outline.getAttribute("title").strip();
      name = name.isEmpty() ? outline.getAttribute("text").strip() : name;
      List<Element> inside = children(outline, "outline");
      if (url.isEmpty()) {
        if (inside.isEmpty()) {
          listed.skipped().add((name.isEmpty() ? "an outline" : name) + ": no xmlUrl");
        }
        walk(outline, name.isEmpty() ? folder : name, listed);
        continue;
      }
      String category = outline.getAttribute("category").strip();
      try {
        listed
            .feeds()
            .add(
                FeedSource.fromYaml(
                    name.isEmpty() ? url : name, url, category.isEmpty() ? folder : category));
      } catch (IllegalArgumentException notPollable) {
        listed.skipped().add((name.isEmpty() ? url : name) + ": " + notPollable.getMessage());
      }
    }
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  public static void write(List<FeedSource> feeds, OutputStream out) throws IOException {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("opml");
      xml.writeAttribute("version", "2.0");
      xml.writeStartElement("head");
      xml.writeStartElement("title");
      xml.writeCharacters("winnow feeds");
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeStartElement("body");
      for (FeedSource feed : feeds) {
        xml.writeCharacters("\n  ");
        xml.writeEmptyElement("outline");
        xml.writeAttribute("type", "rss");
        xml.writeAttribute("text", feed.name());
        xml.writeAttribute("title", feed.name());
        xml.writeAttribute("xmlUrl", feed.url().toString());
        if (!feed.category().isEmpty()) {
          xml.writeAttribute("category", feed.category());
        }
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }
}
