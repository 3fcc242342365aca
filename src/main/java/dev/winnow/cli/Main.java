package dev.winnow.cli;

/** The launcher's entry point. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // JDOM has no default depth limit; a deeply nested hostile feed would take minutes (DESIGN.md).
    System.setProperty("jdk.xml.maxElementDepth", "2000");
    // Pinned article requests name their host in a Host header (AddressGuard); java.net.http
    // reads this once, at its first use, so it is set before anything else runs.
    System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
    // Quiet by default; WINNOW_JAVA_OPTS=-Dorg.slf4j.simpleLogger.defaultLogLevel=info says more.
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    System.exit(WinnowCommand.commandLine().execute(args));
  }
}
