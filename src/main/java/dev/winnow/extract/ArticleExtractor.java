package dev.winnow.extract;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the article body in a news page: removes page furniture, scores candidate containers by the
 * paragraphs they hold (text length, commas, link density) and keeps the best one. Jsoup stays
 * inside this package; callers get an {@link ExtractedPage}.
 */
public final class ArticleExtractor {
  private static final Logger LOG = LoggerFactory.getLogger(ArticleExtractor.class);

  /** Larger than any article page; the fetcher's own cap (fetch.max_page_bytes) is lower. */
  public static final int MAX_PAGE_BYTES = 32 << 20;

  private static final Safelist SAFE = Safelist.basic().removeTags("a").addTags("h2", "h3");

  /**
   * @param bytes the page as fetched
   * @param charset the charset from the HTTP header, or null to detect from BOM and meta charset
   * @param baseUri the page's URL, for resolving relative links
   */
  public ExtractedPage extract(byte[] bytes, Charset charset, String baseUri) {
    if (bytes.length > MAX_PAGE_BYTES) {
      return ExtractedPage.EMPTY;
    }
    try {
      Document doc =
          Jsoup.parse(
              new java.io.ByteArrayInputStream(bytes),
              charset == null ? null : charset.name(),
              baseUri == null ? "" : baseUri);
      return extract(doc);
    } catch (java.io.IOException | RuntimeException e) {
      // garbage in gives an empty result, never an escaping exception; a bug still says so
      LOG.warn("page {}: not extracted: {}", baseUri, e.toString());
      return ExtractedPage.EMPTY;
    }
  }

  public ExtractedPage extractHtml(String html, String baseUri) {
    try {
      return extract(Jsoup.parse(html, baseUri == null ? "" : baseUri));
    } catch (RuntimeException e) {
      LOG.warn("page {}: not extracted: {}", baseUri, e.toString());
      return ExtractedPage.EMPTY;
    }
  }

  /**
   * The text of an HTML fragment from a feed (a summary or content:encoded), paragraphs kept: no
   * boilerplate detection, since a feed's content is the article's own.
   */
  public ExtractedPage fragment(String html) {
    if (html == null || html.isBlank()) {
      return ExtractedPage.EMPTY;
    }
    try {
      Document doc = Jsoup.parseBodyFragment(html);
      doc.select("script, style, iframe, object, embed, form, figure, figcaption").remove();
      BreakParagraphs.wrap(doc);
      List<String> texts = new ArrayList<>();
      for (Element block : doc.body().select("p, li, blockquote, pre, h2, h3")) {
        if (!block.text().isBlank()
            && block.parents().stream().noneMatch(a -> a.tagName().equals("p"))) {
          texts.add(block.text().strip());
        }
      }
      String text = texts.isEmpty() ? doc.body().text().strip() : String.join("\n\n", texts);
      String safe = new Cleaner(SAFE).clean(doc).body().html();
      return new ExtractedPage("", text, safe, "", null, null, null, "");
    } catch (RuntimeException e) {
      LOG.warn("feed content not read: {}", e.toString());
      return ExtractedPage.EMPTY;
    }
  }

  /**
   * The JSON-LD body wins only when it says far more than the markup did: then the markup was
   * split, lazy-loaded or script-rendered. A shorter JSON-LD body is usually a teaser.
   */
  private static boolean isMuchLonger(String structured, List<BlockText.Block> blocks) {
    if (structured.isEmpty()) {
      return false;
    }
    int extracted = 0;
    for (BlockText.Block block : blocks) {
      extracted += TextStats.words(block.text());
    }
    return TextStats.words(structured) > 2 * extracted + 50;
  }

  private ExtractedPage extract(Document doc) {
    PageMetadata meta = new PageMetadata(doc);
    List<Element> furniture = BoilerplateFilter.stripNeverBody(doc.body(), meta);
    String title = meta.title();
    String structuredBody = JsonLd.articleBody(meta.jsonLd());
    BreakParagraphs.wrap(doc.body());
    // Counted once: ancestors of furniture removed next keep its (mostly link) text counted.
    TextMetrics metrics = new TextMetrics(doc.body());
    BoilerplateFilter.stripPageFurniture(furniture, doc.body(), metrics);
    List<BlockText.Block> blocks = new ArrayList<>();
    for (Element container : BodyScorer.bodyContainers(doc, metrics)) {
      BoilerplateFilter.stripWithin(container, metrics);
      BlockText.collect(container, title, metrics, blocks);
    }
    PullQuotes.drop(blocks);
    BodyEdges.trim(blocks);
    if (isMuchLonger(structuredBody, blocks)) {
      blocks = BlockText.fromPlainText(structuredBody);
    }
    List<String> texts = new ArrayList<>();
    StringBuilder safeHtml = new StringBuilder();
    for (BlockText.Block block : blocks) {
      texts.add(block.text());
      block.appendHtml(safeHtml);
    }
    return new ExtractedPage(
        title,
        String.join("\n\n", texts),
        safeHtml.toString(),
        meta.byline(),
        meta.canonical(),
        meta.published(),
        meta.image(),
        meta.language());
  }
}
