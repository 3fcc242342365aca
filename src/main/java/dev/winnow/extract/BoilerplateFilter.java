package dev.winnow.extract;

import java.util.ArrayList;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes what is never part of an article body: scripts, media, form controls; page-level
 * navigation, asides and footers when they are a small part of the page; and, inside the chosen
 * body, blocks whose names mark them as furniture (share bars, related lists, ads, author boxes).
 */
final class BoilerplateFilter {
  private static final String NEVER_BODY =
      "script, style, noscript, template, iframe, object, embed, svg, canvas, button, input,"
          + " select, textarea, label, dialog, figure, figcaption, picture, video, audio, img,"
          + " [hidden], [aria-hidden=true], [style*=display:none], [style*=display: none]";

  private static final String PAGE_FURNITURE =
      "nav, aside, footer, header, menu, [role=navigation], [role=banner], [role=contentinfo],"
          + " [role=complementary]";

  private BoilerplateFilter() {}

  static void stripPage(Document doc) {
    doc.select(NEVER_BODY).remove();
    int pageText = doc.body().text().length();
    for (Element el : new ArrayList<>(doc.body().select(PAGE_FURNITURE))) {
      // A site that wraps its whole article in <header> or <aside> still gets an article.
      if (el.parent() != null && el.text().length() < pageText / 3) {
        el.remove();
      }
    }
  }

  /**
   * Inside the chosen body, names decide for what is small: a share bar or related box, not a
   * wrapper that holds most of the text whatever it is called ("elementor-widget-container").
   */
  static void stripWithin(Element container) {
    int total = container.text().length();
    for (Element el : new ArrayList<>(container.select("*"))) {
      if (el != container
          && el.parent() != null
          && ClassHints.isFurniture(el)
          && el.text().length() < total * 0.6) {
        el.remove();
      }
    }
  }
}
