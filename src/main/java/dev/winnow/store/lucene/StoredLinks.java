package dev.winnow.store.lucene;

import dev.winnow.cluster.ArticleLink;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A story's article links in its record, one stored value each: id, outlet, published millis, url
 * and title separated by U+001F, which XML 1.0 cannot carry, so no feed's text holds it. The title
 * comes last, so whatever it holds stays in it.
 */
final class StoredLinks {
  private static final char SEP = '\u001f';

  private StoredLinks() {}

  static String encode(ArticleLink link) {
    return String.join(
        String.valueOf(SEP),
        link.articleId(),
        link.outlet(),
        Long.toString(link.published().toEpochMilli()),
        link.url() == null ? "" : link.url().toString(),
        link.title());
  }

  static List<ArticleLink> decode(String[] stored) {
    List<ArticleLink> links = new ArrayList<>();
    for (String s : stored) {
      String[] f = s.split(String.valueOf(SEP), 5);
      if (f.length == 5) {
        links.add(
            new ArticleLink(
                f[0],
                f[1],
                f[4],
                f[3].isEmpty() ? null : URI.create(f[3]),
                Instant.ofEpochMilli(Long.parseLong(f[2]))));
      }
    }
    return links;
  }
}
