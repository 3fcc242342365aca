package dev.winnow.cli;

import dev.winnow.cluster.Story;
import dev.winnow.store.StoreReader;
import dev.winnow.store.StoredArticle;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

  @Parameters(paramLabel = "ID", description = "A story id, as 'stories' prints it.")
  String id;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (StoreReader store = index.openReadOnly(config.store())) {
      var found = store.story(id);
      if (found.isEmpty()) {
        err.println("winnow: no story '" + id + "' in " + index.index);
        err.flush();
        return WinnowCommand.FAILURE;
      }
      Story story = found.get();
      out.printf(
          "%s  %s%n%s%nupdated %s, %d articles from %d outlets%n%n",
          story.id(),
          TerminalText.shown(story.title()),
          TerminalText.shown(story.link()),
          story.updated(),
          story.articleCount(),
          story.outlets().size());
      for (StoredArticle stored : store.articlesOf(id)) {
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
