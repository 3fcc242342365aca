package dev.winnow.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;

/**
 * The addresses that are not globally reachable, after the IANA IPv4 and IPv6 Special-Purpose
 * Address Registries (RFC 6890 and its updates): an untrusted link must not reach them. IPv6 forms
 * that carry an IPv4 address (NAT64 64:ff9b::/96, RFC 6052; 6to4 2002::/16, RFC 3056) are judged by
 * the address they carry, since a gateway may deliver them to it.
 */
final class SpecialAddresses {
  private SpecialAddresses() {}

  static boolean isNonPublic(InetAddress address) {
    if (address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    return address instanceof Inet6Address ? isNonPublicV6(b) : isNonPublicV4(b);
  }

  private static boolean isNonPublicV4(byte[] b) {
    int a0 = b[0] & 0xff;
    int a1 = b[1] & 0xff;
    int a2 = b[2] & 0xff;
    return a0 == 0 // "this network" (RFC 791)
        || a0 == 10 // private (RFC 1918)
        || a0 == 127 // loopback
        || (a0 == 100 && a1 >= 64 && a1 < 128) // shared CGNAT space (RFC 6598)
        || (a0 == 169 && a1 == 254) // link local (RFC 3927)
        || (a0 == 172 && a1 >= 16 && a1 < 32) // private (RFC 1918)
        || (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) // IETF assignments, TEST-NET-1
        || (a0 == 192 && a1 == 88 && a2 == 99) // 6to4 relay anycast (deprecated, RFC 7526)
        || (a0 == 192 && a1 == 168) // private (RFC 1918)
        || (a0 == 198 && (a1 == 18 || a1 == 19)) // benchmarking (RFC 2544)
        || (a0 == 198 && a1 == 51 && a2 == 100) // TEST-NET-2 (RFC 5737)
        || (a0 == 203 && a1 == 0 && a2 == 113) // TEST-NET-3 (RFC 5737)
        || a0 >= 224; // multicast, reserved 240.0.0.0/4 (RFC 1112) and broadcast
  }

  private static boolean isNonPublicV6(byte[] b) {
    int w0 = word(b, 0);
    int w1 = word(b, 2);
    if (zero(b, 0, 10) && word(b, 10) == 0) {
      return true; // ::/96 IPv4-compatible, deprecated (RFC 4291 §2.5.5.1)
    }
    if (zero(b, 0, 8) && word(b, 8) == 0xffff && word(b, 10) == 0) {
      return true; // ::ffff:0:0/96 IPv4-translated (RFC 2765), never on the Internet
    }
    if (w0 == 0x64 && w1 == 0xff9b) {
      // 64:ff9b::/96 NAT64 carries the IPv4 address it reaches; 64:ff9b:1::/48 is local use
      return !zero(b, 4, 12) || isNonPublicV4(Arrays.copyOfRange(b, 12, 16));
    }
    if (w0 == 0x2002) {
      return isNonPublicV4(Arrays.copyOfRange(b, 2, 6)); // 6to4 (RFC 3056)
    }
    return w0 == 0x0100 && zero(b, 2, 8) // discard-only 100::/64 (RFC 6666)
        || (w0 == 0x2001 && w1 < 0x0200 && !isGlobalIetfAssignment(b)) // 2001::/23 (RFC 2928)
        || (w0 == 0x2001 && w1 == 0x0db8) // documentation (RFC 3849)
        || (w0 & 0xfff0) == 0x3ff0 // documentation 3fff::/20 (RFC 9637)
        || w0 == 0x5f00 // segment routing SIDs (RFC 9602)
        || (w0 & 0xfe00) == 0xfc00 // unique local fc00::/7 (RFC 4193)
        || (w0 & 0xffc0) == 0xfec0; // site local fec0::/10, deprecated (RFC 3879)
  }

  /** The blocks of 2001::/23 the registry marks globally reachable (AMT, AS112, ORCHIDv2). */
  private static boolean isGlobalIetfAssignment(byte[] b) {
    int w1 = word(b, 2);
    return w1 == 0x0003 || (w1 == 0x0004 && word(b, 4) == 0x0112) || (w1 & 0xfff0) == 0x0020;
  }

  private static int word(byte[] b, int at) {
    return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
  }

  private static boolean zero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
