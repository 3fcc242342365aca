package dev.winnow.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Old templates write paragraphs as text separated by {@code <br><br>}; this wraps each run of such
 * text in a {@code <p>} so the scorer sees paragraphs as it does in modern markup.
 */
final class BreakParagraphs {
  private BreakParagraphs() {}

  /**
   * Also reads a div that holds only inline content as a paragraph, as Readability does: many sites
   * write one div per paragraph.
   */
  static void wrap(Element body) {
    List<Element> brs = new ArrayList<>();
    for (Element el : body.getAllElements()) {
      String tag = el.tagName();
      if (tag.equals("br")) {
        brs.add(el);
      } else if (tag.equals("div") && !hasBlockChild(el) && el.hasText()) {
        el.tagName("p");
      }
    }
    for (Element br : brs) {
      Element parent = br.parent();
      if (parent != null && !parent.tagName().equals("p") && hasLooseText(parent)) {
        wrapChildren(parent);
      }
    }
  }

  private static boolean hasBlockChild(Element el) {
    for (Element c = el.firstElementChild(); c != null; c = c.nextElementSibling()) {
      if (c.isBlock()) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLooseText(Element el) {
    for (TextNode text : el.textNodes()) {
      if (text.text().strip().length() > 20) {
        return true;
      }
    }
    return false;
  }

  private static void wrapChildren(Element parent) {
    List<Node> run = new ArrayList<>();
    for (Node child : new ArrayList<>(parent.childNodes())) {
      boolean isBreak = child instanceof Element el && (el.tagName().equals("br") || el.isBlock());
      if (isBreak) {
        flush(run);
        if (child instanceof Element el && el.tagName().equals("br")) {
          child.remove();
        }
      } else {
        run.add(child);
      }
    }
    flush(run);
  }

  private static void flush(List<Node> run) {
    boolean hasText =
        run.stream().anyMatch(n -> n instanceof TextNode t ? !t.isBlank() : n instanceof Element);
    if (hasText) {
      Element p = new Element("p");
      run.get(0).before(p);
      for (Node node : run) {
        p.appendChild(node);
      }
    }
    run.clear();
  }
}
