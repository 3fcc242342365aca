package dev.winnow.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Furniture left at the body's edges once the body is chosen: a toolbar's words before the first
 * paragraph ("WhatsApp Facebook Pin Download": a few words, no punctuation), and a photo credit
 * after the last ("Photo: Lena Ward / Agency": short, a credit's separator, no sentence end).
 * Inside the body such lines are left alone: only the edges are trimmed, and never to nothing.
 */
final class BodyEdges {
  private static final int TOOLBAR_WORDS = 8;
  private static final int MIN_CONTROLS = 3;
  private static final int CREDIT_WORDS = 12;
  private static final Pattern PUNCTUATION = Pattern.compile("[.,;:!?\"“”«»'’()]");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"”»’)]\\s*$");

  /**
   * A copyright sign, or a label then a photographer and an agency ("Photo: A / B"): "Source: X"
   * alone is content, and so is "29 November | 20 January".
   */
  private static final Pattern CREDIT_MARK = Pattern.compile("©|:[^/]*/");

  private BodyEdges() {}

  static void trim(List<BlockText.Block> blocks) {
    while (blocks.size() > 1 && isToolbar(blocks.get(0))) {
      blocks.remove(0);
    }
    while (blocks.size() > 1 && isCredit(blocks.get(blocks.size() - 1))) {
      blocks.remove(blocks.size() - 1);
    }
  }

  /**
   * A row of separate one- or two-word controls (links, buttons, spans), not a line of text: a
   * leading "Staff Reports" or "Pittsburgh" is the article's byline or dateline.
   */
  private static boolean isToolbar(BlockText.Block block) {
    String text = block.text();
    Element el = block.element();
    if (el == null
        || isHeading(block)
        || TextStats.words(text) > TOOLBAR_WORDS
        || PUNCTUATION.matcher(text).find()) {
      return false;
    }
    List<Element> controls = el.children();
    return controls.size() >= MIN_CONTROLS
        && controls.stream().allMatch(c -> TextStats.words(c.text()) <= 2)
        && controls.stream().mapToInt(c -> c.text().length()).sum() >= text.length() * 0.8;
  }

  private static boolean isCredit(BlockText.Block block) {
    String text = block.text();
    return !isHeading(block)
        && TextStats.words(text) <= CREDIT_WORDS
        && CREDIT_MARK.matcher(text).find()
        && !SENTENCE_END.matcher(text).find();
  }

  private static boolean isHeading(BlockText.Block block) {
    return block.element() != null && block.element().tagName().matches("h[2-6]");
  }
}
