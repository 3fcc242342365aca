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
 * been escaped. Atom text constructs of type xhtml or an XML type are markup by definition (RFC
 * 4287 §3.1.1.3, §4.1.3.3) and are left to the Atom reader.
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

  /** RFC 4287 §3.1 text constructs and content, with their Atom 0.3 names. */
  private static final Set<String> ATOM_TEXT =
      Set.of("title", "subtitle", "summary", "content", "rights", "tagline", "copyright", "info");

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
                  && ATOM_TEXT.contains(child.getName())
                  && markupAsText(child)
              : child.getNamespace().equals(Namespace.NO_NAMESPACE)
                  && RSS_TEXT.contains(child.getName());
      if (text && !child.getChildren().isEmpty()) {
        flatten(child, feedNs);
        if (atom) {
          markAsHtml(child, "0.3".equals(root.getAttributeValue("version")));
        }
      } else {
        escape(child, atom);
      }
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
