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
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Feed lists in OPML 2.0 (opml.org/spec2): every outline with an xmlUrl is a feed. */
public final class Opml {
  private Opml() {}

  /** The feeds of an OPML document; outlines nested in folders count too. */
  public static List<FeedSource> read(InputStream in) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      // An OPML file is a stranger's document: no DTDs, no external entities.
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setExpandEntityReferences(false);
      NodeList outlines = factory.newDocumentBuilder().parse(in).getElementsByTagName("outline");
      List<FeedSource> feeds = new ArrayList<>();
      for (int i = 0; i < outlines.getLength(); i++) {
        Element outline = (Element) outlines.item(i);
        String url = outline.getAttribute("xmlUrl").strip();
        if (url.isEmpty()) {
          continue;
        }
        String name = outline.getAttribute("title").strip();
        if (name.isEmpty()) {
          name = outline.getAttribute("text").strip();
        }
        try {
          feeds.add(
              FeedSource.fromYaml(
                  name.isEmpty() ? url : name, url, outline.getAttribute("category")));
        } catch (IllegalArgumentException skipped) {
          // an outline whose xmlUrl is not http(s) is not a feed winnow can poll
        }
      }
      return feeds;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("not a readable OPML file: " + e.getMessage(), e);
    }
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
