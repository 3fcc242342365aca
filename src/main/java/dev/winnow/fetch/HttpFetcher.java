package dev.winnow.fetch;

import dev.winnow.config.FetchSettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * GETs feeds and article pages politely: conditional requests, an honest User-Agent, timeouts, a
 * size cap enforced while streaming (after decompression too) and a bounded redirect chain whose
 * every hop passes the address guard when the link is untrusted.
 */
public final class HttpFetcher implements Fetcher {
  static {
    // A request pinned to the address the guard checked names its host in a Host header, which
    // java.net.http refuses unless allowed before its first use.
    String allowed = System.getProperty("jdk.httpclient.allowRestrictedHeaders", "");
    if (!allowed.toLowerCase(Locale.ROOT).contains("host")) {
      System.setProperty(
          "jdk.httpclient.allowRestrictedHeaders", allowed.isEmpty() ? "host" : allowed + ",host");
    }
  }

  private static final AddressGuard.Checked NOT_CHECKED = new AddressGuard.Checked(null, null);

  public static final String USER_AGENT =
      "winnow/0.1 (self-hosted news aggregator; +https://github.com/winnow-news/winnow)";
  private static final int MAX_REDIRECTS = 5;
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  private final HttpClient client;
  private final Duration timeout;
  private final AddressGuard guard;
  private final InstantSource clock;
  private final int perHost;

  /** At most {@code perHost} requests in flight to one host, whatever the worker count. */
  private final Map<String, Semaphore> hostLimits = new ConcurrentHashMap<>();

  public HttpFetcher(FetchSettings settings) {
    this(settings, InstantSource.system());
  }

  public HttpFetcher(FetchSettings settings, InstantSource clock) {
    this.clock = clock;
    this.perHost = settings.perHostConnections();
    this.timeout = settings.timeout();
    this.guard = new AddressGuard(settings.allowPrivateNetworks());
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public FetchResult fetch(FetchRequest request) {
    Semaphore host =
        hostLimits.computeIfAbsent(hostOf(request.url()), h -> new Semaphore(perHost, true));
    try {
      host.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new FetchResult.Failed(request.url(), 0, "interrupted");
    }
    try {
      return fetchFollowingRedirects(request);
    } finally {
      host.release();
    }
  }

  private static String hostOf(URI url) {
    return url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
  }

  private FetchResult fetchFollowingRedirects(FetchRequest request) {
    URI url = request.url();
    URI movedTo = null;
    boolean permanent = true;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      AddressGuard.Checked checked = request.untrusted() ? guard.check(url) : NOT_CHECKED;
      if (checked.refusal() != null) {
        return new FetchResult.Failed(url, 0, checked.refusal());
      }
      try {
        HttpResponse<InputStream> response = send(buildGet(url, checked.address(), request));
        int status = response.statusCode();
        Optional<String> location = response.headers().firstValue("Location");
        if (REDIRECTS.contains(status) && location.isPresent()) {
          response.body().close();
          url = url.resolve(location.get().strip());
          // Only an unbroken chain of permanent redirects moves the feed (RFC 9110 §15.4.2,
          // §15.4.9).
          permanent &= status == 301 || status == 308;
          movedTo = permanent ? url : movedTo;
          continue;
        }
        return read(url, request, response, movedTo);
      } catch (HttpTimeoutException e) {
        return new FetchResult.Failed(url, 0, "timed out after " + timeout.toSeconds() + " s");
      } catch (IOException | IllegalArgumentException e) {
        return new FetchResult.Failed(url, 0, NetworkFailures.describe(e, url));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new FetchResult.Failed(url, 0, "interrupted");
      }
    }
    return new FetchResult.Failed(url, 0, "more than " + MAX_REDIRECTS + " redirects");
  }

  /**
   * A server may close a kept-alive connection just as the client reuses it; a GET is idempotent
   * (RFC 9110 §9.2.2), so one immediate retry on a fresh connection is safe and not impolite.
   */
  private HttpResponse<InputStream> send(HttpRequest get) throws IOException, InterruptedException {
    try {
      return client.send(get, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException | java.net.ConnectException e) {
      throw e;
    } catch (IOException e) {
      return client.send(get, HttpResponse.BodyHandlers.ofInputStream());
    }
  }

  private HttpRequest buildGet(URI url, InetAddress checked, FetchRequest request) {
    URI plain = withoutUserInfo(url);
    URI target = AddressGuard.pinned(plain, checked);
    HttpRequest.Builder get =
        HttpRequest.newBuilder(target)
            .GET()
            .timeout(timeout)
            .header("User-Agent", USER_AGENT)
            .header("Accept-Encoding", "gzip, deflate");
    if (!target.equals(plain)) {
      get.header("Host", AddressGuard.hostHeader(url));
    }
    basicCredentials(request, url).ifPresent(c -> get.header("Authorization", c));
    if (request.etag() != null) {
      get.header("If-None-Match", request.etag());
    }
    if (request.lastModified() != null) {
      get.header("If-Modified-Since", request.lastModified());
    }
    return get.build();
  }

  /**
   * User-info in a feed URL (feeds.yml is trusted) is sent as HTTP Basic credentials (RFC 7617),
   * and only to the origin it was written for: not after a redirect to another host, scheme or
   * port, and never for links found inside feeds.
   */
  private static Optional<String> basicCredentials(FetchRequest request, URI hop) {
    String userInfo = request.url().getUserInfo();
    boolean sameOrigin =
        Objects.equals(request.url().getScheme(), hop.getScheme())
            && hostOf(request.url()).equals(hostOf(hop))
            && request.url().getPort() == hop.getPort();
    if (request.untrusted() || userInfo == null || !sameOrigin) {
      return Optional.empty();
    }
    byte[] pair = userInfo.getBytes(StandardCharsets.UTF_8);
    return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair));
  }

  private static URI withoutUserInfo(URI url) {
    return url.getRawUserInfo() == null ? url : AddressGuard.withHost(url, url.getHost());
  }

  private FetchResult read(
      URI url, FetchRequest request, HttpResponse<InputStream> response, URI movedTo)
      throws IOException {
    int status = response.statusCode();
    if (status == 304) {
      response.body().close();
      return new FetchResult.NotModified(url, movedTo, Freshness.of(response.headers()));
    }
    if (status < 200 || status >= 300) {
      response.body().close();
      Instant retryAt =
          status == 429 || status == 503
              ? RetryAfter.parse(
                  response.headers().firstValue("Retry-After").orElse(null), clock.instant())
              : null;
      return new FetchResult.Failed(url, status, "HTTP " + status, retryAt);
    }
    String encoding = response.headers().firstValue("Content-Encoding").orElse("");
    Optional<byte[]> body = CappedBody.read(response.body(), encoding, request.maxBytes());
    if (body.isEmpty()) {
      return new FetchResult.Failed(
          url, status, "body larger than " + request.maxBytes() + " bytes");
    }
    return new FetchResult.Fetched(
        url,
        response.headers().firstValue("Content-Type").orElse(""),
        body.get(),
        response.headers().firstValue("ETag").orElse(null),
        response.headers().firstValue("Last-Modified").orElse(null),
        movedTo,
        Freshness.of(response.headers()));
  }
}
