package org.parallax.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * The addresses a URL list may not reach unless {@code parallax.import.fetch.allow-private-addresses}
 * is set: everything that is not a public unicast address, so that a listed URL cannot reach
 * services inside your network or on the machine (server-side request forgery, OWASP SSRF
 * Prevention Cheat Sheet). The ranges are those of the IANA IPv4 and IPv6 Special-Purpose Address
 * Registries (RFC 6890 and its updates) that are not globally reachable, plus multicast.
 *
 * <p>IPv6 forms that carry an IPv4 address are judged by it: an IPv4-mapped address
 * ({@code ::ffff:0:0/96}), a NAT64 address of the well-known prefix ({@code 64:ff9b::/96}, RFC 6052) and
 * a 6to4 address ({@code 2002::/16}, RFC 3056) are refused when the IPv4 address inside is. The
 * deprecated IPv4-compatible form ({@code ::/96}, e.g. {@code [::127.0.0.1]}), the local-use NAT64
 * prefix ({@code 64:ff9b:1::/48}, RFC 8215) and Teredo ({@code 2001::/32}, whose client address is
 * obfuscated) are always refused. The table is in docs/api-limits-and-fetching.md.
 */
final class BlockedAddresses {

    private record Range(byte[] prefix, int bits, String name) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >>> (i % 8);
                if ((address[i / 8] & mask) != (prefix[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Checked in order: the first range that holds the address names the reason. */
    private static final List<Range> IPV4 = List.of(
            range("0.0.0.0/8", "“this network” (0.0.0.0/8)"),
            range("10.0.0.0/8", "private (10.0.0.0/8)"),
            range("100.64.0.0/10", "shared address space, carrier-grade NAT (100.64.0.0/10)"),
            range("127.0.0.0/8", "loopback (127.0.0.0/8)"),
            range("169.254.0.0/16", "link-local, cloud metadata (169.254.0.0/16)"),
            range("172.16.0.0/12", "private (172.16.0.0/12)"),
            range("192.0.0.0/24", "IETF protocol assignments (192.0.0.0/24)"),
            range("192.0.2.0/24", "documentation (192.0.2.0/24)"),
            range("192.88.99.0/24", "6to4 relay anycast (192.88.99.0/24)"),
            range("192.168.0.0/16", "private (192.168.0.0/16)"),
            range("198.18.0.0/15", "benchmarking (198.18.0.0/15)"),
            range("198.51.100.0/24", "documentation (198.51.100.0/24)"),
            range("203.0.113.0/24", "documentation (203.0.113.0/24)"),
            range("224.0.0.0/4", "multicast (224.0.0.0/4)"),
            range("255.255.255.255/32", "broadcast (255.255.255.255)"),
            range("240.0.0.0/4", "reserved (240.0.0.0/4)"));

    private static final Range UNSPECIFIED = range("::/128", "unspecified (::)");
    private static final Range LOOPBACK = range("::1/128", "loopback (::1)");
    private static final Range MAPPED = range("::ffff:0:0/96", "IPv4-mapped (::ffff:0:0/96)");
    private static final Range COMPATIBLE = range("::/96", "IPv4-compatible (::/96, deprecated)");
    private static final Range NAT64 = range("64:ff9b::/96", "NAT64 (64:ff9b::/96)");
    private static final Range SIX_TO_FOUR = range("2002::/16", "6to4 (2002::/16)");

    /** Always refused, checked after the forms above. */
    private static final List<Range> IPV6 = List.of(
            range("64:ff9b:1::/48", "local-use NAT64 (64:ff9b:1::/48)"),
            range("100::/64", "discard-only (100::/64)"),
            range("2001:2::/48", "benchmarking (2001:2::/48)"),
            range("2001::/32", "Teredo (2001::/32)"),
            range("2001:db8::/32", "documentation (2001:db8::/32)"),
            range("fc00::/7", "unique-local (fc00::/7)"),
            range("fe80::/10", "link-local (fe80::/10)"),
            range("fec0::/10", "site-local (fec0::/10, deprecated)"),
            range("ff00::/8", "multicast (ff00::/8)"));

    private BlockedAddresses() {}

    /** Why the address may not be fetched from, e.g. "loopback (127.0.0.0/8)"; empty for a public address. */
    static Optional<String> reason(InetAddress address) {
        byte[] b = address.getAddress();
        return b.length == 4 ? ipv4(b) : ipv6(b);
    }

    private static Optional<String> ipv4(byte[] b) {
        return IPV4.stream().filter(r -> r.contains(b)).map(Range::name).findFirst();
    }

    private static Optional<String> ipv6(byte[] b) {
        if (UNSPECIFIED.contains(b)) {
            return Optional.of(UNSPECIFIED.name());
        }
        if (LOOPBACK.contains(b)) {
            return Optional.of(LOOPBACK.name());
        }
        if (MAPPED.contains(b)) {
            return embedded(MAPPED, b, 12);
        }
        if (COMPATIBLE.contains(b)) {
            return Optional.of(COMPATIBLE.name());
        }
        if (NAT64.contains(b)) {
            return embedded(NAT64, b, 12);
        }
        if (SIX_TO_FOUR.contains(b)) {
            return embedded(SIX_TO_FOUR, b, 2);
        }
        return IPV6.stream().filter(r -> r.contains(b)).map(Range::name).findFirst();
    }

    /** The IPv4 address at {@code offset} judges the IPv6 address that carries it. */
    private static Optional<String> embedded(Range form, byte[] b, int offset) {
        byte[] v4 = {b[offset], b[offset + 1], b[offset + 2], b[offset + 3]};
        return ipv4(v4).map(reason -> form.name() + " of " + (v4[0] & 0xFF) + "." + (v4[1] & 0xFF) + "."
                + (v4[2] & 0xFF) + "." + (v4[3] & 0xFF) + ", " + reason);
    }

    private static Range range(String cidr, String name) {
        int slash = cidr.indexOf('/');
        try {
            // Literals only: InetAddress.getByName does no lookup for them. An IPv4-mapped literal
            // comes back as IPv4, so ::ffff:0:0 is built by hand.
            byte[] prefix = cidr.startsWith("::ffff:") ? mappedPrefix() : InetAddress.getByName(cidr.substring(0, slash)).getAddress();
            return new Range(prefix, Integer.parseInt(cidr.substring(slash + 1)), name);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(cidr, e);
        }
    }

    private static byte[] mappedPrefix() {
        byte[] b = new byte[16];
        b[10] = (byte) 0xFF;
        b[11] = (byte) 0xFF;
        return b;
    }
}
