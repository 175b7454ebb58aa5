package org.parallax.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Fetches one page of a URL list: http and https only, with timeouts, a size cap, redirects
 * followed by hand (at most {@link FetchSettings#maxRedirects()}), a polite User-Agent, and every
 * hop's host checked against {@link BlockedAddresses} unless
 * {@link FetchSettings#allowPrivateAddresses()} is set.
 *
 * <p>The check and the connection use one lookup: Apache HttpClient asks {@link CheckingDnsResolver}
 * for the host's addresses and connects to the ones it returned, already checked. (The JDK's
 * {@code java.net.http.HttpClient} resolves by itself, so its address could differ from the checked
 * one; pinning it would mean connecting to the IP literal, which breaks SNI and certificate checks
 * for https, or a JVM-wide resolver.) For https the host name still drives SNI and verification.
 */
@Component
public class UrlFetcher implements AutoCloseable {

    private static final String ACCEPT =
            "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5";

    private final FetchSettings settings;
    private final CloseableHttpClient client;

    @Autowired
    UrlFetcher(FetchSettings settings) {
        this(settings, HostResolver.SYSTEM,
                settings.allowPrivateAddresses() ? address -> Optional.empty() : BlockedAddresses::reason);
    }

    /** With the resolver and the rule for refused addresses given (tests). */
    UrlFetcher(FetchSettings settings, HostResolver resolver, Function<InetAddress, Optional<String>> refusal) {
        this.settings = settings;
        Timeout timeout = Timeout.of(settings.timeout());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckingDnsResolver(resolver, refusal))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                                .setSocketTimeout(timeout)
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(settings.userAgent())
                .build();
    }

    public FetchedPage fetch(String url) throws FetchException {
        URI uri = parse(url);
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            HttpGet request = new HttpGet(uri);
            request.setHeader("Accept", ACCEPT);
            try (ClassicHttpResponse response = client.executeOpen(null, request, null)) {
                int status = response.getCode();
                Header location = response.getFirstHeader("Location");
                if (status >= 300 && status < 400 && location != null) {
                    uri = parse(uri.resolve(location.getValue().strip()).toString());
                    continue;
                }
                if (status != 200) {
                    throw new FetchException("the server answered HTTP " + status);
                }
                Header type = response.getFirstHeader("Content-Type");
                return new FetchedPage(uri.toString(), type == null ? null : type.getValue(), read(response.getEntity()));
            } catch (CheckingDnsResolver.RefusedAddressException e) {
                throw new FetchException(e.getMessage());
            } catch (UnknownHostException e) {
                throw new FetchException("unknown host " + uri.getHost());
            } catch (SocketTimeoutException e) { // also HttpClient's ConnectTimeoutException
                throw new FetchException("no answer within " + settings.timeout().toSeconds() + " s");
            } catch (IOException | IllegalArgumentException e) {
                throw new FetchException("could not be fetched: " + (e.getMessage() == null ? "connection failed" : e.getMessage()));
            }
        }
        throw new FetchException("more than " + settings.maxRedirects() + " redirects");
    }

    private byte[] read(HttpEntity entity) throws FetchException {
        if (entity == null) {
            return new byte[0];
        }
        try (InputStream in = entity.getContent()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
            if (bytes.length > settings.maxBytes()) {
                throw new FetchException("the page is larger than " + settings.maxBytes() + " bytes (parallax.import.fetch.max-bytes)");
            }
            return bytes;
        } catch (IOException e) {
            throw new FetchException("the page could not be read: " + e.getMessage());
        }
    }

    private static URI parse(String url) throws FetchException {
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new FetchException("not an http or https URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new FetchException("not a valid URL");
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
