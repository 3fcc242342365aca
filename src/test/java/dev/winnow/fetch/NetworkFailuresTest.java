package dev.winnow.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class NetworkFailuresTest {
  private static final URI FEED = URI.create("https://glow.example:8443/feed.xml");

  private static ConnectException connectFailure(Throwable cause) {
    ConnectException e = new ConnectException();
    e.initCause(cause);
    return e;
  }

  @Test
  void aNameThatDoesNotResolveIsNotCalledARefusedConnection() {
    assertEquals(
        "cannot resolve host glow.example",
        NetworkFailures.describe(connectFailure(new UnresolvedAddressException()), FEED));
    assertEquals(
        "connection refused by glow.example:8443",
        NetworkFailures.describe(new ConnectException("Connection refused"), FEED));
  }

  @Test
  void timeoutsAndTlsFailuresSayWhatHappened() {
    assertEquals(
        "timed out connecting to glow.example",
        NetworkFailures.describe(new HttpConnectTimeoutException("connect timed out"), FEED));
    String tls =
        NetworkFailures.describe(
            new IOException(
                new SSLHandshakeException("PKIX path building failed: unable to find path")),
            FEED);
    assertTrue(tls.startsWith("TLS failure with glow.example: its certificate is not trusted"));
  }
}
