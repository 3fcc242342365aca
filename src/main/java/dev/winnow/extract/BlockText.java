package dev.winnow.extract;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Reads the body's text blocks in document order: paragraphs, subheadings, list items, quotes. */
final class BlockText {
  private static final Set<String> TEXT_BLOCKS =
      Set.of("p", "pre", "li", "dd", "dt", "td", "th", "h2", "h3", "h4", "h5", "h6", "blockquote");

  private BlockText() {}

  /**
   * One block of body text.
   *
   * @param element where it came from, or null for text loose between blocks
   */
  record Block(String text, Element element) {
    boolean isQuote() {
      return element != null
          && (element.tagName().equals("blockquote")
              || element.closest("blockquote") != null
              || ClassHints.namesOf(element).toLowerCase(java.util.Locale.ROOT).contains("quote"));
    }
  }

  /** Appends each kept block of {@code el}, in document order. */
  static void collect(Element el, String title, List<Block> blocks) {
    if (TEXT_BLOCKS.contains(el.tagName()) && !hasTextBlockInside(el)) {
      String text = el.text().strip();
      if (isKept(el, text, title)) {
        blocks.add(new Block(text, el));
      }
      return;
    }
    StringBuilder loose = new StringBuilder();
    for (Node child : el.childNodes()) {
      if (child instanceof TextNode t) {
        loose.append(t.text());
      } else if (child instanceof Element c && !c.isBlock() && !hasTextBlockInside(c)) {
        loose.append(c.text());
      } else if (child instanceof Element c) {
        flushLoose(loose, blocks);
        collect(c, title, blocks);
      }
    }
    flushLoose(loose, blocks);
  }

  private static void flushLoose(StringBuilder loose, List<Block> blocks) {
    String text = loose.toString().strip();
    if (text.length() >= BodyScorer.MIN_PARAGRAPH_CHARS) {
      blocks.add(new Block(text, null));
    }
    loose.setLength(0);
  }

  private static boolean hasTextBlockInside(Element el) {
    for (Element d : el.getAllElements()) {
      if (d != el && (TEXT_BLOCKS.contains(d.tagName()) || d.tagName().equals("div"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isKept(Element el, String text, String title) {
    if (text.isEmpty() || text.equalsIgnoreCase(title)) {
      return false;
    }
    double links = BodyScorer.linkDensity(el);
    String tag = el.tagName();
    if (tag.equals("li") || tag.equals("td") || tag.equals("dd")) {
      // A list of linked headlines is furniture; an item that says more than its link is prose.
      int ownText = (int) Math.round(text.length() * (1 - links));
      return (links < 0.3 && text.length() >= 2) || ownText >= 60;
    }
    return links <= 0.5 || text.length() > 200;
  }
}
