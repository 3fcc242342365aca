package dev.winnow.serve;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The merged feed as RSS 2.0 (rssboard.org/rss-specification). */
final class RssWriter {
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private RssWriter() {}

  static byte[] write(FeedInfo info, List<StoryEntry> entries) throws XMLStreamException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XMLStreamWriter xml = Xml.open(out);
    xml.writeStartElement("rss");
    xml.writeAttribute("version", "2.0");
    xml.writeNamespace("atom", ATOM);
    xml.writeStartElement("channel");
    Xml.text(xml, "title", info.title());
    Xml.text(xml, "link", info.baseUrl() + "/");
    Xml.text(xml, "description", "One entry per story, naming every outlet that covered it.");
    Xml.text(xml, "lastBuildDate", date(info.updated(entries)));
    Xml.text(xml, "generator", "winnow");
    xml.writeEmptyElement("atom", "link", ATOM); // the RSS Advisory Board's recommended self link
    xml.writeAttribute("href", info.feedUrl("feed.xml"));
    xml.writeAttribute("rel", "self");
    xml.writeAttribute("type", "application/rss+xml");
    for (StoryEntry entry : entries) {
      writeItem(xml, entry);
    }
    xml.writeEndElement();
    xml.writeEndElement();
    Xml.close(xml);
    return out.toByteArray();
  }

  private static void writeItem(XMLStreamWriter xml, StoryEntry entry) throws XMLStreamException {
    var story = entry.story();
    xml.writeStartElement("item");
    Xml.text(xml, "title", story.title());
    if (OutletList.isWebLink(story.link())) {
      Xml.text(xml, "link", story.link().toString());
    }
    Xml.text(xml, "description", OutletList.html(entry));
    xml.writeStartElement("guid");
    xml.writeAttribute("isPermaLink", "false");
    xml.writeCharacters(entry.entryId());
    xml.writeEndElement();
    Xml.text(xml, "pubDate", date(story.updated()));
    for (String category : story.categories()) {
      Xml.text(xml, "category", category);
    }
    xml.writeEndElement();
  }

  /** RFC 822 dates with four-digit years, as RSS 2.0 asks. */
  private static String date(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
  }
}
