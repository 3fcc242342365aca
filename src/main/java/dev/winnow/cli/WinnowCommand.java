package dev.winnow.cli;

import dev.winnow.config.ConfigException;
import dev.winnow.store.InvalidQueryException;
import dev.winnow.store.StoreException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: its subcommands are the contract of DESIGN.md. */
@Command(
    name = "winnow",
    mixinStandardHelpOptions = true,
    version = "winnow 0.1.0",
    description = "Folds the same story from many outlets into one merged feed.",
    subcommands = {
      RunCommand.class,
      PollCommand.class,
      ServeCommand.class,
      SearchCommand.class,
      StoriesCommand.class,
      StoryCommand.class,
      ReclusterCommand.class,
      ExtractCommand.class,
      InspectCommand.class,
      FeedsCommand.class
    })
public final class WinnowCommand implements Runnable {
  static final int USAGE = 2;
  static final int FAILURE = 1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** Everything that ends a command early becomes one line on stderr and an exit code. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new WinnowCommand());
    cli.setParameterExceptionHandler(WinnowCommand::usageError);
    cli.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          PrintWriter err = line.getErr();
          err.println("winnow: " + oneLine(e));
          err.flush();
          return e instanceof ConfigException || e instanceof InvalidQueryException
              ? USAGE
              : FAILURE;
        });
    return cli;
  }

  /**
   * A usage error as one line naming the command, what was wrong and where help is; picocli's
   * default prints the whole usage, which buries the one line that matters.
   */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine line = e.getCommandLine();
    String command = line.getCommandSpec().qualifiedName();
    String message = e.getMessage() == null ? "bad usage" : e.getMessage().strip();
    PrintWriter err = line.getErr();
    err.println(
        command
            + ": "
            + message.lines().findFirst().orElse(message)
            + " (see "
            + command
            + " --help)");
    err.flush();
    return USAGE;
  }

  private static String oneLine(Exception e) {
    String message = e.getMessage();
    // These carry a message written for the user (file, feed or URL and what is wrong).
    if (e instanceof ConfigException
        || e instanceof StoreException
        || e instanceof InvalidQueryException
        || (e instanceof java.io.IOException && message != null)) {
      return message.lines().findFirst().orElse(message);
    }
    String kind = e.getClass().getSimpleName();
    return message == null ? kind : kind + ": " + message.lines().findFirst().orElse("");
  }
}
