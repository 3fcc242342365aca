package dev.winnow.cli;

import dev.winnow.cluster.Article;
import dev.winnow.cluster.ArticleIds;
import dev.winnow.cluster.Decision;
import dev.winnow.cluster.StoryDesk;
import dev.winnow.config.ClusterSettings;
import dev.winnow.store.StoreWriter;
import dev.winnow.store.Stores;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A training run for the launcher's class-data-sharing archive (JEP 350: the classes a run loaded
 * are archived at its exit, and later JVMs map them instead of loading them). It runs what one-shot
 * commands run — the command line, a feed's parse, an index's open, a search, a story — on a tiny
 * index it makes and deletes, so every later search starts faster.
 */
public final class CdsTraining {
  private static final String FEED =
      "<rss version=\"2.0\"><channel><title>Training</title><link>https://t.example/</link>"
          + "<description>d</description><item><title>Premiere night</title>"
          + "<link>https://t.example/1</link><pubDate>Mon, 04 May 2026 12:00:00 GMT</pubDate>"
          + "<description>&lt;p&gt;A premiere.&lt;/p&gt;</description></item></channel></rss>";

  private CdsTraining() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("winnow-cds");
    try {
      Path feed = dir.resolve("feed.xml");
      Files.writeString(feed, FEED, StandardCharsets.UTF_8);
      Path index = dir.resolve("index");
      fill(index);
      run("inspect", "--json", feed.toString());
      run("search", "premiere", "--index", index.toString());
      run("search", "premiere", "--json", "--index", index.toString());
      run("stories", "--index", index.toString());
      run("stories", "--json", "--index", index.toString());
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static void run(String... args) {
    var cli = WinnowCommand.commandLine();
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    cli.setOut(nowhere).setErr(nowhere).execute(args);
  }

  private static void fill(Path index) throws Exception {
    try (StoreWriter store = Stores.openForWriting(index)) {
      StoryDesk desk = new StoryDesk(store.clusterIndex(), ClusterSettings.DEFAULTS);
      Instant at = Instant.parse("2026-05-04T12:00:00Z");
      for (int i = 0; i < 3; i++) {
        URI url = URI.create("https://t" + i + ".example/premiere");
        String text = "The premiere of the film drew a crowd of stars to the harbor on Monday.";
        Article article =
            new Article(
                ArticleIds.idOf(url),
                url,
                "Outlet " + i,
                "Premiere night at the harbor",
                text,
                text,
                "<p>" + text + "</p>",
                "",
                "page",
                at.plusSeconds(600L * i),
                at.plusSeconds(600L * i),
                List.of("film"));
        Decision decision = desk.decide(article);
        if (decision.isNew()) {
          store.add(decision.clustered());
        }
      }
      store.commit();
    }
  }
}
