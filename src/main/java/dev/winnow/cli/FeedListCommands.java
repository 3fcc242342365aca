package dev.winnow.cli;

import dev.winnow.config.FeedListEditor;
import dev.winnow.config.FeedSource;
import dev.winnow.config.Opml;
import dev.winnow.config.RedactedUrls;
import dev.winnow.config.WinnowConfig;
import dev.winnow.extract.FeedDiscovery;
import dev.winnow.feed.FeedParseException;
import dev.winnow.feed.FeedParser;
import dev.winnow.feed.ParsedFeed;
import dev.winnow.fetch.FetchResult;
import dev.winnow.fetch.HttpFetcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * feeds import, export and add: feeds.yml edited as text, comments kept, validated before saving.
 */
final class FeedListCommands {
  private FeedListCommands() {}

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = "Add the feeds of an OPML file to feeds.yml (URLs already there are skipped).")
  static final class Import implements Callable<Integer> {
    @Mixin ConfigOptions config;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE.opml")
    Path opml;

    @Override
    public Integer call() throws Exception {
      WinnowConfig cfg = config.load();
      List<FeedSource> found;
      try (InputStream in = Files.newInputStream(opml)) {
        found = Opml.read(in);
      } catch (java.nio.file.NoSuchFileException e) {
        throw new IOException(opml + ": no such file");
      }
      List<FeedSource> added = newFeeds(cfg, found);
      if (!added.isEmpty()) {
        FeedListEditor.append(config.config, added);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "%d feeds in %s, %d added to %s%n", found.size(), opml, added.size(), config.config);
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Print feeds.yml's feeds as OPML 2.0.")
  static final class Export implements Callable<Integer> {
    @Mixin ConfigOptions config;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      Opml.write(config.load().feeds(), System.out);
      System.out.println();
      System.out.flush();
      return 0;
    }
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "Add a feed by its URL, or by a web page that links to its feed.")
  static final class Add implements Callable<Integer> {
    @Mixin ConfigOptions config;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "URL")
    URI url;

    @Option(names = "--name", description = "Name to show (default: the feed's title).")
    String name;

    @Override
    public Integer call() throws Exception {
      WinnowConfig cfg = config.load();
      HttpFetcher fetcher = new HttpFetcher(cfg.fetch());
      Found found = discover(fetcher, cfg, url);
      String title =
          name != null
              ? name
              : found.feed().title().isEmpty() ? found.url().getHost() : found.feed().title();
      FeedSource feed = FeedSource.of(title, found.url(), "");
      if (newFeeds(cfg, List.of(feed)).isEmpty()) {
        throw new IOException(found.url() + " is already in " + config.config);
      }
      FeedListEditor.append(config.config, List.of(feed));
      spec.commandLine()
          .getOut()
          .printf(
              "added '%s' (%s) to %s%n", feed.name(), RedactedUrls.of(feed.url()), config.config);
      spec.commandLine().getOut().flush();
      return 0;
    }

    private record Found(URI url, ParsedFeed feed) {}

    /** The URL itself if it is a feed, else the first feed its page announces. */
    private static Found discover(HttpFetcher fetcher, WinnowConfig cfg, URI url)
        throws IOException {
      FetchResult.Fetched page = Fetching.body(fetcher, url, cfg.fetch().maxFeedBytes());
      FeedParser parser = new FeedParser();
      try {
        return new Found(
            page.finalUrl(), parser.parse(page.body(), page.contentType(), page.finalUrl()));
      } catch (FeedParseException notAFeed) {
        for (URI alternate : FeedDiscovery.alternates(page.body(), page.finalUrl().toString())) {
          FetchResult.Fetched feed = Fetching.body(fetcher, alternate, cfg.fetch().maxFeedBytes());
          try {
            return new Found(
                feed.finalUrl(), parser.parse(feed.body(), feed.contentType(), feed.finalUrl()));
          } catch (FeedParseException tryNext) {
            // the page may announce feeds that are gone; try the next one
          }
        }
        throw new IOException(url + ": not a feed, and the page links to no readable feed");
      }
    }
  }

  /** The feeds whose URLs and names feeds.yml does not have yet. */
  static List<FeedSource> newFeeds(WinnowConfig cfg, List<FeedSource> candidates) {
    List<FeedSource> added = new ArrayList<>();
    for (FeedSource c : candidates) {
      boolean known =
          cfg.feeds().stream().anyMatch(f -> f.url().equals(c.url()) || f.name().equals(c.name()))
              || added.stream().anyMatch(f -> f.url().equals(c.url()) || f.name().equals(c.name()));
      if (!known) {
        added.add(c);
      }
    }
    return added;
  }
}
