package dev.winnow.store;

import dev.winnow.cluster.Article;
import dev.winnow.cluster.Assignment;

/** An article as stored: with the story it was assigned to and why. */
public record StoredArticle(Article article, Assignment assignment) {}
