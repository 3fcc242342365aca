package dev.winnow.fetch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.util.Collections;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The address guard against the IANA special-purpose registries, literals only (no DNS). */
class SpecialAddressesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "0.0.0.0",
        "100.64.0.1",
        "192.0.0.8",
        "192.0.2.1",
        "198.18.0.1",
        "198.51.100.7",
        "203.0.113.9",
        "224.0.0.1",
        "240.0.0.1",
        "255.255.255.255",
        "::",
        "::1",
        "::127.0.0.1",
        "::ffff:127.0.0.1",
        "::ffff:0:127.0.0.1",
        "64:ff9b::10.0.0.1",
        "64:ff9b::127.0.0.1",
        "64:ff9b:1::808:808",
        "2002:7f00:1::",
        "2002:c0a8:101::1",
        "fc00::1",
        "fd12::1",
        "fe80::1",
        "fec0::1",
        "ff02::1",
        "2001:db8::1",
        "2001::1",
        "100::1",
        "3fff::1"
      })
  void refusesAddressesThatAreNotGloballyReachable(String literal) throws Exception {
    assertTrue(SpecialAddresses.isNonPublic(InetAddress.getByName(literal)), literal);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "8.8.8.8",
        "1.1.1.1",
        "93.184.216.34",
        "2606:4700::1111",
        "2a00:1450:4001::200e",
        "64:ff9b::808:808",
        "2002:808:808::1",
        "2001:20::1"
      })
  void acceptsPublicAddressesAndTranslationsOfThem(String literal) throws Exception {
    assertFalse(SpecialAddresses.isNonPublic(InetAddress.getByName(literal)), literal);
  }

  @Test
  void refusesTheHostsOwnInterfaceAddresses() throws Exception {
    InetAddress own = null;
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      for (InetAddress a : Collections.list(nic.getInetAddresses())) {
        own = a.isLoopbackAddress() ? own : a;
      }
    }
    Assumptions.assumeTrue(own != null, "this host has no address besides loopback");
    AddressGuard guard = new AddressGuard(false);
    assertTrue(guard.isRefused(own), own.toString());
    String host =
        own.getHostAddress().contains(":")
            ? "[" + own.getHostAddress() + "]"
            : own.getHostAddress();
    assertNotNull(
        guard.check(URI.create("http://" + host.replaceAll("%.*]", "]") + "/")).refusal());
  }
}
