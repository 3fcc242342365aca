package dev.winnow.cli;

import dev.winnow.cluster.Story;
import dev.winnow.store.StoreReader;
import dev.winnow.store.StoredArticle;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "story",
    mixinStandardHelpOptions = true,
    description = "One story: its articles, their outlets, and why each joined.")
final class StoryCommand implements Callable<Integer> {
  @Mixin ConfigOptions config;
  @Mixin IndexOptions index;
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "ID",
      description = "A story id, as 'stories' prints it, or the id of one of its articles.")
  String id;

  @Option(names = "--json", description = "The story and its articles as one JSON object.")
  boolean json;

  /** What --json prints: the story, then its articles. */
  record Shown(Story story, List<Joined> articles) {}

  /** What --json prints of each article: where it is and why it joined, not its text. */
  record Joined(
      String id,
      String outlet,
      String title,
      java.net.URI url,
      java.time.Instant published,
      boolean startedStory,
      double score,
      List<String> signals) {
    static Joined of(StoredArticle stored) {
      var a = stored.article();
      var as = stored.assignment();
      return new Joined(
          a.id(),
          a.outlet(),
          a.title(),
          a.url(),
          a.published(),
          as.startsStory(),
          as.score(),
          as.signals());
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (StoreReader store = index.openReadOnly(config.store())) {
      var found = store.storyNamedBy(id);
      if (found.isEmpty()) {
        err.println("winnow: no story or article '" + id + "' in " + index.index);
        err.flush();
        return WinnowCommand.FAILURE;
      }
      Story story = found.get();
      List<StoredArticle> articles = store.articlesOf(story.id());
      if (json) {
        var joined = articles.stream().map(Joined::of).toList();
        out.println(Json.mapper().writeValueAsString(new Shown(story, joined)));
        out.flush();
        return 0;
      }
      out.printf(
          "%s  %s%n%s%nupdated %s, %d articles from %d outlets%n%n",
          story.id(),
          TerminalText.shown(story.title()),
          TerminalText.shown(story.link()),
          story.updated(),
          story.articleCount(),
          story.outlets().size());
      for (StoredArticle stored : articles) {
        var a = stored.article();
        var as = stored.assignment();
        out.printf(
            "%s  %-22s %s  %s%n    %s%n    %s%n",
            a.id(),
            TerminalText.shown(a.outlet()),
            a.published(),
            TerminalText.shown(a.title()),
            TerminalText.shown(a.url()),
            as.reason());
      }
    }
    out.flush();
    return 0;
  }
}
