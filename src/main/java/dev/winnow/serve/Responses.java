package dev.winnow.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writing whole responses: rendered ones with their validators, and one-line errors. */
final class Responses {
  /**
   * Pages load nothing but their own stylesheet: no script, no inline style, no frame, no form to
   * elsewhere (CSP Level 3). Feeds carry it too, as a browser may render them.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
          + "base-uri 'none'; frame-ancestors 'none'";

  private Responses() {}

  /**
   * A rendered response, or 304 when the client's copy is current (RFC 9110 §13.1, §15.4.5: the 304
   * carries the validators and caching headers the 200 would); gzip where it is acceptable.
   */
  static void rendered(
      Request request, Response response, Callback callback, Rendered r, String cacheControl) {
    var headers = response.getHeaders();
    headers.put(HttpHeader.ETAG, r.etag());
    if (r.lastModified() != null) {
      headers.put(HttpHeader.LAST_MODIFIED, Conditional.httpDate(r.lastModified()));
    }
    headers.put(HttpHeader.CACHE_CONTROL, cacheControl);
    headers.put(HttpHeader.VARY, "Accept-Encoding");
    headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    headers.put("X-Content-Type-Options", "nosniff");
    var asked = request.getHeaders();
    String ifNoneMatch = asked.get(HttpHeader.IF_NONE_MATCH);
    if (Conditional.notModified(ifNoneMatch, asked.get(HttpHeader.IF_MODIFIED_SINCE), r)) {
      response.setStatus(304);
      response.write(true, null, callback);
      return;
    }
    boolean gzip = Conditional.acceptsGzip(asked.get(HttpHeader.ACCEPT_ENCODING));
    if (gzip) {
      headers.put(HttpHeader.CONTENT_ENCODING, "gzip");
    }
    send(request, response, callback, 200, r.contentType(), gzip ? r.gzipped() : r.plain());
  }

  /** A one-line plain-text answer: an error, or a redirect's note. */
  static void line(Request request, Response response, Callback callback, int status, String text) {
    send(request, response, callback, status, "text/plain; charset=utf-8", bytes(text + "\n"));
  }

  static void redirect(
      Request request, Response response, Callback callback, int status, String location) {
    response.getHeaders().put(HttpHeader.LOCATION, location);
    line(request, response, callback, status, "see " + location);
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A whole body with its length; HEAD gets the same headers and no body (RFC 9110 §9.3.2). */
  static void send(
      Request request,
      Response response,
      Callback callback,
      int status,
      String contentType,
      byte[] body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    response.getHeaders().put(new HttpField(HttpHeader.CONTENT_LENGTH, Long.toString(body.length)));
    boolean head = request.getMethod().equals("HEAD");
    response.write(true, head ? null : ByteBuffer.wrap(body), callback);
  }
}
