package dev.winnow.feed;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Namespace prefixes a feed uses without declaring them ({@code <dc:creator>} with no {@code
 * xmlns:dc}): not well-formed under Namespaces in XML §5, yet the meaning is plain and readers
 * recover. Each such prefix is declared on the root element, with the namespace the prefix always
 * names in feeds where it is one of the well-known modules, else a namespace of its own.
 */
final class UnboundPrefixes {
  /** The modules feeds use, by the prefix their specifications give them. */
  private static final Map<String, String> KNOWN =
      Map.of(
          "dc", "http://purl.org/dc/elements/1.1/",
          "dcterms", "http://purl.org/dc/terms/",
          "content", "http://purl.org/rss/1.0/modules/content/",
          "media", "http://search.yahoo.com/mrss/",
          "atom", "http://www.w3.org/2005/Atom",
          "itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd",
          "slash", "http://purl.org/rss/1.0/modules/slash/",
          "wfw", "http://wellformedweb.org/CommentAPI/",
          "sy", "http://purl.org/rss/1.0/modules/syndication/",
          "georss", "http://www.georss.org/georss");

  /** A prefixed element or attribute name: linear, no backtracking over the document. */
  private static final Pattern PREFIXED =
      Pattern.compile("[<\\s/]([A-Za-z_][\\w.-]{0,63}):[A-Za-z_]");

  private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w.:-]{0,127})");

  /** More distinct prefixes than this is no feed: the rest are left as written. */
  private static final int MAX_PREFIXES = 64;

  private UnboundPrefixes() {}

  /** Whether the prefix needs a declaration: used, reserved neither, declared nowhere. */
  private static boolean undeclared(String xml, String prefix) {
    return !prefix.equals("xml")
        && !prefix.equals("xmlns")
        && !xml.contains("xmlns:" + prefix + "=");
  }

  static String declared(String xml) {
    Set<String> seen = new HashSet<>();
    Set<String> unbound = new LinkedHashSet<>();
    Matcher m = PREFIXED.matcher(xml);
    while (m.find()) {
      String prefix = m.group(1);
      // each distinct prefix looked up once: the document is scanned a bounded number of times
      if (seen.add(prefix) && seen.size() <= MAX_PREFIXES && undeclared(xml, prefix)) {
        unbound.add(prefix);
      }
    }
    Matcher root = ROOT.matcher(xml);
    if (unbound.isEmpty() || !root.find()) {
      return xml;
    }
    StringBuilder declarations = new StringBuilder();
    for (String prefix : unbound) {
      String uri = KNOWN.getOrDefault(prefix, "urn:winnow:undeclared:" + prefix);
      declarations.append(" xmlns:").append(prefix).append("=\"").append(uri).append('"');
    }
    return xml.substring(0, root.end()) + declarations + xml.substring(root.end());
  }
}
