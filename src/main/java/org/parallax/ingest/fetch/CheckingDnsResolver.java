package org.parallax.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.function.Function;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The one place the fetcher learns a host's addresses: it resolves once, refuses the host when any
 * of its addresses is refused, and hands the HTTP client exactly the addresses it checked, so the
 * connection goes to a checked address (no second lookup a rebinding DNS server could answer
 * differently). TLS still uses the host name, for SNI and for certificate verification.
 */
final class CheckingDnsResolver implements DnsResolver {

    /** A host refused for one of its addresses; the message says which and why. */
    static final class RefusedAddressException extends UnknownHostException {
        RefusedAddressException(String message) {
            super(message);
        }
    }

    private final HostResolver resolver;
    private final Function<InetAddress, Optional<String>> refusal;

    CheckingDnsResolver(HostResolver resolver, Function<InetAddress, Optional<String>> refusal) {
        this.resolver = resolver;
        this.refusal = refusal;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = resolver.resolve(host);
        for (InetAddress a : addresses) {
            Optional<String> reason = refusal.apply(a);
            if (reason.isPresent()) {
                throw new RefusedAddressException("refused: " + host + " is " + a.getHostAddress() + ", a " + reason.get()
                        + " address; only public addresses are fetched (set parallax.import.fetch.allow-private-addresses=true"
                        + " to allow it)");
            }
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }
}
