package dev.winnow.feed;

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
 * definition (RFC 4287 §3.1.1.3) and is written out the same way.
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
    escapeUnder(root, atom, "0.3".equals(root.getAttributeValue("version")));
  }

  /** The draft flag is the document's (Atom 0.3 says so on its root only), not the element's. */
  private static void escapeUnder(Element parent, boolean atom, boolean draft) {
    Namespace feedNs = parent.getNamespace();
    for (Element child : List.copyOf(parent.getChildren())) {
      boolean text =
          atom
              ? child.getNamespace().equals(feedNs)
                  && FeedDocuments.TEXT_CONSTRUCTS.contains(child.getName())
                  && markupAsText(child)
              : isRssText(child);
      if (text && child.getChildren().isEmpty() && hasCdata(child)) {
        child.setText(child.getText()); // a CDATA section is only text (XML 1.0 §2.7)
      } else if (text && !child.getChildren().isEmpty()) {
        flatten(child, feedNs);
        if (atom) {
          markAsHtml(child, draft);
        }
      } else if (atom && child.getNamespace().equals(feedNs) && isXhtml(child, draft)) {
        xhtmlAsHtml(child, draft);
      } else {
        escapeUnder(child, atom, draft);
      }
    }
  }

  private static boolean hasCdata(Element e) {
    return e.getContent().stream().anyMatch(c -> c.getCType() == Content.CType.CDATA);
  }

  /**
   * RSS's text elements, and an item's XHTML {@code body} (the XHTML module for RSS, which
   * feedparser reads as the item's content).
   */
  private static boolean isRssText(Element e) {
    Namespace ns = e.getNamespace();
    return ns.equals(Namespace.NO_NAMESPACE) && RSS_TEXT.contains(e.getName())
        || e.getName().equals("body") && (ns.equals(XHTML) || ns.equals(Namespace.NO_NAMESPACE));
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
   * XHTML text as the HTML text the other types give (its links are resolved later, with all HTML
   * text, by {@link XmlBase}). Atom 1.0's wrapping div is only a container (RFC 4287 §3.1.1.3) and
   * goes; Atom 0.3 had none, so its div is content and stays.
   */
  private static void xhtmlAsHtml(Element e, boolean draft) {
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
