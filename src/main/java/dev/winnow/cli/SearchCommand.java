package dev.winnow.cli;

import dev.winnow.cluster.Story;
import dev.winnow.config.FeedSource;
import dev.winnow.store.SearchQuery;
import dev.winnow.store.StoreReader;
import dev.winnow.store.StoryMatches;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Search stories: each matching story once, best first, with a passage.")
final class SearchCommand implements Callable<Integer> {
  /** Articles read per story asked for: a story's reports rank side by side. */
  private static final int HITS_PER_STORY = 10;

  @Mixin ConfigOptions config;
  @Mixin IndexOptions index;
  @Spec CommandSpec spec;

  /** The edge where the system clock enters; tests may replace it. */
  InstantSource clock = InstantSource.system();

  @Parameters(paramLabel = "QUERY", description = "Words, \"phrases\", AND/OR/NOT, title:word.")
  String query;

  @Option(
      names = "--since",
      paramLabel = "AGE",
      description = "Only articles newer than this: 2d, 12h, 30m.",
      converter = AgeConverter.class)
  Duration since;

  @Option(names = "--source", paramLabel = "NAME", description = "Only articles of this feed.")
  String source;

  @Option(
      names = "--limit",
      defaultValue = "20",
      converter = CliValues.AtLeastOne.class,
      description = "Most stories to print (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "One JSON object per story, with its matching articles.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    checkSource();
    Instant from = since == null ? null : clock.instant().minus(since);
    List<StoryMatches> found;
    try (StoreReader store = index.openReadOnly(config.store())) {
      int articles = Math.min(limit * HITS_PER_STORY, 10_000);
      found =
          StoryMatches.of(
              store, store.search(SearchQuery.parse(query, from, source, articles)), limit);
    }
    if (found.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("winnow: no stories match " + query);
      err.flush();
      return 0;
    }
    PrintWriter out = spec.commandLine().getOut();
    boolean terminal = System.console() != null;
    for (StoryMatches f : found) {
      out.println(json ? Json.mapper().writeValueAsString(f) : shown(f, terminal));
    }
    out.flush();
    return 0;
  }

  /** An unknown --source would match nothing in silence: name the feeds there are. */
  private void checkSource() throws Exception {
    if (source == null || !Files.exists(config.config)) {
      return;
    }
    List<String> names = config.load().feeds().stream().map(FeedSource::name).toList();
    if (!names.contains(source)) {
      throw new ParameterException(
          spec.commandLine(),
          "--source: no feed named '"
              + source
              + "' in "
              + config.config
              + "; feeds: "
              + String.join(", ", names));
    }
  }

  /** Stacked, not columns: a long outlet name or title never pushes the next field away. */
  private static String shown(StoryMatches f, boolean terminal) {
    Story s = f.story();
    String outlets =
        s.outlets().stream().map(TerminalText::shown).collect(Collectors.joining(", "));
    return String.format(
        "%s  %s%n    %d %s · %s · %s%n    %s%n",
        s.id(),
        TerminalText.shown(s.title()),
        s.outlets().size(),
        s.outlets().size() == 1 ? "outlet" : "outlets",
        s.updated(),
        outlets,
        TerminalText.passage(f.articles().get(0).snippet(), terminal));
  }
}
