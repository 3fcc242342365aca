package dev.winnow.serve;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The few XML-writing steps the RSS and Atom writers share. */
final class Xml {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newInstance();

  private Xml() {}

  static XMLStreamWriter open(OutputStream out) throws XMLStreamException {
    XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    return xml;
  }

  static void close(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeEndDocument();
    xml.flush();
    xml.close();
  }

  static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(clean(value));
    xml.writeEndElement();
  }

  /** Drops characters XML 1.0 cannot carry (§2.2), which scraped text sometimes holds. */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(
            c ->
                c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF))
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
