package dev.winnow.feed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Mends the breakages real feeds ship, for a second parse when the strict one failed:
 *
 * <ul>
 *   <li>HTML named entities ({@code &nbsp;}, {@code &rsquo;}) that XML does not define become
 *       character references; unknown names become literal text ({@code &amp;name;});
 *   <li>a DOCTYPE, with any internal subset, is removed, never read: its entities are not expanded,
 *       so a billion-laughs document stays a few bytes of text (one linear scan: {@link
 *       XmlText#withoutDoctypes});
 *   <li>a document cut just before the final {@code >} of its closing tag is closed;
 *   <li>namespace prefixes used but never declared are declared ({@link UnboundPrefixes}).
 * </ul>
 */
final class FeedRepair {
  private static final Pattern ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]{0,31});");

  private FeedRepair() {}

  /** "?a=1&b=2" in a link: an ampersand that starts no reference stands for itself. */
  private static final Pattern BARE_AMPERSAND =
      Pattern.compile("&(?!#[0-9]+;|#x[0-9A-Fa-f]+;|[A-Za-z][A-Za-z0-9]{0,31};)");

  /** "&#X41;": XML allows only a lower-case x in hexadecimal references (XML 1.0 §4.1). */
  private static final Pattern UPPERCASE_HEX_REFERENCE = Pattern.compile("&#X(?=[0-9A-Fa-f]+;)");

  static String repair(String xml) {
    String text = XmlText.withoutDoctypes(xml);
    text = UPPERCASE_HEX_REFERENCE.matcher(text).replaceAll("&#x");
    text = BARE_AMPERSAND.matcher(text).replaceAll("&amp;");
    text = replaceEntities(text);
    // an RSS document without <channel>: see FeedDocuments
    return UnboundPrefixes.declared(closeLastTag(text));
  }

  private static String replaceEntities(String xml) {
    Matcher m = ENTITY.matcher(xml);
    StringBuilder out = new StringBuilder(xml.length());
    while (m.find()) {
      String name = m.group(1);
      String replacement;
      if (name.equals("amp")
          || name.equals("lt")
          || name.equals("gt")
          || name.equals("quot")
          || name.equals("apos")) {
        replacement = m.group();
      } else if (Entities.isNamedEntity(name)) {
        StringBuilder refs = new StringBuilder();
        Entities.getByName(name).codePoints().forEach(c -> refs.append("&#").append(c).append(';'));
        replacement = refs.toString();
      } else {
        replacement = "&amp;" + name + ";";
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A document cut just before its final ">" ("…</rss") is closed. */
  private static String closeLastTag(String xml) {
    String trimmed = xml.stripTrailing();
    int lt = trimmed.lastIndexOf('<');
    boolean unclosed = lt >= 0 && trimmed.indexOf('>', lt) < 0 && trimmed.startsWith("</", lt);
    return unclosed ? trimmed + ">" : xml;
  }
}
