package dev.winnow.cluster;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;

/**
 * An article as the store's term index holds it: raw term counts, which the clusterer weighs.
 *
 * @param titleTf term counts of its title
 * @param textTf term counts of title, summary and body together
 * @param namesTf the participants' terms named in title and lead, with their mentions
 */
public record IndexedArticle(
    String articleId,
    String storyId,
    String outlet,
    Instant published,
    Map<String, Integer> titleTf,
    Map<String, Integer> textTf,
    Map<String, Integer> namesTf,
    TextSignature signature) {

  /** The maps are the caller's to give away: forty candidates an article are not copied again. */
  public IndexedArticle {
    titleTf = Collections.unmodifiableMap(titleTf);
    textTf = Collections.unmodifiableMap(textTf);
    namesTf = Collections.unmodifiableMap(namesTf);
  }
}
