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
    // One log format, on stderr: time, level, message (which names the feed). The daemon says
    // what it does (INFO); one-shot commands only what went wrong, their output being the answer.
    // WINNOW_JAVA_OPTS=-Dorg.slf4j.simpleLogger.defaultLogLevel=debug says more.
    boolean daemon = args.length > 0 && args[0].equals("run");
    logDefault("defaultLogLevel", daemon ? "info" : "warn");
    logDefault("logFile", "System.err");
    logDefault("showDateTime", "true");
    logDefault("dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ssXXX");
    logDefault("showThreadName", "false");
    logDefault("showLogName", "false");
    logDefault("showShortLogName", "false");
    if (!daemon) {
      quiet(dev.winnow.pipeline.Pipeline.FEED_LOG, "off"); // poll --once prints its own report
    }
    // SolrJ warns about defaults (open ACLs, credentials) on every connection, and ZooKeeper's
    // client logs stack traces as it gives up; what winnow can't do with the cluster it says
    // itself, in one line
    quiet("org.apache.solr", "error");
    quiet("org.apache.zookeeper", "off");
    quiet("org.eclipse.jetty", "warn"); // its start-up banner is not winnow's news
    System.exit(WinnowCommand.commandLine().execute(args));
  }

  private static void logDefault(String setting, String value) {
    String key = "org.slf4j.simpleLogger." + setting;
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  private static void quiet(String library, String level) {
    String key = "org.slf4j.simpleLogger.log." + library;
    if (System.getProperty(key) == null) {
      System.setProperty(key, level);
    }
  }
}
