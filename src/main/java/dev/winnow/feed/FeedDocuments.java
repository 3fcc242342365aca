package dev.winnow.feed;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.input.SAXBuilder;

/**
 * Reads a feed document safely (no DOCTYPE, so no entity expansion) and straightens what real feeds
 * get wrong before Rome reads it: Atom 0.3 under a draft namespace or none, RSS under a namespace
 * or an unknown version, and base64-encoded Atom text constructs.
 */
final class FeedDocuments {
  static final Namespace ATOM_03 = Namespace.getNamespace("http://purl.org/atom/ns#");
  static final Namespace ATOM_10 = Namespace.getNamespace("http://www.w3.org/2005/Atom");

  /** RFC 4287 §3.1 text constructs and content, with their Atom 0.3 names. */
  static final Set<String> TEXT_CONSTRUCTS =
      Set.of("title", "subtitle", "summary", "content", "rights", "tagline", "copyright", "info");

  private static final Set<String> TEXT_TYPES = Set.of("text", "html", "xhtml", "escaped", "xml");

  private FeedDocuments() {}

  static Document parse(String xml) throws JDOMException, IOException {
    SAXBuilder builder = new SAXBuilder();
    builder.setExpandEntities(false);
    builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return builder.build(new StringReader(xml));
  }

  /** Straightens the document; {@code address} is where it was read from, or null. */
  static void normalize(Document doc, java.net.URI address) {
    Element root = doc.getRootElement();
    if (CdfDocuments.isCdf(root)) {
      doc.setRootElement(CdfDocuments.toRss(root));
    } else if (root.getName().equals("RDF")
        && root.getChildren().stream().noneMatch(c -> c.getName().equals("channel"))) {
      // RSS 0.90/1.0 requires a channel; an RDF document without one is an empty feed
      Namespace rss = root.getNamespace("");
      root.addContent(0, new Element("channel", rss == null ? Namespace.NO_NAMESPACE : rss));
    } else if (root.getName().equals("feed")) {
      boolean draft = "0.3".equals(root.getAttributeValue("version"));
      Namespace wanted = draft ? ATOM_03 : ATOM_10;
      String uri = root.getNamespaceURI();
      if (!uri.equals(ATOM_03.getURI()) && !uri.equals(ATOM_10.getURI())) {
        renamespace(root, root.getNamespace(), wanted);
      }
      decodeBase64(root, draft);
      NakedMarkup.escape(root, true);
    } else if (root.getName().equals("rss")) {
      if (!root.getNamespaceURI().isEmpty()) {
        renamespace(root, root.getNamespace(), Namespace.NO_NAMESPACE);
      }
      String version = root.getAttributeValue("version", "2.0");
      if (version.startsWith("2.") && !version.equals("2.0")) {
        root.setAttribute("version", "2.0"); // RSS 2.0.1 and the like: 2.0 as Rome knows it
      }
      wrapInChannel(root);
      NakedMarkup.escape(root, false);
    }
    Element straightened = doc.getRootElement();
    XmlBase.resolveAll(straightened, address, straightened.getName().equals("feed"));
  }

  /**
   * RSS requires one channel holding the items (RSS 2.0, "Required channel elements"); a document
   * that puts them straight under {@code <rss>} means the same feed, so they are moved into one.
   */
  private static void wrapInChannel(Element rss) {
    if (rss.getChild("channel") != null) {
      return;
    }
    Element channel = new Element("channel");
    channel.addContent(rss.removeContent());
    rss.addContent(channel);
  }

  private static void renamespace(Element e, Namespace from, Namespace to) {
    if (e.getNamespace().equals(from)) {
      e.setNamespace(to);
    }
    for (Element child : e.getChildren()) {
      renamespace(child, from, to);
    }
  }

  /**
   * Atom 0.3's mode="base64", and Atom 1.0 text whose type is neither text, HTML, XHTML, XML nor
   * text/* (RFC 4287 §4.1.3.3: such content is base64), decoded to the escaped text it encodes.
   */
  private static void decodeBase64(Element e, boolean draft) {
    for (Element child : e.getChildren()) {
      String mode = child.getAttributeValue("mode", "");
      String type = child.getAttributeValue("type", "").toLowerCase(Locale.ROOT);
      boolean binaryType =
          !type.isEmpty()
              && !TEXT_TYPES.contains(type)
              && !type.startsWith("text/")
              && !type.endsWith("+xml")
              && !type.endsWith("/xml");
      boolean atom =
          child.getNamespace().equals(e.getDocument().getRootElement().getNamespace())
              && TEXT_CONSTRUCTS.contains(child.getName());
      if (atom && (mode.equals("base64") || binaryType) && child.getChildren().isEmpty()) {
        try {
          byte[] bytes = Base64.getDecoder().decode(child.getText().replaceAll("\\s+", ""));
          child.setText(new String(bytes, StandardCharsets.UTF_8));
          if (draft) {
            child.setAttribute("type", "text/html").setAttribute("mode", "escaped");
          } else {
            child.setAttribute("type", "html");
          }
        } catch (IllegalArgumentException notBase64) {
          // leave it as written
        }
      }
      decodeBase64(child, draft);
    }
  }
}
