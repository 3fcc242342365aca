package dev.winnow.extract;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Finds the article body in a news page: removes page furniture, scores candidate containers by the
 * paragraphs they hold (text length, commas, link density) and keeps the best one. Jsoup stays
 * inside this package; callers get an {@link ExtractedPage}.
 */
public final class ArticleExtractor {
  private static final Safelist SAFE = Safelist.basic().removeTags("a").addTags("h2", "h3");

  /**
   * @param bytes the page as fetched
   * @param charset the charset from the HTTP header, or null to detect from BOM and meta charset
   * @param baseUri the page's URL, for resolving relative links
   */
  public ExtractedPage extract(byte[] bytes, Charset charset, String baseUri) {
    try {
      Document doc =
          Jsoup.parse(
              new java.io.ByteArrayInputStream(bytes),
              charset == null ? null : charset.name(),
              baseUri == null ? "" : baseUri);
      return extract(doc);
    } catch (java.io.IOException | RuntimeException e) {
      return ExtractedPage.EMPTY; // garbage in gives an empty result, never an escaping exception
    }
  }

  public ExtractedPage extractHtml(String html, String baseUri) {
    try {
      return extract(Jsoup.parse(html, baseUri == null ? "" : baseUri));
    } catch (RuntimeException e) {
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
      return ExtractedPage.EMPTY;
    }
  }

  private ExtractedPage extract(Document doc) {
    String title = PageMetadata.title(doc);
    var canonical = PageMetadata.canonical(doc);
    var published = PageMetadata.published(doc);
    var image = PageMetadata.image(doc);
    String byline = PageMetadata.byline(doc);
    String language = PageMetadata.language(doc);
    BoilerplateFilter.stripPage(doc);
    BreakParagraphs.wrap(doc);
    List<BlockText.Block> blocks = new ArrayList<>();
    for (Element container : BodyScorer.bodyContainers(doc)) {
      BoilerplateFilter.stripWithin(container);
      BlockText.collect(container, title, blocks);
    }
    PullQuotes.drop(blocks);
    List<String> texts = new ArrayList<>();
    StringBuilder html = new StringBuilder();
    for (BlockText.Block block : blocks) {
      texts.add(block.text());
      html.append(
              block.element() != null
                  ? block.element().outerHtml()
                  : "<p>" + Entities.escape(block.text()) + "</p>")
          .append('\n');
    }
    String safeHtml =
        new Cleaner(SAFE).clean(Jsoup.parseBodyFragment(html.toString())).body().html();
    return new ExtractedPage(
        title, String.join("\n\n", texts), safeHtml, byline, canonical, published, image, language);
  }
}
