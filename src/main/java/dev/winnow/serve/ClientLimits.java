package dev.winnow.serve;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * What one client may hold of the server, so a few rude ones cannot take it offline for everyone
 * (the "slowloris" attack: connections that never finish their request):
 *
 * <ul>
 *   <li>a connection silent for {@link #IDLE_SECONDS} is closed;
 *   <li>a connection whose first request has not fully arrived within {@link #REQUEST_SECONDS} is
 *       closed, however slowly it trickles bytes;
 *   <li>at most {@link #PER_CLIENT} connections from one address, {@link #MAX_CONNECTIONS} in all
 *       (past that, new connections wait in the accept queue);
 *   <li>request headers of at most {@link #MAX_HEADER_BYTES} (431 past that).
 * </ul>
 *
 * Behind a reverse proxy every client shares the proxy's address: limit clients there.
 */
final class ClientLimits {
  static final int IDLE_SECONDS = 10;
  static final int REQUEST_SECONDS = 10;
  static final int PER_CLIENT = 128;
  static final int MAX_CONNECTIONS = 1024;
  static final int MAX_HEADER_BYTES = 8 * 1024;

  private ClientLimits() {}

  static void apply(Server server, ServerConnector connector) {
    connector.setIdleTimeout(TimeUnit.SECONDS.toMillis(IDLE_SECONDS));
    connector.setAcceptQueueSize(128);
    connector.addBean(new PerClient(server));
  }

  /** Counts connections per remote address and watches each one's first request. */
  private static final class PerClient implements Connection.Listener {
    private final Server server;
    private final ConcurrentHashMap<Object, AtomicInteger> open = new ConcurrentHashMap<>();

    /** The address each connection was counted under: a closed socket no longer tells it. */
    private final ConcurrentHashMap<Connection, Object> clients = new ConcurrentHashMap<>();

    PerClient(Server server) {
      this.server = server;
    }

    @Override
    public void onOpened(Connection connection) {
      Object client = clientOf(connection.getEndPoint().getRemoteSocketAddress());
      clients.put(connection, client);
      int count = open.computeIfAbsent(client, c -> new AtomicInteger()).incrementAndGet();
      if (count > PER_CLIENT) {
        connection.getEndPoint().close();
        return;
      }
      server
          .getScheduler()
          .schedule(
              () -> {
                if (connection.getMessagesIn() == 0 && connection.getEndPoint().isOpen()) {
                  connection.getEndPoint().close(); // its first request never arrived whole
                }
              },
              REQUEST_SECONDS,
              TimeUnit.SECONDS);
    }

    @Override
    public void onClosed(Connection connection) {
      Object client = clients.remove(connection);
      if (client != null) {
        open.computeIfPresent(client, (c, n) -> n.decrementAndGet() <= 0 ? null : n);
      }
    }

    private static Object clientOf(SocketAddress address) {
      return address instanceof InetSocketAddress inet && inet.getAddress() != null
          ? inet.getAddress()
          : String.valueOf(address);
    }
  }
}
