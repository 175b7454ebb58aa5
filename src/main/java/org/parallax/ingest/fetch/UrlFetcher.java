package org.parallax.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Fetches one page of a URL list: http and https only, with timeouts, a size cap, redirects
 * followed by hand (at most {@link FetchSettings#maxRedirects()}), a polite User-Agent, and every
 * hop's address checked: loopback, private, link-local and other local addresses are refused
 * unless {@link FetchSettings#allowPrivateAddresses()} is set.
 */
@Component
public class UrlFetcher {

    private final FetchSettings settings;
    private final HttpClient client;

    UrlFetcher(FetchSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public FetchedPage fetch(String url) throws FetchException {
        URI uri = parse(url);
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            checkAddress(uri);
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(settings.timeout())
                    .header("User-Agent", settings.userAgent())
                    .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
                    .GET().build();
            HttpResponse<InputStream> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpTimeoutException e) {
                throw new FetchException("no answer within " + settings.timeout().toSeconds() + " s");
            } catch (IOException e) {
                throw new FetchException("could not be fetched: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException("fetching was interrupted");
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                close(response);
                uri = parse(uri.resolve(response.headers().firstValue("Location").get()).toString());
                continue;
            }
            if (status != 200) {
                close(response);
                throw new FetchException("the server answered HTTP " + status);
            }
            return new FetchedPage(uri.toString(), response.headers().firstValue("Content-Type").orElse(null), read(response));
        }
        throw new FetchException("more than " + settings.maxRedirects() + " redirects");
    }

    private byte[] read(HttpResponse<InputStream> response) throws FetchException {
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
            if (bytes.length > settings.maxBytes()) {
                throw new FetchException("the page is larger than " + settings.maxBytes() + " bytes (parallax.import.fetch.max-bytes)");
            }
            return bytes;
        } catch (IOException e) {
            throw new FetchException("the page could not be read: " + e.getMessage());
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // nothing more to read
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

    private void checkAddress(URI uri) throws FetchException {
        if (settings.allowPrivateAddresses()) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new FetchException("unknown host " + uri.getHost());
        }
        for (InetAddress a : addresses) {
            if (isLocal(a)) {
                throw new FetchException("refused: " + uri.getHost() + " is a private, loopback or link-local address "
                        + "(set parallax.import.fetch.allow-private-addresses=true to allow it)");
            }
        }
    }

    static boolean isLocal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xFE) == 0xFC; // unique local fc00::/7
        }
        int first = b[0] & 0xFF;
        int second = b[1] & 0xFF;
        return first == 0 || (first == 100 && second >= 64 && second <= 127) // shared address space 100.64/10
                || (first == 169 && second == 254);
    }
}
