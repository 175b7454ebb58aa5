package org.parallax.ingest.fetch;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Parallax fetches the pages of a URL list ({@code parallax.import.fetch.*}).
 *
 * @param allowPrivateAddresses fetch from every address {@link BlockedAddresses} refuses (loopback,
 *                              private, link-local, unique-local, carrier-grade NAT, IPv6 forms of
 *                              them, …); off by default so a URL list cannot reach services inside
 *                              your network. Tests that fetch from a local server turn it on.
 */
@ConfigurationProperties("parallax.import.fetch")
public record FetchSettings(
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("10485760") long maxBytes,
        @DefaultValue("5") int maxRedirects,
        @DefaultValue("false") boolean allowPrivateAddresses,
        @DefaultValue("Parallax/0.1 (media-literacy research tool; fetches pages a user listed)") String userAgent) {}
