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
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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
      Opml.Listed listed;
      try (InputStream in = Files.newInputStream(opml)) {
        listed = Opml.read(in);
      } catch (java.nio.file.NoSuchFileException e) {
        throw new IOException(opml + ": no such file");
      } catch (IOException e) {
        throw new IOException(opml + ": " + e.getMessage(), e);
      }
      List<FeedSource> found = listed.feeds();
      List<FeedSource> added = newFeeds(cfg, found);
      if (!added.isEmpty()) {
        FeedListEditor.append(config.config, added);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "%d feeds in %s, %d added to %s%n", found.size(), opml, added.size(), config.config);
      found.stream()
          .filter(f -> !added.contains(f))
          .forEach(f -> out.printf("skipped %s: already in %s%n", f.name(), config.config));
      listed.skipped().forEach(reason -> out.printf("skipped %s%n", reason));
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
      String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new ParameterException(
            spec.commandLine(), "URL must start with http:// or https://, not '" + url + "'");
      }
      WinnowConfig cfg = config.load();
      if (name != null) {
        refuseKnown(cfg, f -> f.name().equals(name), "a feed named '" + name + "'");
      }
      HttpFetcher fetcher = new HttpFetcher(cfg.fetch());
      Found found = discover(fetcher, cfg, url);
      String title =
          name != null
              ? name
              : found.feed().title().isEmpty() ? found.url().getHost() : found.feed().title();
      FeedSource feed = FeedSource.of(title, found.url(), "");
      refuseKnown(cfg, f -> f.url().equals(feed.url()), RedactedUrls.of(feed.url()).toString());
      refuseKnown(cfg, f -> f.name().equals(feed.name()), "a feed named '" + feed.name() + "'");
      FeedListEditor.append(config.config, List.of(feed));
      spec.commandLine()
          .getOut()
          .printf(
              "added '%s' (%s) to %s%n", feed.name(), RedactedUrls.of(feed.url()), config.config);
      spec.commandLine().getOut().flush();
      return 0;
    }

    /** Fails naming the feed feeds.yml already has like this one: no two share a URL or name. */
    private void refuseKnown(WinnowConfig cfg, Predicate<FeedSource> same, String what)
        throws IOException {
      for (FeedSource known : cfg.feeds()) {
        if (same.test(known)) {
          throw new IOException(
              String.format(
                  "%s is already in %s (feed '%s'); %s",
                  what,
                  config.config,
                  known.name(),
                  what.startsWith("a feed named") ? "choose another --name" : "nothing to add"));
        }
      }
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
