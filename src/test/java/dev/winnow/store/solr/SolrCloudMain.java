package dev.winnow.store.solr;

/**
 * A 2-node SolrCloud for trying winnow by hand (not a test): prints its zk_host and runs until
 * killed. Usage: bench/solrcloud (which builds the classpath Solr's server needs).
 */
public final class SolrCloudMain {
  private SolrCloudMain() {}

  public static void main(String[] args) throws Exception {
    SolrCloudFixture cloud =
        SolrCloudFixture.start(args.length > 0 ? Integer.parseInt(args[0]) : 2);
    System.out.println("zk_host: " + cloud.zkHost());
    System.out.flush();
    Thread.currentThread().join();
  }
}
