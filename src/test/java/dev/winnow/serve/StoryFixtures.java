package dev.winnow.serve;

import dev.winnow.cluster.Article;
import dev.winnow.cluster.ArticleIds;
import dev.winnow.cluster.Decision;
import dev.winnow.cluster.StoryDesk;
import dev.winnow.config.ClusterSettings;
import dev.winnow.store.StoreWriter;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * A small fictional news day, clustered by the real desk into a store: a finale three outlets
 * report, a tour two report, and one item whose headline tries to inject markup.
 */
final class StoryFixtures {
  static final Instant NOON = Instant.parse("2026-05-04T12:00:00Z");

  private static final String FINALE =
      "The Harbor Lights finale drew a record audience of 9.1 million viewers on Sunday night,"
          + " the streaming service said. Showrunner Ines Calder thanked the cast of the drama"
          + " and confirmed that the lighthouse keeper story has ended for good.";
  private static final String TOUR =
      "Singer Juniper Vale announced a forty-city world tour on Monday, opening in Lisbon in"
          + " September and closing in Osaka. Tickets for the Vale tour go on sale Friday.";

  private StoryFixtures() {}

  static void fill(StoreWriter store) throws IOException {
    StoryDesk desk = new StoryDesk(store.clusterIndex(), ClusterSettings.DEFAULTS);
    List<Article> day =
        List.of(
            article("one", "gossip", "Harbor Lights finale draws a record audience", FINALE, 0),
            article("two", "film", "Record 9.1 million watch the Harbor Lights finale", FINALE, 1),
            article("three", "gossip", "Harbor Lights finale: record audience", FINALE, 2),
            article("one", "gossip", "Juniper Vale announces a world tour", TOUR, 3),
            article("two", "film", "Juniper Vale world tour opens in Lisbon", TOUR, 4),
            article(
                "three",
                "gossip",
                "<script>alert(1)</script> Gala & \"friends\"",
                "A gala evening for the Lisbon arts fund raised money for young musicians.",
                5));
    for (Article article : day) {
      Decision decision = desk.decide(article);
      if (decision.isNew()) {
        store.add(decision.clustered());
      }
    }
    store.commit();
    desk.published();
  }

  private static Article article(
      String outlet, String category, String title, String text, int hours) {
    URI url = URI.create("https://outlet-" + outlet + ".example/" + hours);
    Instant at = NOON.plusSeconds(hours * 3600L);
    return new Article(
        ArticleIds.idOf(url),
        url,
        "Outlet " + outlet,
        title,
        text.substring(0, Math.min(60, text.length())),
        text,
        "<p>" + text + "</p>",
        "",
        "page",
        at,
        at,
        List.of(category));
  }
}
