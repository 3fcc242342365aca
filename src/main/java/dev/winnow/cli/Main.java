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
    // SolrJ warns about defaults (open ACLs, credentials) on every connection, and ZooKeeper's
    // client logs stack traces as it gives up; what winnow can't do with the cluster it says
    // itself, in one line
    quiet("org.apache.solr", "error");
    quiet("org.apache.zookeeper", "off");
    System.exit(WinnowCommand.commandLine().execute(args));
  }

  private static void quiet(String library, String level) {
    String key = "org.slf4j.simpleLogger.log." + library;
    if (System.getProperty(key) == null) {
      System.setProperty(key, level);
    }
  }
}
