package dev.winnow.fetch;

/**
 * Where the pipeline's bytes come from: {@link HttpFetcher} on the network; a benchmark serves them
 * from memory to measure everything but the network.
 */
public interface Fetcher {
  /** One GET; expected failures are results, not exceptions. */
  FetchResult fetch(FetchRequest request);
}
