package dev.winnow.cli;

import dev.winnow.config.WinnowConfig;
import dev.winnow.pipeline.FeedOutcome;
import dev.winnow.pipeline.Pipeline;
import dev.winnow.pipeline.Schedule;
import dev.winnow.store.StoreWriter;
import java.io.PrintWriter;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "poll",
    mixinStandardHelpOptions = true,
    description = {
      "One polling pass over the feeds that are due, then exit.",
      "Exit 0 when at least one feed was read (errors of the others are printed), 1 when none was."
    })
final class PollCommand implements Callable<Integer> {
  @Mixin ConfigOptions config;
  @Mixin IndexOptions index;
  @Spec CommandSpec spec;

  @Option(names = "--once", description = "Poll once and exit (the default; kept for scripts).")
  boolean once;

  @Option(
      names = "--force",
      description = "Ignore the regular interval (never a Retry-After, error backoff or 410 Gone).")
  boolean force;

  @Override
  public Integer call() throws Exception {
    WinnowConfig cfg = config.load();
    InstantSource clock = InstantSource.system();
    try (StoreWriter store = index.openForWriting(cfg.store())) {
      var mine = store.feedShare().mine(cfg.feeds());
      var feeds = new Schedule(cfg.poll(), clock).due(mine, store.reader(), force);
      List<FeedOutcome> outcomes;
      try (Progress progress = Progress.of("feeds", feeds.size())) {
        outcomes =
            new Pipeline(cfg, store, clock).pollOnce(feeds, () -> true, o -> progress.step());
      }
      return report(outcomes, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
  }

  static int report(List<FeedOutcome> outcomes, PrintWriter out, PrintWriter err) {
    int stored = 0;
    int failed = 0;
    for (FeedOutcome outcome : outcomes) {
      if (outcome.failed()) {
        err.println("winnow: " + outcome.describe());
        failed++;
      }
      stored += outcome.newArticles();
    }
    out.printf(
        "polled %d feeds: %d new articles, %d feeds failed%n", outcomes.size(), stored, failed);
    out.flush();
    err.flush();
    return !outcomes.isEmpty() && failed == outcomes.size() ? WinnowCommand.FAILURE : 0;
  }
}
