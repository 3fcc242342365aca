package dev.winnow.store.lucene;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.winnow.cluster.IndexedArticle;
import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;

/**
 * Candidates as decoded from the index, kept by segment and document: a segment never changes (an
 * article that moves to another story is a new document elsewhere), so a kept one is exactly what
 * decoding again would give. The same recent articles are candidates for article after article, and
 * decoding their stored fields and term vectors was a fifth of clustering's time.
 */
final class DecodedCandidates {
  /** About 10 KB an article (its term counts): ~40 MB at most. */
  private static final int KEPT = 4_000;

  /** What decoding a document takes: a stored-fields and a term-vectors read. */
  interface Decoder {
    IndexedArticle decode() throws IOException;
  }

  private record Key(IndexReader.CacheKey segment, int doc) {}

  private final Cache<Key, IndexedArticle> kept =
      Caffeine.newBuilder().maximumSize(KEPT).executor(Runnable::run).build();

  /** The document {@code doc} of segment {@code leaf}, decoded once. */
  IndexedArticle of(LeafReaderContext leaf, int doc, Decoder decoder) throws IOException {
    IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
    if (helper == null) {
      return decoder.decode();
    }
    Key key = new Key(helper.getKey(), doc);
    IndexedArticle known = kept.getIfPresent(key);
    if (known == null) {
      known = decoder.decode();
      kept.put(key, known);
    }
    return known;
  }
}
