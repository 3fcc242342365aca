package dev.winnow.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes what is never part of an article body: scripts, navigation, forms, and blocks whose class
 * or id names a known kind of page furniture (share bars, related lists, comments, newsletters).
 */
final class BoilerplateFilter {
  private static final String NEVER_BODY =
      "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, input,"
          + " select, textarea, nav, header, footer, aside, menu, dialog, figure, figcaption,"
          + " [hidden], [aria-hidden=true], [role=navigation], [role=banner],"
          + " [role=contentinfo], [role=complementary], [role=dialog]";

  private static final Pattern FURNITURE =
      Pattern.compile(
          "(^|[-_\\s])(ad|ads|advert\\w*|sponsor\\w*|promo\\w*|share|sharing|social|related|trending"
              + "|popular|recommend\\w*|also|more-stories|read-?more|next-?story|teaser|newsletter"
              + "|subscribe|signup|comments?|reply|respond|author-?(box|bio|card)|bio|breadcrumbs?"
              + "|sidebar|widget|footer|masthead|menu|nav\\w*|tags?|caption|credit|highlights?"
              + "|pull-?quote|video|gallery|cookie|modal|popup|now-reading|sticky|toolbar)($|[-_\\s])",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern BODY_HINT =
      Pattern.compile(
          "(^|[-_\\s])(article|body|content|entry|main|post|story|text)($|[-_\\s])",
          Pattern.CASE_INSENSITIVE);

  private BoilerplateFilter() {}

  static void strip(Document doc) {
    doc.select(NEVER_BODY).remove();
    for (Element el : doc.body().select("*")) {
      if (el.parent() == null || el.tagName().equals("body") || el.tagName().equals("html")) {
        continue;
      }
      String names = el.className() + " " + el.id() + " " + el.attr("data-component");
      if (FURNITURE.matcher(names).find() && !isBodyContainer(el, names)) {
        el.remove();
      }
    }
  }

  /** "article-share" names furniture; "article-body" with a share class mixed in does not. */
  private static boolean isBodyContainer(Element el, String names) {
    return BODY_HINT.matcher(names).find() && el.select("p").size() >= 3;
  }
}
