package dev.winnow.fetch;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * A failed request in the words an operator checks it with (curl, dig, openssl): java.net.http
 * reports a name that does not resolve, a refused connection and a connect timeout all as
 * ConnectException, so the cause chain is read to tell them apart.
 */
final class NetworkFailures {
  private NetworkFailures() {}

  static String describe(Throwable failure, URI url) {
    String host = url.getHost() == null ? String.valueOf(url) : url.getHost();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
        return "cannot resolve host " + host;
      }
      if (t instanceof HttpConnectTimeoutException) {
        return "timed out connecting to " + host;
      }
      if (t instanceof SSLHandshakeException || t instanceof SSLException) {
        return "TLS failure with " + host + ": " + tlsReason(t);
      }
      if (t instanceof NoRouteToHostException) {
        return "no route to host " + host;
      }
      if (t instanceof HttpTimeoutException) {
        return "timed out waiting for " + host;
      }
      if (t instanceof EOFException) {
        return "connection closed by " + host + " before the response was complete";
      }
    }
    if (failure instanceof ConnectException) {
      return "connection refused by " + host + (url.getPort() > 0 ? ":" + url.getPort() : "");
    }
    String message = failure.getMessage();
    return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
  }

  /** The handshake's reason in a line: the JDK's texts name the real cause past "PKIX …". */
  private static String tlsReason(Throwable t) {
    String message = t.getMessage() == null ? "handshake failed" : t.getMessage();
    if (message.contains("PKIX path building failed")) {
      return "its certificate is not trusted (unknown issuer or self-signed)";
    }
    if (message.contains("No subject alternative") || message.contains("doesn't match")) {
      return "its certificate is for another name";
    }
    if (message.contains("expired") || message.contains("NotAfter")) {
      return "its certificate has expired";
    }
    return message.lines().findFirst().orElse(message);
  }
}
