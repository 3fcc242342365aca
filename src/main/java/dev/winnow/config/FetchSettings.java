package dev.winnow.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;

/**
 * How winnow talks to publishers. Every setting has a default, so {@code fetch:} may be left out.
 *
 * @param allowPrivateNetworks whether article links (untrusted: they come from inside feeds) may
 *     point at loopback, link-local or private addresses
 * @param timeout connect and whole-response timeout of one request
 * @param maxFeedBytes cap on a feed document, enforced while streaming
 * @param maxPageBytes cap on an article page, enforced while streaming
 * @param fetchArticles whether article pages are fetched at all (the feed's content is used if not)
 * @param perHostConnections most requests in flight to one host (Miniflux users were banned for
 *     more)
 */
public record FetchSettings(
    boolean allowPrivateNetworks,
    Duration timeout,
    long maxFeedBytes,
    long maxPageBytes,
    boolean fetchArticles,
    int perHostConnections) {

  public static final FetchSettings DEFAULTS =
      new FetchSettings(false, Duration.ofSeconds(20), 10L << 20, 5L << 20, true, 2);

  @JsonCreator
  static FetchSettings fromYaml(
      @JsonProperty("allow_private_networks") Boolean allowPrivateNetworks,
      @JsonProperty("timeout_seconds") Integer timeoutSeconds,
      @JsonProperty("max_feed_bytes") Long maxFeedBytes,
      @JsonProperty("max_page_bytes") Long maxPageBytes,
      @JsonProperty("fetch_articles") Boolean fetchArticles,
      @JsonProperty("per_host_connections") Integer perHostConnections) {
    return new FetchSettings(
        allowPrivateNetworks != null ? allowPrivateNetworks : DEFAULTS.allowPrivateNetworks,
        timeoutSeconds != null ? Duration.ofSeconds(timeoutSeconds) : DEFAULTS.timeout,
        maxFeedBytes != null ? maxFeedBytes : DEFAULTS.maxFeedBytes,
        maxPageBytes != null ? maxPageBytes : DEFAULTS.maxPageBytes,
        fetchArticles != null ? fetchArticles : DEFAULTS.fetchArticles,
        perHostConnections != null ? perHostConnections : DEFAULTS.perHostConnections);
  }

  public FetchSettings {
    if (timeout.isNegative() || timeout.isZero() || timeout.toSeconds() > 600) {
      throw new IllegalArgumentException("timeout_seconds must be between 1 and 600");
    }
    if (perHostConnections < 1 || perHostConnections > 16) {
      throw new IllegalArgumentException("per_host_connections must be between 1 and 16");
    }
    if (maxFeedBytes < 1024 || maxPageBytes < 1024) {
      throw new IllegalArgumentException("max_feed_bytes and max_page_bytes must be at least 1024");
    }
  }
}
