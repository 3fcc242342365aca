package dev.winnow.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdom2.Content;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.Text;
import org.jdom2.filter.Filters;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * Markup written straight into a text element instead of escaped: {@code
 * <description><p>…</p></description>}, {@code <title>Example <b>bold</b></title>}. RSS 2.0 says
 * such text is entity-encoded HTML, yet feeds write it bare, and readers (browsers', feedparser)
 * take it as the HTML it is; a parser reading text nodes only would keep what comes before the
 * first child, or nothing. Each such element's content becomes the text of its markup, as if it had
 * been escaped. Atom's XHTML text (type xhtml; Atom 0.3's application/xhtml+xml) is markup by
 * definition (RFC 4287 §3.1.1.3) and is written out the same way, its links resolved first.
 */
final class NakedMarkup {
  /** RSS elements whose content is text, or HTML as text. */
  private static final Set<String> RSS_TEXT =
      Set.of(
          "title",
          "description",
          "author",
          "category",
          "guid",
          "copyright",
          "managingEditor",
          "webMaster");

  private static final Namespace XHTML = Namespace.getNamespace("http://www.w3.org/1999/xhtml");
  private static final XMLOutputter MARKUP =
      new XMLOutputter(Format.getRawFormat().setOmitDeclaration(true));

  private NakedMarkup() {}

  /** Flattens the naked markup of every text element under {@code root} (a feed's root). */
  static void escape(Element root, boolean atom) {
    Namespace feedNs = root.getNamespace();
    for (Element child : List.copyOf(root.getChildren())) {
      boolean text =
          atom
              ? child.getNamespace().equals(feedNs)
                  && FeedDocuments.TEXT_CONSTRUCTS.contains(child.getName())
                  && markupAsText(child)
              : child.getNamespace().equals(Namespace.NO_NAMESPACE)
                  && RSS_TEXT.contains(child.getName());
      boolean draft = "0.3".equals(root.getAttributeValue("version"));
      if (text && !child.getChildren().isEmpty()) {
        flatten(child, feedNs);
        if (atom) {
          markAsHtml(child, draft);
        }
      } else if (atom && child.getNamespace().equals(feedNs) && isXhtml(child, draft)) {
        xhtmlAsHtml(child, draft);
      } else {
        escape(child, atom);
      }
    }
  }

  /** Atom 1.0's xhtml text, or Atom 0.3's inline XHTML (its mode, xml, is the default). */
  private static boolean isXhtml(Element e, boolean draft) {
    if (!FeedDocuments.TEXT_CONSTRUCTS.contains(e.getName())) {
      return false;
    }
    String type = e.getAttributeValue("type", "").toLowerCase(Locale.ROOT);
    String mode = e.getAttributeValue("mode", "xml");
    return draft
        ? type.equals("application/xhtml+xml") && mode.equals("xml")
        : type.equals("xhtml");
  }

  /**
   * XHTML text as the HTML text the other types give: links and images made absolute against their
   * xml:base (XML Base §4.2, resolved while the markup is still elements), then written out. Atom
   * 1.0's wrapping div is only a container (RFC 4287 §3.1.1.3) and goes; Atom 0.3 had none, so its
   * div is content and stays.
   */
  private static void xhtmlAsHtml(Element e, boolean draft) {
    for (Element child : e.getDescendants(Filters.element())) {
      for (String attribute : List.of("href", "src")) {
        String value = child.getAttributeValue(attribute);
        if (value != null) {
          child.setAttribute(attribute, resolved(child, value));
        }
      }
    }
    List<Element> children = e.getChildren();
    boolean wrapped =
        !draft
            && children.size() == 1
            && children.get(0).getName().equals("div")
            && e.getTextTrim().isEmpty();
    Element holder = wrapped ? children.get(0) : e;
    flatten(holder, e.getNamespace());
    if (wrapped) {
      String markup = holder.getText();
      e.removeContent();
      e.addContent(new Text(markup));
    }
    markAsHtml(e, draft);
  }

  private static String resolved(Element e, String reference) {
    try {
      URI base = e.getXMLBaseURI();
      return base == null || !base.isAbsolute() ? reference : base.resolve(reference).toString();
    } catch (URISyntaxException | IllegalArgumentException notAUri) {
      return reference;
    }
  }

  /** Atom text of type text or html (the default is text); not xhtml, not an XML type. */
  private static boolean markupAsText(Element e) {
    String type = e.getAttributeValue("type", "text").toLowerCase(Locale.ROOT);
    return type.equals("text") || type.equals("html") || type.equals("text/html");
  }

  /**
   * The element's content as the text of its markup. Child elements in the XHTML namespace, or in
   * the feed's own (where they inherited its default namespace), are the HTML they look like, and
   * are written without a namespace.
   */
  private static void flatten(Element e, Namespace feedNs) {
    for (Element child : e.getDescendants(Filters.element())) {
      Namespace ns = child.getNamespace();
      if (ns.equals(XHTML) || ns.equals(feedNs)) {
        child.setNamespace(Namespace.NO_NAMESPACE);
      }
    }
    List<Content> content = List.copyOf(e.getContent());
    String markup = MARKUP.outputString(content);
    e.removeContent();
    e.addContent(new Text(markup));
  }

  /** Atom 1.0 says html; Atom 0.3 a MIME type and the escaped mode. */
  private static void markAsHtml(Element e, boolean draft) {
    if (draft) {
      e.setAttribute("type", "text/html").setAttribute("mode", "escaped");
    } else {
      e.setAttribute("type", "html");
    }
  }
}
