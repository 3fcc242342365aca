package dev.winnow.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what is never part of an article body: scripts, media, form controls and hidden elements;
 * page-level navigation, asides and footers when they are a small part of the page; and, inside the
 * chosen body, blocks whose names mark them as furniture (share bars, related lists).
 */
final class BoilerplateFilter {
  private static final Set<String> NEVER_BODY =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "object",
          "embed",
          "svg",
          "canvas",
          "button",
          "input",
          "select",
          "textarea",
          "label",
          "dialog",
          "figure",
          "figcaption",
          "picture",
          "video",
          "audio",
          "img",
          "link",
          "meta");

  private static final Set<String> PAGE_FURNITURE =
      Set.of("nav", "aside", "footer", "header", "menu");
  private static final Set<String> FURNITURE_ROLES =
      Set.of("navigation", "banner", "contentinfo", "complementary");

  private BoilerplateFilter() {}

  /**
   * Removes what is never body, in one walk, and returns the page furniture found on the way, to be
   * judged by {@link #stripPageFurniture} once text lengths are known.
   */
  static List<Element> stripNeverBody(Element body, PageMetadata meta) {
    List<Element> furniture = new ArrayList<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element el)) {
              return FilterResult.CONTINUE;
            }
            meta.see(el);
            String tag = el.tagName();
            if (NEVER_BODY.contains(tag) || isHidden(el) || isConsentLayer(el)) {
              return FilterResult.REMOVE; // and its subtree is never visited
            }
            if (PAGE_FURNITURE.contains(tag) || FURNITURE_ROLES.contains(el.attr("role"))) {
              furniture.add(el);
            }
            return FilterResult.CONTINUE;
          }
        },
        body);
    return furniture;
  }

  /**
   * Cookie and consent notices, and anything shown as a modal dialog (WAI-ARIA: role dialog or
   * alertdialog, aria-modal): they sit over the page, never in the article, and their several
   * paragraphs of legal prose otherwise outscore a short or table-shaped body.
   */
  private static boolean isConsentLayer(Element el) {
    String role = el.attr("role");
    if (role.equals("dialog")
        || role.equals("alertdialog")
        || el.attr("aria-modal").equals("true")) {
      return true;
    }
    if (!el.hasAttr("class") && !el.hasAttr("id")) {
      return false;
    }
    // most names mention none of these: a plain search first, the pattern only for a candidate
    String names = (el.className() + " " + el.id()).toLowerCase(java.util.Locale.ROOT);
    for (String hint : CONSENT_HINTS) {
      if (names.contains(hint)) {
        return CONSENT.matcher(names).find();
      }
    }
    return false;
  }

  private static final List<String> CONSENT_HINTS =
      List.of(
          "cookie", "consent", "gdpr", "onetrust", "didomi", "truste", "usercentrics", "privacy");

  private static final java.util.regex.Pattern CONSENT =
      java.util.regex.Pattern.compile(
          "(^|[-_\\s])(cookies?(-?(banner|bar|notice|consent|layer|popup|wall|law))?|consent\\w*"
              + "|gdpr\\w*|onetrust\\w*|didomi\\w*|truste\\w*|cookiebot\\w*|usercentrics\\w*"
              + "|privacy-?(banner|notice|popup|manager))($|[-_\\s])",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  static void stripPageFurniture(List<Element> furniture, Element body, TextMetrics metrics) {
    int pageText = metrics.chars(body);
    for (Element el : furniture) {
      // A site that wraps its whole article in <header> or <aside> still gets an article.
      if (el.parent() != null && metrics.chars(el) < pageText / 3) {
        el.remove();
      }
    }
  }

  private static boolean isHidden(Element el) {
    if (el.attributesSize() == 0) {
      return false;
    }
    if (el.hasAttr("hidden") || "true".equals(el.attr("aria-hidden"))) {
      return true;
    }
    String style = el.attr("style");
    return !style.isEmpty()
        && style.toLowerCase(Locale.ROOT).replace(" ", "").contains("display:none");
  }

  /**
   * Inside the chosen body, names decide for what is small: a share bar or related box, not a
   * wrapper that holds most of the text whatever it is called ("elementor-widget-container").
   */
  static void stripWithin(Element container, TextMetrics metrics) {
    int total = metrics.chars(container);
    for (Element el : new ArrayList<>(container.getAllElements())) {
      if (el != container
          && el.parent() != null
          && ClassHints.hasNames(el)
          && ClassHints.isFurniture(el)
          && metrics.chars(el) < total * 0.6) {
        el.remove();
      }
    }
  }
}
