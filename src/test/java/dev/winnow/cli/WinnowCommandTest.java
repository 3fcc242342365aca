package dev.winnow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class WinnowCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = WinnowCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void exitsTwoWithFileAndLineOnABrokenConfig() throws Exception {
    Path config = dir.resolve("feeds.yml");
    Files.writeString(
        config, "feeds:\n  - name: A\n    url: https://a.example/\n    colour: red\n");
    int code =
        run(
            "poll",
            "--once",
            "--config",
            config.toString(),
            "--index",
            dir.resolve("i").toString());
    assertEquals(2, code);
    assertTrue(
        err.toString().startsWith("winnow: " + config + ":4: unknown key 'colour'"),
        err.toString());
    assertEquals(1, err.toString().lines().count(), "one line, no stack trace");
  }

  @Test
  void exitsTwoOnAnUnknownOption() {
    assertEquals(2, run("stories", "--frobnicate"));
  }

  @Test
  void exitsOneWithAOneLineErrorWhenThereIsNoIndex() {
    int code = run("stories", "--index", dir.resolve("missing").toString());
    assertEquals(1, code);
    assertTrue(err.toString().contains("no index here yet"), err.toString());
    assertEquals(1, err.toString().lines().count());
  }

  @Test
  void extractsEveryPageOfABatchDirectory() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        in.resolve("p1.html"),
        "<html><body><nav><a href=/>Home</a></nav><article><p>One paragraph of a page that says"
            + " something, at some length, for the extractor.</p></article></body></html>");
    assertEquals(0, run("extract", "--batch", in.toString(), dir.resolve("out").toString()));
    String text = Files.readString(dir.resolve("out").resolve("p1.txt"));
    assertTrue(text.startsWith("One paragraph of a page"), text);
  }
}
