package org.parallax.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
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
                .hasMessageContaining("private, loopback or link-local").hasMessageContaining("allow-private-addresses");
        assertThatThrownBy(() -> fetcher.fetch("http://localhost/x")).isInstanceOf(FetchException.class)
                .hasMessageContaining("refused");
    }

    @Test
    void addressClassesAreRecognised() throws Exception {
        for (String local : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "::1", "fd00::1", "fe80::1", "0.0.0.0", "100.64.0.1"}) {
            assertThat(UrlFetcher.isLocal(InetAddress.getByName(local))).as(local).isTrue();
        }
        for (String global : new String[] {"93.184.216.34", "8.8.8.8", "2001:db8::1"}) {
            assertThat(UrlFetcher.isLocal(InetAddress.getByName(global))).as(global).isFalse();
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
