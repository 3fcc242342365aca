package dev.winnow.fetch;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Keeps untrusted links (those inside feeds) off every address that is not globally reachable
 * ({@link SpecialAddresses}) and off the host's own addresses, so a feed cannot make winnow probe
 * the network it runs in. Checked after DNS resolution, on every hop of a redirect chain.
 */
final class AddressGuard {
  private final boolean allowPrivateNetworks;

  /** The host's interface addresses, read again each minute (DHCP, VPNs and Wi-Fi change them). */
  private final Supplier<Set<InetAddress>> ownAddresses;

  AddressGuard(boolean allowPrivateNetworks) {
    this.allowPrivateNetworks = allowPrivateNetworks;
    LoadingCache<Boolean, Set<InetAddress>> interfaces =
        Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1))
            .build(any -> interfaceAddresses());
    this.ownAddresses = () -> interfaces.get(true);
  }

  private static Set<InetAddress> interfaceAddresses() {
    try {
      Set<InetAddress> all = new HashSet<>();
      for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        all.addAll(Collections.list(nic.getInetAddresses()));
      }
      return all;
    } catch (SocketException e) {
      return Set.of(); // the special-purpose ranges still apply
    }
  }

  /** An address the guard checked, or why the URL is refused. */
  record Checked(InetAddress address, String refusal) {}

  /**
   * Resolves the host once and checks every address: the first is the one to connect to, so a
   * second lookup cannot return another (DNS rebinding). Null address when not resolved here.
   */
  Checked check(URI url) {
    String scheme = url.getScheme();
    if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
      return new Checked(null, "only http and https links are fetched");
    }
    if (url.getHost() == null) {
      return new Checked(null, "link has no host");
    }
    if (allowPrivateNetworks) {
      return new Checked(null, null);
    }
    try {
      InetAddress[] addresses = InetAddress.getAllByName(url.getHost());
      for (InetAddress address : addresses) {
        if (isRefused(address)) {
          return new Checked(
              null,
              "address "
                  + address.getHostAddress()
                  + " is not public (fetch.allow_private_networks is false)");
        }
      }
      return new Checked(addresses[0], null);
    } catch (UnknownHostException e) {
      return new Checked(null, "unknown host " + url.getHost());
    }
  }

  /**
   * The URL to request so the connection goes to the checked address: plain http only, with the
   * name kept for the Host header. An https connection keeps its name: TLS must verify the
   * certificate for it, and a rebound name cannot present a private service's certificate.
   */
  static URI pinned(URI url, InetAddress address) {
    if (address == null || !"http".equals(url.getScheme())) {
      return url;
    }
    String host =
        address instanceof Inet6Address
            ? "[" + address.getHostAddress() + "]"
            : address.getHostAddress();
    return withHost(url, host);
  }

  /**
   * The URL with this host and no user-info (RFC 9110 §4.2.4: a request never carries it), rebuilt
   * from the raw, still percent-encoded parts: the multi-argument constructors would encode again.
   */
  static URI withHost(URI url, String host) {
    String port = url.getPort() == -1 ? "" : ":" + url.getPort();
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
    return URI.create(url.getScheme() + "://" + host + port + path + query);
  }

  /** The Host header for a pinned request (RFC 9110 §7.2): the name, and the port if not 80. */
  static String hostHeader(URI url) {
    return url.getPort() == -1 || url.getPort() == 80
        ? url.getHost()
        : url.getHost() + ":" + url.getPort();
  }

  /**
   * Not public, or one of this host's own addresses: a service bound to the machine's LAN or public
   * address is as much the user's as one on loopback.
   */
  boolean isRefused(InetAddress address) {
    return SpecialAddresses.isNonPublic(address) || ownAddresses.get().contains(address);
  }
}
