package dev.winnow.serve;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The merged feed as Atom 1.0 (RFC 4287). */
final class AtomWriter {
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private AtomWriter() {}

  static byte[] write(FeedInfo info, List<StoryEntry> entries) throws XMLStreamException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XMLStreamWriter xml = Xml.open(out);
    xml.writeStartElement("feed");
    xml.writeDefaultNamespace(ATOM);
    Xml.text(
        xml, "id", info.feedUrl("feed.atom")); // RFC 4287 §4.2.6: permanent, universally unique
    Xml.text(xml, "title", info.title());
    Xml.text(xml, "updated", date(info.updated(entries)));
    link(xml, "self", info.feedUrl("feed.atom"), "application/atom+xml");
    link(xml, "alternate", info.baseUrl() + "/", "text/html");
    xml.writeStartElement("author"); // §4.1.1: a feed without entry authors needs one
    Xml.text(xml, "name", "winnow");
    xml.writeEndElement();
    Xml.text(xml, "generator", "winnow");
    for (StoryEntry entry : entries) {
      writeEntry(xml, entry);
    }
    xml.writeEndElement();
    Xml.close(xml);
    return out.toByteArray();
  }

  private static void writeEntry(XMLStreamWriter xml, StoryEntry entry) throws XMLStreamException {
    var story = entry.story();
    xml.writeStartElement("entry");
    Xml.text(xml, "id", entry.entryId());
    Xml.text(xml, "title", story.title());
    Xml.text(xml, "updated", date(story.updated()));
    Xml.text(xml, "published", date(story.published()));
    if (OutletList.isWebLink(story.link())) {
      link(xml, "alternate", story.link().toString(), "text/html");
    }
    for (String outlet : story.outlets()) {
      xml.writeStartElement("author");
      Xml.text(xml, "name", outlet);
      xml.writeEndElement();
    }
    for (String category : story.categories()) {
      xml.writeEmptyElement("category"); // RFC 4287 §4.2.2
      xml.writeAttribute("term", Xml.clean(category));
    }
    xml.writeStartElement("summary");
    xml.writeAttribute("type", "text");
    xml.writeCharacters(Xml.clean(story.summary()));
    xml.writeEndElement();
    xml.writeStartElement("content");
    xml.writeAttribute("type", "html");
    xml.writeCharacters(Xml.clean(OutletList.html(entry)));
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href, String type)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
  }

  /** RFC 3339 date-time, as §3.3 requires. */
  private static String date(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(
        instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
  }
}
