package org.parallax.ingest.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.ingest.OutletClaim;
import org.parallax.ingest.OutletEvidence;

class WebAddressTest {

    @Test
    void hostWithoutCommonPrefixes() {
        assertThat(WebAddress.host("https://www.harbourledger.example/a?b=c")).isEqualTo("harbourledger.example");
        assertThat(WebAddress.host("http://AMP.Gullpost.example")).isEqualTo("gullpost.example");
        assertThat(WebAddress.host("https://m.talbote.example:8443/x")).isEqualTo("talbote.example");
        assertThat(WebAddress.host("https://news.talbote.example/")).isEqualTo("news.talbote.example");
        assertThat(WebAddress.host("https://www.example/")).as("a prefix is kept when nothing would remain")
                .isEqualTo("www.example");
    }

    @Test
    void notAnHttpUrlHasNoHost() {
        assertThat(WebAddress.host("/relative/path")).isNull();
        assertThat(WebAddress.host("ftp://files.example/a")).isNull();
        assertThat(WebAddress.host("javascript:alert(1)")).isNull();
        assertThat(WebAddress.host("not a url")).isNull();
        assertThat(WebAddress.host(null)).isNull();
    }

    @Test
    void hostClaim() {
        assertThat(WebAddress.hostClaim(" https://www.gullpost.example/a ")).isEqualTo(
                new OutletClaim("gullpost.example", OutletEvidence.URL_DOMAIN, "https://www.gullpost.example/a"));
        assertThat(WebAddress.hostClaim("mailto:x@y.example")).isNull();
    }

    @Test
    void namesHostIgnoringCaseSpacesAndPunctuation() {
        assertThat(WebAddress.namesHost("Harbour Ledger", "harbourledger.example")).isTrue();
        assertThat(WebAddress.namesHost("Courrier-de-Northmoor", "courrierdenorthmoor.example")).isTrue();
        assertThat(WebAddress.namesHost("gullpost.example", "gullpost.example")).isTrue();
        assertThat(WebAddress.namesHost("Politics", "harbourledger.example")).isFalse();
        assertThat(WebAddress.namesHost("Harbour Ledger", null)).isFalse();
    }
}
