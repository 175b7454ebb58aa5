package org.parallax.ingest.fetch;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Parallax fetches the pages of a URL list ({@code parallax.import.fetch.*}).
 *
 * @param allowPrivateAddresses fetch from loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7)
 *                              and link-local addresses; off by default so a URL list cannot reach
 *                              services inside your network
 */
@ConfigurationProperties("parallax.import.fetch")
public record FetchSettings(
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("10485760") long maxBytes,
        @DefaultValue("5") int maxRedirects,
        @DefaultValue("false") boolean allowPrivateAddresses,
        @DefaultValue("Parallax/0.1 (media-literacy research tool; fetches pages a user listed)") String userAgent) {}
