package dev.winnow.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about it. Names are only hints: they weigh candidate
 * containers, and remove furniture only inside the chosen body, never a page-wide wrapper that
 * happens to be called "sticky-wrapper" or "ad-margins".
 */
final class ClassHints {
  private static final Pattern FURNITURE =
      Pattern.compile(
          "(^|[-_\\s])(ads?|advert\\w*|sponsor\\w*|promo\\w*|share\\w*|sharing|social|related|trending"
              + "|popular|recommend\\w*|more-?stories|read-?more|readmore|next-?story|teaser|newsletter"
              + "|subscri\\w*|signup|comments?|comment-\\w+|reply|respond|author-?(box|bio|card|info)|bio"
              + "|breadcrumbs?|sidebar|widget|footer|masthead|menu|nav\\w*|tags?|tag-?list|caption"
              + "|credits?|highlights?|bullets?|pull-?quote|video|gallery|cookie|modal|popup|now-reading|toolbar"
              + "|byline|dateline|timestamp|meta|print|rating|disclaimer|outbrain|taboola|skip"
              + "|hidden|sr-only|visually-hidden|screen-reader-text|newsletter-\\w+)($|[-_\\s])",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern BODY =
      Pattern.compile(
          "(^|[-_\\s])(article|articlebody|article-?body|body|content|entry|main|post|story|text"
              + "|richtext|prose)($|[-_\\s])",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern CAMEL = Pattern.compile("([a-z])([A-Z])");

  private ClassHints() {}

  /**
   * Class, id, component and role, with camelCase split so "imageCaption" reads "image-Caption".
   */
  static String namesOf(Element el) {
    String names =
        el.className() + " " + el.id() + " " + el.attr("data-component") + " " + el.attr("role");
    return CAMEL.matcher(names).replaceAll("$1-$2");
  }

  /** Most elements carry no class, id or role; they need no pattern matching. */
  static boolean hasNames(Element el) {
    var a = el.attributes();
    return a.hasKey("class") || a.hasKey("id") || a.hasKey("data-component") || a.hasKey("role");
  }

  static boolean isFurniture(Element el) {
    String names = namesOf(el);
    return FURNITURE.matcher(names).find() && !BODY.matcher(names).find();
  }

  /** A multiplier for a container's score: 1.25 for body-like names, 0.3 for furniture names. */
  static double weight(Element el) {
    if (!hasNames(el) && !el.hasAttr("itemprop")) {
      return el.tagName().equals("article") ? 1.3 : 1.0;
    }
    String names = namesOf(el);
    if (el.tagName().equals("article")
        || el.hasAttr("itemprop") && el.attr("itemprop").equals("articleBody")) {
      return 1.3;
    }
    boolean furniture = FURNITURE.matcher(names).find();
    boolean body = BODY.matcher(names).find();
    if (furniture && !body) {
      return 0.3;
    }
    return body ? 1.25 : 1.0;
  }
}
