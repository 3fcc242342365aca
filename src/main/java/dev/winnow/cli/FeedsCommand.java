package dev.winnow.cli;

import dev.winnow.config.FeedSource;
import dev.winnow.config.WinnowConfig;
import dev.winnow.feed.FeedParseException;
import dev.winnow.feed.FeedParser;
import dev.winnow.fetch.FetchResult;
import dev.winnow.fetch.HttpFetcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "feeds",
    mixinStandardHelpOptions = true,
    description = "Validate and manage feeds.yml.",
    subcommands = {
      FeedsCommand.Check.class,
      FeedListCommands.Import.class,
      FeedListCommands.Export.class,
      FeedListCommands.Add.class
    })
final class FeedsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "a feeds command is required: check, import, export or add");
  }

  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = "Validate feeds.yml and try each feed once; exit 1 if any feed fails.")
  static final class Check implements Callable<Integer> {
    @Mixin ConfigOptions config;
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "One JSON object per feed.")
    boolean json;

    /** One feed's check: read as a feed of this format and size, or why not. */
    record Checked(String feed, boolean ok, String format, int entries, String error) {}

    @Override
    public Integer call() throws Exception {
      WinnowConfig cfg = config.load();
      HttpFetcher fetcher = new HttpFetcher(cfg.fetch());
      FeedParser parser = new FeedParser();
      PrintWriter out = spec.commandLine().getOut();
      int failed = 0;
      for (FeedSource feed : cfg.feeds()) {
        Checked c;
        try {
          FetchResult.Fetched f = Fetching.body(fetcher, feed.url(), cfg.fetch().maxFeedBytes());
          var parsed = parser.parse(f.body(), f.contentType(), f.finalUrl());
          c = new Checked(feed.name(), true, parsed.format(), parsed.entries().size(), null);
        } catch (IOException | FeedParseException e) {
          c = new Checked(feed.name(), false, null, 0, e.getMessage());
          failed++;
        }
        if (json) {
          out.println(Json.mapper().writeValueAsString(c));
        } else {
          String status =
              c.ok()
                  ? "ok      " + c.format() + ", " + c.entries() + " entries"
                  : "FAILED  " + c.error();
          out.printf("%-28s %s%n", TerminalText.shown(feed.name()), status);
        }
      }
      if (!json) {
        out.printf("%d feeds, %d failed%n", cfg.feeds().size(), failed);
      }
      out.flush();
      return failed == 0 ? 0 : WinnowCommand.FAILURE;
    }
  }
}
