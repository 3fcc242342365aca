package dev.winnow.cli;

import picocli.CommandLine.Option;

/** --port and --host, shared by the commands that serve the merged feed. */
final class ServerOptions {
  @Option(
      names = "--port",
      defaultValue = "8080",
      converter = CliValues.PortNumber.class,
      description = "HTTP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;
}
