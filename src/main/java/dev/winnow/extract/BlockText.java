package dev.winnow.extract;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Reads the body's text blocks in document order: paragraphs, subheadings, list items, quotes. */
final class BlockText {

  private BlockText() {}

  /**
   * One block of body text.
   *
   * @param element where it came from, or null for text loose between blocks
   */
  record Block(String text, Element element) {
    private static final Set<String> KEPT_TAGS =
        Set.of("p", "pre", "li", "blockquote", "h2", "h3", "h4", "h5", "h6");

    /** Text as HTML character data (HTML Living Standard 13.1.3): only &, < and > need escaping. */
    private static void escapeInto(StringBuilder html, String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        switch (c) {
          case '&' -> html.append("&amp;");
          case '<' -> html.append("&lt;");
          case '>' -> html.append("&gt;");
          default -> html.append(c);
        }
      }
    }

    /**
     * The block as HTML built from its escaped text: safe by construction (no attributes, no
     * scripts, no URLs), which is what the Safelist cleaner would leave of a paragraph, at a
     * fraction of its cost. Inline links and emphasis are not kept.
     */
    void appendHtml(StringBuilder html) {
      String tag =
          element != null && KEPT_TAGS.contains(element.tagName()) ? element.tagName() : "p";
      html.append('<').append(tag).append('>');
      escapeInto(html, text);
      html.append("</").append(tag).append(">\n");
    }

    boolean isQuote() {
      return element != null
          && (element.tagName().equals("blockquote")
              || element.closest("blockquote") != null
              || ClassHints.hasNames(element)
                  && ClassHints.namesOf(element)
                      .toLowerCase(java.util.Locale.ROOT)
                      .contains("quote"));
    }
  }

  /** Blocks of plain text with paragraphs on separate lines (JSON-LD's articleBody). */
  static List<Block> fromPlainText(String text) {
    List<Block> blocks = new java.util.ArrayList<>();
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        blocks.add(new Block(line.strip(), null));
      }
    }
    return blocks;
  }

  /** Appends each kept block of {@code el}, in document order. */
  static void collect(Element el, String title, TextMetrics metrics, List<Block> blocks) {
    if (el.tagName().equals("h1")) {
      return; // the headline is the title, not the body
    }
    if (isDataRow(el, metrics)) {
      String text = el.text().strip(); // a table row reads as one line: label, value, note
      if (isKept(el, text, title, metrics)) {
        blocks.add(new Block(text, el));
      }
      return;
    }
    if (TextMetrics.TEXT_BLOCKS.contains(el.tagName()) && !metrics.hasTextBlockInside(el)) {
      String text = el.text().strip();
      if (isKept(el, text, title, metrics)) {
        blocks.add(new Block(text, el));
      }
      return;
    }
    StringBuilder loose = new StringBuilder();
    for (Node child : el.childNodes()) {
      if (child instanceof TextNode t) {
        loose.append(t.text());
      } else if (child instanceof Element c && !c.isBlock() && !metrics.hasTextBlockInside(c)) {
        loose.append(c.text());
      } else if (child instanceof Element c) {
        flushLoose(loose, blocks);
        collect(c, title, metrics, blocks);
      }
    }
    flushLoose(loose, blocks);
  }

  /** A row of plain cells (a table of data, not of layout: no blocks inside its cells). */
  static boolean isDataRow(Element el, TextMetrics metrics) {
    if (!el.tagName().equals("tr") || el.childrenSize() == 0) {
      return false;
    }
    for (Element cell : el.children()) {
      boolean isCell = cell.tagName().equals("td") || cell.tagName().equals("th");
      if (!isCell || metrics.hasTextBlockInside(cell)) {
        return false;
      }
    }
    return true;
  }

  private static void flushLoose(StringBuilder loose, List<Block> blocks) {
    String text = loose.toString().strip();
    if (text.length() >= BodyScorer.MIN_PARAGRAPH_CHARS) {
      blocks.add(new Block(text, null));
    }
    loose.setLength(0);
  }

  private static boolean isKept(Element el, String text, String title, TextMetrics metrics) {
    if (text.isEmpty() || text.equalsIgnoreCase(title)) {
      return false;
    }
    double links = metrics.linkDensity(el);
    String tag = el.tagName();
    if (tag.equals("li") || tag.equals("td") || tag.equals("dd") || tag.equals("tr")) {
      // A list of linked headlines is furniture; an item that says more than its link is prose.
      int ownText = (int) Math.round(text.length() * (1 - links));
      return (links < 0.3 && text.length() >= 2) || ownText >= 60;
    }
    return links <= 0.5 || text.length() > 200;
  }
}
