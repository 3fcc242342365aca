package dev.winnow.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves winnow's pages and feeds ({@link Routes}), /health and /metrics over Jetty. Rude clients
 * are bounded by {@link ClientLimits}: Jetty reads requests without a thread per connection, so
 * idle or slow sockets cost no worker.
 */
public final class WebServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  /** Workers for handlers; Jetty's selector and acceptor take two of them. */
  private static final int MAX_THREADS = 16;

  private final Server server;
  private final ServerConnector connector;

  /** Writes /metrics; absent where nothing is measured (serve without polling). */
  public interface MetricsSource {
    String contentType();

    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * @param health what /health reports, as a JSON-serializable map
   */
  public WebServer(
      String host,
      int port,
      MergedFeed feed,
      Supplier<Map<String, Object>> health,
      MetricsSource metrics) {
    QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 4);
    threads.setName("http");
    server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setRequestHeaderSize(ClientLimits.MAX_HEADER_BYTES);
    connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    ClientLimits.apply(server, connector);
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(ClientLimits.MAX_CONNECTIONS, connector));
    server.setHandler(new Routes(feed, health, metrics));
  }

  public void start() throws IOException {
    try {
      server.start();
    } catch (IOException e) {
      if (e.getCause() instanceof java.net.BindException || e instanceof java.net.BindException) {
        throw new IOException(
            "cannot listen on "
                + connector.getHost()
                + ":"
                + connector.getPort()
                + ": the port is in use (another winnow?); choose another with --port",
            e);
      }
      throw e;
    } catch (Exception e) {
      throw new IOException("cannot start the web server: " + e.getMessage(), e);
    }
  }

  public int port() {
    return connector.getLocalPort();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      LOG.warn("stopping the web server: {}", e.toString());
    }
  }
}
