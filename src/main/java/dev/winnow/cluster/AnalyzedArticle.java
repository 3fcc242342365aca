package dev.winnow.cluster;

import java.util.Map;

/**
 * An article analyzed once, for deduplication, clustering and indexing alike.
 *
 * @param titleTf how often each analyzed term occurs in the title
 * @param textTf the same over title, summary and body together
 * @param namesTf the participants named in its title and lead, as analyzed terms with their
 *     mentions there (see {@link Participants})
 * @param signature the MinHash signature of its text, to recognise a near-copy
 * @param contentHash the hash of its body text (see {@link ArticleIds#contentHashOf}), or null
 */
public record AnalyzedArticle(
    Article article,
    Map<String, Integer> titleTf,
    Map<String, Integer> textTf,
    Map<String, Integer> namesTf,
    TextSignature signature,
    String contentHash) {

  public AnalyzedArticle {
    titleTf = Map.copyOf(titleTf);
    textTf = Map.copyOf(textTf);
    namesTf = Map.copyOf(namesTf);
  }

  public Map<String, Integer> termCounts(TermField field) {
    return field == TermField.TITLE ? titleTf : textTf;
  }
}
