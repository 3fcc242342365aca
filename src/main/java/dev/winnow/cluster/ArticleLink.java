package dev.winnow.cluster;

import java.net.URI;
import java.time.Instant;

/** What a story lists of one of its articles: enough to print a link, none of its text. */
public record ArticleLink(
    String articleId, String outlet, String title, URI url, Instant published) {

  public static ArticleLink of(Article a) {
    return new ArticleLink(a.id(), a.outlet(), a.title(), a.url(), a.published());
  }
}
