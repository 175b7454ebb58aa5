package org.parallax.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The fetcher refuses local addresses unless allowed, and answers with reasons, never stack traces. */
class UrlFetcherTest {

    static FetchSettings settings(boolean allowPrivate) {
        return new FetchSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), 1000, 2, allowPrivate, "Parallax-test");
    }

    @Test
    void loopbackAndPrivateAddressesAreRefusedByDefault() {
        UrlFetcher fetcher = new UrlFetcher(settings(false));
        assertThatThrownBy(() -> fetcher.fetch("http://127.0.0.1:9/x")).isInstanceOf(FetchException.class)
                .hasMessageContaining("loopback (127.0.0.0/8)").hasMessageContaining("allow-private-addresses");
        assertThatThrownBy(() -> fetcher.fetch("http://localhost/x")).isInstanceOf(FetchException.class)
                .hasMessageContaining("refused");
    }

    @Test
    void everyBlockedRangeIsRecognisedWithItsName() throws Exception {
        String[][] blocked = {
                {"127.0.0.1", "loopback"}, {"10.1.2.3", "private"}, {"172.16.0.1", "private"}, {"192.168.1.1", "private"},
                {"169.254.169.254", "link-local"}, {"0.0.0.0", "this network"}, {"0.1.2.3", "this network"},
                {"100.64.0.1", "shared address space"}, {"198.18.0.1", "benchmarking"}, {"240.0.0.1", "reserved"},
                {"255.255.255.255", "broadcast"}, {"224.0.0.1", "multicast"}, {"192.0.0.8", "IETF protocol"},
                {"::1", "loopback"}, {"::", "unspecified"}, {"fd00::1", "unique-local"}, {"fe80::1", "link-local"},
                {"ff02::1", "multicast"},
                {"::127.0.0.1", "IPv4-compatible"}, {"::8.8.8.8", "IPv4-compatible"},
                {"::ffff:10.0.0.1", "private"},
                {"64:ff9b::7f00:1", "NAT64"}, {"64:ff9b::a9fe:a9fe", "NAT64"}, {"64:ff9b:1::1", "NAT64"},
                {"2002:7f00:1::1", "6to4"}, {"2002:c0a8:101::1", "6to4"},
                {"2001:0:4136:e378:8000:63bf:3fff:fdd2", "Teredo"}};
        for (String[] b : blocked) {
            assertThat(BlockedAddresses.reason(InetAddress.getByName(b[0]))).as(b[0]).hasValueSatisfying(
                    reason -> assertThat(reason).containsIgnoringCase(b[1]));
        }
        for (String global : new String[] {"93.184.216.34", "8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "2a00:1450:4001::1",
                "64:ff9b::808:808", "2002:808:808::1"}) {
            assertThat(BlockedAddresses.reason(InetAddress.getByName(global))).as(global).isEmpty();
        }
    }

    @Test
    void blockedAddressesInAnyNotationAreRefusedWithoutAConnectionAttempt() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/", ex -> {
            requests.incrementAndGet();
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.start();
        try {
            int port = server.getAddress().getPort();
            UrlFetcher fetcher = new UrlFetcher(settings(false));
            for (String url : new String[] {"http://127.0.0.1:" + port + "/", "http://[::ffff:127.0.0.1]:" + port + "/",
                    "http://[::127.0.0.1]:" + port + "/", "http://[64:ff9b::7f00:1]:" + port + "/",
                    "http://[2002:7f00:1::1]:" + port + "/", "http://2130706433:" + port + "/", "http://localhost:" + port + "/"}) {
                assertThatThrownBy(() -> fetcher.fetch(url)).as(url).isInstanceOf(FetchException.class)
                        .hasMessageContaining("refused").hasMessageContaining("allow-private-addresses");
            }
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aRedirectToABlockedAddressIsRefused() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger internal = new AtomicInteger();
        server.createContext("/public", ex -> {
            ex.getResponseHeaders().add("Location", "http://[::127.0.0.1]:" + server.getAddress().getPort() + "/internal");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.createContext("/internal", ex -> {
            internal.incrementAndGet();
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.start();
        try {
            // The test server itself is on loopback: its first hop is let through (as if public), every
            // other address goes through the rules.
            InetAddress testServer = InetAddress.getByName("127.0.0.1");
            UrlFetcher fetcher = new UrlFetcher(settings(false), host -> host.equals("public.test")
                    ? new InetAddress[] {testServer} : HostResolver.SYSTEM.resolve(host),
                    address -> address.equals(testServer) ? Optional.empty() : BlockedAddresses.reason(address));
            assertThatThrownBy(() -> fetcher.fetch("http://public.test:" + server.getAddress().getPort() + "/public"))
                    .isInstanceOf(FetchException.class).hasMessageContaining("refused").hasMessageContaining("IPv4-compatible");
            assertThat(internal).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theHostIsResolvedOnceAndTheCheckedAddressIsTheOneConnectedTo() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String[] host = new String[1];
        server.createContext("/page", ex -> {
            host[0] = ex.getRequestHeaders().getFirst("Host");
            byte[] body = "<html><body>ok</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            // A rebinding name: the first answer is the test server, every later one an address where
            // nothing listens. Fetching succeeds only if the connection uses the first (checked) answer.
            AtomicInteger lookups = new AtomicInteger();
            HostResolver rebinding = name -> new InetAddress[] {InetAddress.getByName(lookups.getAndIncrement() == 0 ? "127.0.0.1" : "127.0.0.2")};
            UrlFetcher fetcher = new UrlFetcher(settings(true), rebinding, address -> Optional.empty());
            int port = server.getAddress().getPort();

            FetchedPage page = fetcher.fetch("http://rebinding.test:" + port + "/page");

            assertThat(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("ok");
            assertThat(lookups).hasValue(1);
            assertThat(host[0]).isEqualTo("rebinding.test:" + port);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void onlyHttpUrlsAreFetched() {
        UrlFetcher fetcher = new UrlFetcher(settings(true));
        assertThatThrownBy(() -> fetcher.fetch("file:///etc/passwd")).isInstanceOf(FetchException.class).hasMessageContaining("not an http");
        assertThatThrownBy(() -> fetcher.fetch("ftp://example.org/a")).isInstanceOf(FetchException.class).hasMessageContaining("not an http");
    }

    @Test
    void redirectLoopsStopAndAPoliteUserAgentIsSent() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String[] agent = new String[1];
        server.createContext("/loop", ex -> {
            agent[0] = ex.getRequestHeaders().getFirst("User-Agent");
            ex.getResponseHeaders().add("Location", "/loop");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.start();
        try {
            UrlFetcher fetcher = new UrlFetcher(settings(true));
            assertThatThrownBy(() -> fetcher.fetch("http://127.0.0.1:" + server.getAddress().getPort() + "/loop"))
                    .isInstanceOf(FetchException.class).hasMessageContaining("more than 2 redirects");
            assertThat(agent[0]).isEqualTo("Parallax-test");
        } finally {
            server.stop(0);
        }
    }
}
