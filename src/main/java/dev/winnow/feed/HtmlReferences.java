package dev.winnow.feed;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relative references inside HTML text (a description, an Atom html construct) made absolute, as
 * feedparser and browsers' readers do: a reader shows that HTML on another page, where "/a.jpg"
 * would point at the reader, not the publisher. Only the attributes HTML defines as URLs are
 * touched (HTML Living Standard's index of attributes); the text is scanned tag by tag, so the work
 * is linear in its length. Jsoup stays in extract/, and these few attributes need no DOM.
 */
final class HtmlReferences {
  private static final Pattern TAG = Pattern.compile("<[A-Za-z][^<>]*>");
  private static final Pattern URL_ATTRIBUTE =
      Pattern.compile(
          "(\\s(?:href|src|cite|poster|longdesc|background|action|usemap|codebase)\\s*=\\s*)"
              + "(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))",
          Pattern.CASE_INSENSITIVE);

  private HtmlReferences() {}

  /** The HTML with each URL attribute read against {@code base}; as it was when base is null. */
  static String resolved(String html, URI base) {
    if (base == null || html.indexOf('<') < 0) {
      return html;
    }
    Matcher tag = TAG.matcher(html);
    StringBuilder out = new StringBuilder(html.length() + 64);
    while (tag.find()) {
      tag.appendReplacement(out, Matcher.quoteReplacement(resolvedTag(tag.group(), base)));
    }
    tag.appendTail(out);
    return out.toString();
  }

  private static String resolvedTag(String tag, URI base) {
    Matcher attribute = URL_ATTRIBUTE.matcher(tag);
    StringBuilder out = new StringBuilder(tag.length() + 32);
    while (attribute.find()) {
      String value = attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
      value = value != null ? value : attribute.group(4);
      char quote = attribute.group(3) != null ? '\'' : '"';
      String absolute = XmlBase.resolve(base, value.strip());
      attribute.appendReplacement(
          out, Matcher.quoteReplacement(attribute.group(1) + quote + absolute + quote));
    }
    attribute.appendTail(out);
    return out.toString();
  }
}
