package dev.winnow.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.store.InvalidQueryException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routes, by exact path: anything else is 404. Every response is a complete byte array, written
 * in one go. Blocking: a page not yet rendered is read from the index, which must not happen on a
 * selector thread.
 */
final class Routes extends Handler.Abstract {
  private static final Logger LOG = LoggerFactory.getLogger(Routes.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Story ids as the clusterer makes them ("s" and hex), with room for other backends' ids. */
  private static final Pattern STORY_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private static final String FEED_CACHING = "max-age=60";
  private static final String PAGE_CACHING = "no-cache";
  private static final Rendered STYLE = Rendered.of(resource("style.css"), "text/css", null);

  private final MergedFeed site;
  private final Supplier<Map<String, Object>> health;
  private final WebServer.MetricsSource metrics;

  Routes(MergedFeed site, Supplier<Map<String, Object>> health, WebServer.MetricsSource metrics) {
    this.site = site;
    this.health = health;
    this.metrics = metrics;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    try {
      String method = request.getMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
        Responses.line(request, response, callback, 405, "GET and HEAD only");
        return true;
      }
      route(request, response, callback, request.getHttpURI().getPath());
    } catch (StoryFilter.InvalidFilter | InvalidQueryException e) {
      Responses.line(request, response, callback, 400, e.getMessage());
    } catch (RuntimeException | IOException e) {
      LOG.warn("serving {} failed: {}", request.getHttpURI().getPath(), e.toString());
      Response.writeError(request, response, callback, 500);
    }
    return true;
  }

  private void route(Request request, Response response, Callback callback, String path)
      throws IOException, StoryFilter.InvalidFilter, InvalidQueryException {
    switch (path) {
      case "/feed.xml" -> feed(request, response, callback, MergedFeed.Format.RSS);
      case "/feed.atom" -> feed(request, response, callback, MergedFeed.Format.ATOM);
      case "/feed.json" -> feed(request, response, callback, MergedFeed.Format.JSON);
      case "/" ->
          Responses.rendered(
              request, response, callback, site.home(filterOf(request)), PAGE_CACHING);
      case "/search" -> search(request, response, callback);
      case "/style.css" -> Responses.rendered(request, response, callback, STYLE, "max-age=3600");
      case "/health" -> {
        Map<String, Object> now = health.get();
        // failing is 503, so a load balancer or monitor needs no JSON to see it (RFC 9110 §15.6.4)
        int status = "failing".equals(now.get("status")) ? 503 : 200;
        Responses.send(
            request,
            response,
            callback,
            status,
            "application/json",
            JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(now));
      }
      default -> other(request, response, callback, path);
    }
  }

  private void other(Request request, Response response, Callback callback, String path)
      throws IOException {
    if (path.startsWith("/story/") && STORY_ID.matcher(path.substring(7)).matches()) {
      story(request, response, callback, path.substring(7));
    } else if (path.equals("/metrics") && metrics != null) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      metrics.writeTo(body);
      Responses.send(request, response, callback, 200, metrics.contentType(), body.toByteArray());
    } else {
      Responses.line(request, response, callback, 404, "not found");
    }
  }

  private void feed(Request request, Response response, Callback callback, MergedFeed.Format format)
      throws StoryFilter.InvalidFilter, InvalidQueryException {
    StoryFilter filter = filterOf(request);
    StorySelection.searchOf(filter); // a bad search is the client's error, before any rendering
    Responses.rendered(request, response, callback, site.rendered(format, filter), FEED_CACHING);
  }

  private void search(Request request, Response response, Callback callback)
      throws InvalidQueryException {
    String q = Request.extractQueryParameters(request).getValue("q");
    if (q == null || q.isBlank()) {
      Responses.redirect(request, response, callback, 303, "/");
      return;
    }
    Responses.rendered(request, response, callback, site.search(q.strip()), PAGE_CACHING);
  }

  private void story(Request request, Response response, Callback callback, String id) {
    var page = site.story(id);
    if (page.isEmpty()) {
      Responses.line(request, response, callback, 404, "no story " + id);
    } else if (!page.get().liveId().equals(id)) {
      // merged into another story: the id readers kept leads to what it became part of
      Responses.redirect(request, response, callback, 301, "/story/" + page.get().liveId());
    } else {
      Responses.rendered(request, response, callback, page.get().page(), PAGE_CACHING);
    }
  }

  private static StoryFilter filterOf(Request request) throws StoryFilter.InvalidFilter {
    Fields params = Request.extractQueryParameters(request);
    return StoryFilter.of(params.getNames(), params::getValue);
  }

  private static byte[] resource(String name) {
    try (InputStream in = Routes.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException | NullPointerException e) {
      throw new UncheckedIOException(new IOException("missing resource " + name, e));
    }
  }
}
