package dev.winnow.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Keeps untrusted links (those inside feeds) off loopback, private and link-local addresses, so a
 * feed cannot make winnow probe the network it runs in. Checked after DNS resolution, on every hop
 * of a redirect chain.
 */
final class AddressGuard {
  private final boolean allowPrivateNetworks;

  AddressGuard(boolean allowPrivateNetworks) {
    this.allowPrivateNetworks = allowPrivateNetworks;
  }

  /** Null when the URL may be fetched, else why not. */
  String refusal(URI url) {
    String scheme = url.getScheme();
    if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
      return "only http and https links are fetched";
    }
    if (url.getHost() == null) {
      return "link has no host";
    }
    if (allowPrivateNetworks) {
      return null;
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
        if (isNonPublic(address)) {
          return "address "
              + address.getHostAddress()
              + " is not public (fetch.allow_private_networks is false)";
        }
      }
      return null;
    } catch (UnknownHostException e) {
      return "unknown host " + url.getHost();
    }
  }

  static boolean isNonPublic(InetAddress address) {
    if (address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet6Address) {
      return (b[0] & 0xfe) == 0xfc; // fc00::/7 unique local (RFC 4193)
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    return first == 0 // "this network" (RFC 791)
        || (first == 100 && second >= 64 && second < 128) // shared CGNAT space (RFC 6598)
        || (first == 198 && (second == 18 || second == 19)); // benchmarking (RFC 2544)
  }
}
