package dev.winnow.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Every relative reference in a feed made absolute against its base before Rome reads it: the
 * nearest xml:base, itself read against its parent's, and at the top the document's own address
 * (XML Base §4.2; RFC 4287 §2 applies it to all of Atom; RFC 3986 §5.1 for the document). Covered:
 * links and other IRI attributes, IRI-valued elements (Atom logo, icon, uri; RSS link, comments,
 * docs, url) and the links inside HTML text. An xml:base that is malformed or not http(s), such as
 * {@code javascript:}, is ignored and the parent's base stays in force, as feedparser does.
 */
final class XmlBase {
  private static final Set<String> IRI_ATTRIBUTES = Set.of("href", "src", "uri", "url");
  private static final Set<String> IRI_ELEMENTS =
      Set.of("logo", "icon", "uri", "url", "link", "comments", "docs");
  private static final Set<String> RSS_HTML =
      Set.of("title", "description", "encoded", "fullitem", "body");

  private XmlBase() {}

  /** Resolves the references under {@code root}; {@code document} is its address, or null. */
  static void resolveAll(Element root, URI document, boolean atom) {
    resolveUnder(root, web(document) ? document : null, atom);
  }

  private static void resolveUnder(Element e, URI parentBase, boolean atom) {
    URI base = baseOf(e, parentBase);
    if (base != null) {
      for (String name : IRI_ATTRIBUTES) {
        String value = e.getAttributeValue(name);
        if (value != null && !value.isBlank()) {
          e.setAttribute(name, resolve(base, value.strip()));
        }
      }
      if (e.getChildren().isEmpty()) {
        if (holdsHtml(e, atom)) {
          e.setText(HtmlReferences.resolved(e.getText(), base));
        } else if (IRI_ELEMENTS.contains(e.getName()) && !e.getTextTrim().isEmpty()) {
          e.setText(resolve(base, e.getTextTrim()));
        }
      }
    }
    for (Element child : e.getChildren()) {
      resolveUnder(child, base, atom);
    }
  }

  /** The element's own xml:base read against its parent's, when it is a usable web address. */
  private static URI baseOf(Element e, URI parentBase) {
    String written = e.getAttributeValue("base", Namespace.XML_NAMESPACE);
    if (written == null || written.isBlank()) {
      return parentBase;
    }
    try {
      URI own = new URI(written.strip());
      URI resolved = parentBase == null ? own : parentBase.resolve(own);
      return web(resolved) ? resolved : parentBase;
    } catch (URISyntaxException | IllegalArgumentException malformed) {
      return parentBase;
    }
  }

  /** Atom text constructs typed as HTML (RFC 4287 §3.1.1.2); RSS's text, which may be HTML. */
  private static boolean holdsHtml(Element e, boolean atom) {
    if (!atom) {
      return RSS_HTML.contains(e.getName());
    }
    String type = e.getAttributeValue("type", "").toLowerCase(Locale.ROOT);
    return FeedDocuments.TEXT_CONSTRUCTS.contains(e.getName())
        && (type.equals("html")
            || type.equals("text/html")
            || "escaped".equals(e.getAttributeValue("mode")));
  }

  /** The reference read against the base; as written when it is not a URI reference. */
  static String resolve(URI base, String reference) {
    if (reference.isEmpty()) {
      return base
          .toString(); // the base itself (RFC 3986 §5.4); URI.resolve would drop its last segment
    }
    try {
      return base.resolve(new URI(reference)).toString();
    } catch (URISyntaxException | IllegalArgumentException notAReference) {
      return reference;
    }
  }

  private static boolean web(URI uri) {
    if (uri == null || uri.getHost() == null) {
      return false;
    }
    String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https");
  }
}
