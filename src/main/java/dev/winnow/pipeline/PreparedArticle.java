package dev.winnow.pipeline;

import dev.winnow.cluster.Article;

/** An article built from a feed entry, waiting to be clustered and stored. */
record PreparedArticle(String entryKey, Article article) {}
