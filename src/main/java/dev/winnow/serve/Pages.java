package dev.winnow.serve;

import dev.winnow.cluster.ArticleLink;
import dev.winnow.cluster.Story;
import dev.winnow.store.StoredArticle;
import dev.winnow.store.StoryMatches;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * winnow's pages as server-rendered HTML: they work without JavaScript, every text is escaped
 * ({@link Html}), and the styles come from /style.css so the Content-Security-Policy allows no
 * inline code at all. Landmarks, headings and labels follow WAI-ARIA practice; a viewport meta and
 * one fluid column make them readable on a phone.
 */
final class Pages {
  private Pages() {}

  static String home(String title, List<Story> stories, StoryFilter filter) {
    StringBuilder body = new StringBuilder();
    body.append("<h1>").append(Html.escape(heading(title, filter))).append("</h1>\n");
    body.append(categoryNav(stories));
    if (stories.isEmpty()) {
      body.append("<p>No stories yet.</p>\n");
    }
    for (Story story : stories) {
      body.append(storyCard(story, null));
    }
    return page(title, filter.query(), body);
  }

  static String story(String title, Story story, List<StoredArticle> articles) {
    StringBuilder body = new StringBuilder();
    body.append("<h1>").append(Html.escape(story.title())).append("</h1>\n");
    body.append("<p>").append(Html.escape(story.summary())).append("</p>\n");
    body.append("<p class=\"meta\">")
        .append(outletCount(story))
        .append(" · updated ")
        .append(Html.time(story.updated()))
        .append(categoryLinks(story))
        .append("</p>\n<h2>Every report</h2>\n<ol class=\"articles\">\n");
    for (StoredArticle stored : articles) {
      var a = stored.article();
      body.append("<li><strong>")
          .append(Html.escape(a.outlet()))
          .append("</strong>: ")
          .append(Html.link(a.url(), a.title()))
          .append(" <span class=\"meta\">")
          .append(Html.time(a.published()))
          .append("</span><br><span class=\"why\">")
          .append(Html.escape(stored.assignment().reason()))
          .append("</span></li>\n");
    }
    body.append("</ol>\n");
    return page(story.title() + " · " + title, "", body);
  }

  static String search(String title, String q, List<StoryMatches> found) {
    StringBuilder body = new StringBuilder();
    body.append("<h1>Stories matching “").append(Html.escape(q)).append("”</h1>\n");
    if (found.isEmpty()) {
      body.append("<p>No stories match.</p>\n");
    }
    for (StoryMatches f : found) {
      body.append(storyCard(f.story(), f.articles().get(0).snippet()));
    }
    return page("Search: " + q + " · " + title, StoryFilter.search(q).query(), body);
  }

  static String notFound(String title, String what) {
    StringBuilder body = new StringBuilder("<h1>Not found</h1>\n<p>");
    body.append(Html.escape(what)).append("</p>\n");
    return page("Not found · " + title, "", body);
  }

  private static String heading(String title, StoryFilter filter) {
    if (!filter.category().isEmpty()) {
      return "Stories in " + filter.category();
    }
    return filter.source().isEmpty() ? title : "Stories from " + filter.source();
  }

  /** snippetHtml is the store's marked passage, already escaped; null for none. */
  private static String storyCard(Story story, String snippetHtml) {
    StringBuilder card = new StringBuilder("<article>\n<h2><a href=\"/story/");
    card.append(Html.escape(story.id())).append("\">").append(Html.escape(story.title()));
    card.append("</a></h2>\n");
    if (snippetHtml != null && !snippetHtml.isEmpty()) {
      card.append("<p class=\"snippet\">").append(snippetHtml).append("</p>\n");
    } else {
      card.append("<p>").append(Html.escape(story.summary())).append("</p>\n");
    }
    card.append("<p class=\"meta\">")
        .append(outletCount(story))
        .append(" · ")
        .append(Html.time(story.updated()))
        .append(categoryLinks(story))
        .append("</p>\n<ul class=\"outlets\">");
    Set<String> listed = new LinkedHashSet<>();
    for (ArticleLink link : story.firstArticles()) {
      if (listed.add(link.outlet())) {
        card.append("<li>").append(Html.link(link.url(), link.outlet())).append("</li>");
      }
    }
    return card.append("</ul>\n</article>\n").toString();
  }

  private static String outletCount(Story story) {
    int n = story.outlets().size();
    return n == 1 ? "1 outlet" : n + " outlets";
  }

  private static String categoryLinks(Story story) {
    StringBuilder out = new StringBuilder();
    for (String category : story.categories()) {
      out.append(" · <a class=\"category\" href=\"/")
          .append(Html.escape(StoryFilter.category(category).query()))
          .append("\">")
          .append(Html.escape(category))
          .append("</a>");
    }
    return out.toString();
  }

  private static String categoryNav(List<Story> stories) {
    Set<String> categories = new LinkedHashSet<>();
    stories.forEach(s -> categories.addAll(s.categories()));
    if (categories.isEmpty()) {
      return "";
    }
    StringBuilder nav =
        new StringBuilder("<nav aria-label=\"Categories\"><ul class=\"categories\">");
    nav.append("<li><a href=\"/\">All</a></li>");
    for (String category : categories) {
      nav.append("<li><a href=\"/")
          .append(Html.escape(StoryFilter.category(category).query()))
          .append("\">")
          .append(Html.escape(category))
          .append("</a></li>");
    }
    return nav.append("</ul></nav>\n").toString();
  }

  /** The frame of every page; {@code feedQuery} is the filter of the feeds it offers. */
  private static String page(String title, String feedQuery, CharSequence main) {
    String q = Html.escape(feedQuery);
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>"
        + Html.escape(title)
        + "</title>\n<link rel=\"stylesheet\" href=\"/style.css\">\n"
        + "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Atom\" href=\"/feed.atom"
        + q
        + "\">\n<link rel=\"alternate\" type=\"application/rss+xml\" title=\"RSS\" href=\"/feed.xml"
        + q
        + "\">\n<link rel=\"alternate\" type=\"application/feed+json\" title=\"JSON Feed\""
        + " href=\"/feed.json"
        + q
        + "\">\n</head>\n<body>\n<header>\n<a class=\"home\" href=\"/\">winnow</a>\n"
        + "<form role=\"search\" action=\"/search\" method=\"get\">"
        + "<label for=\"q\">Search stories</label> "
        + "<input id=\"q\" name=\"q\" type=\"search\" required> <button>Search</button></form>\n"
        + "</header>\n<main>\n"
        + main
        + "</main>\n<footer>Subscribe: <a href=\"/feed.atom"
        + q
        + "\">Atom</a> · <a href=\"/feed.xml"
        + q
        + "\">RSS</a> · <a href=\"/feed.json"
        + q
        + "\">JSON Feed</a></footer>\n</body>\n</html>\n";
  }
}
