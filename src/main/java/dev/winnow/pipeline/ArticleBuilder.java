package dev.winnow.pipeline;

import dev.winnow.cluster.Article;
import dev.winnow.cluster.ArticleIds;
import dev.winnow.config.FeedSource;
import dev.winnow.config.FetchSettings;
import dev.winnow.extract.ArticleExtractor;
import dev.winnow.extract.ExtractedPage;
import dev.winnow.feed.FeedEntry;
import dev.winnow.fetch.ContentTypes;
import dev.winnow.fetch.FetchRequest;
import dev.winnow.fetch.FetchResult;
import dev.winnow.fetch.Fetcher;
import java.net.URI;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Joins a feed entry with its article page: fetches the page (links are untrusted, so the address
 * guard applies), extracts the body, and keeps whichever of page body and the feed's own content
 * says more.
 */
final class ArticleBuilder {
  private static final Logger LOG = LoggerFactory.getLogger(ArticleBuilder.class);
  private static final int SUMMARY_CHARS = 300;

  private final Fetcher fetcher;
  private final StageTimes times;
  private final ArticleExtractor extractor;
  private final FetchSettings settings;
  private final InstantSource clock;

  ArticleBuilder(
      Fetcher fetcher,
      ArticleExtractor extractor,
      FetchSettings settings,
      InstantSource clock,
      StageTimes times) {
    this.fetcher = fetcher;
    this.times = times;
    this.extractor = extractor;
    this.settings = settings;
    this.clock = clock;
  }

  Article build(FeedSource feed, FeedEntry entry) {
    ExtractedPage fromFeed =
        extractor.fragment(
            entry.contentHtml().isBlank() ? entry.summaryHtml() : entry.contentHtml());
    FetchedPage fetched = fetchPage(feed, entry.link());
    ExtractedPage page = fetched.page();
    // The page usually holds the full text; a feed with full content beats a thin or failed page.
    boolean usePage = page.wordCount() > 0 && page.wordCount() >= fromFeed.wordCount() * 0.8;
    ExtractedPage body = usePage ? page : fromFeed;
    URI url = urlOf(entry, fetched);
    String title = entry.title().isEmpty() ? page.title() : entry.title();
    Instant published =
        Objects.requireNonNullElse(
            entry.published(), Objects.requireNonNullElse(page.published(), clock.instant()));
    String summary = summaryOf(extractor.fragment(entry.summaryHtml()).text(), body.text());
    String id = entry.link() == null ? idWithoutLink(feed, entry) : ArticleIds.idOf(url);
    return new Article(
        id,
        url,
        feed.name(),
        title,
        summary,
        body.text(),
        body.html(),
        entry.author(),
        usePage ? "page" : "feed",
        published,
        clock.instant(),
        categoriesOf(feed, entry));
  }

  /** The category feeds.yml gives the feed, then the entry's own terms. */
  private static List<String> categoriesOf(FeedSource feed, FeedEntry entry) {
    List<String> categories = new ArrayList<>();
    if (!feed.category().isEmpty()) {
      categories.add(feed.category());
    }
    entry.categories().forEach(c -> categories.add(c.term()));
    return categories;
  }

  /** The extracted page and where the link led after redirects (feedproxy-style links). */
  private record FetchedPage(ExtractedPage page, URI finalUrl) {}

  private FetchedPage fetchPage(FeedSource feed, URI link) {
    if (link == null || !settings.fetchArticles()) {
      return new FetchedPage(ExtractedPage.EMPTY, link);
    }
    FetchResult result = fetcher.fetch(FetchRequest.article(link, settings.maxPageBytes()));
    if (result instanceof FetchResult.Fetched page) {
      String type = ContentTypes.mediaTypeOf(page.contentType());
      if (type.isEmpty() || type.contains("html")) {
        return new FetchedPage(
            times.timed(
                StageTimes.Stage.EXTRACT,
                () ->
                    extractor.extract(
                        page.body(),
                        page.declaredCharset().orElse(null),
                        page.finalUrl().toString())),
            page.finalUrl());
      }
      LOG.info(
          "feed '{}': article {} is {}, not HTML; using the feed's content",
          feed.name(),
          link,
          type);
    } else if (result instanceof FetchResult.Failed failed) {
      LOG.info(
          "feed '{}': article {}: {}; using the feed's content",
          feed.name(),
          link,
          failed.reason());
    }
    return new FetchedPage(ExtractedPage.EMPTY, link);
  }

  /**
   * The article's identity: the page's canonical URL if it is a form of the address the link led to
   * (see {@link ArticleIds#sameAddress}: a page may not claim another article, on its site or
   * another), else where the link led after redirects, so an article reached through a
   * feedproxy-style redirect and directly is one article.
   */
  private static URI urlOf(FeedEntry entry, FetchedPage fetched) {
    if (entry.link() == null) {
      // no link, not the feed's URL: that is not the article's address, and may hold a secret
      return null;
    }
    URI landed = fetched.finalUrl() != null ? fetched.finalUrl() : entry.link();
    URI canonical = fetched.page().canonicalUrl();
    boolean ownAddress =
        canonical != null
            && canonical.getHost() != null
            && ArticleIds.sameAddress(canonical, landed);
    return ArticleIds.canonical(ownAddress ? canonical : landed);
  }

  private static String idWithoutLink(FeedSource feed, FeedEntry entry) {
    return ArticleIds.idOf(feed.url() + "\u001f" + entry.key());
  }

  private static String summaryOf(String feedSummary, String body) {
    String text = feedSummary.isBlank() ? body.split("\n\n", 2)[0] : feedSummary;
    text = text.replaceAll("\\s+", " ").strip();
    if (text.length() <= SUMMARY_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', SUMMARY_CHARS);
    return text.substring(0, cut > 0 ? cut : SUMMARY_CHARS) + "…";
  }
}
