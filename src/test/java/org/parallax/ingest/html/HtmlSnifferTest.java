package org.parallax.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.ingest.support.ParserFixtures;

class HtmlSnifferTest {

    @Test
    void doctypeOrHtmlElementFirst() {
        assertThat(HtmlSniffer.looksLikeHtml("<!DOCTYPE html>\n<html><head>")).isTrue();
        assertThat(HtmlSniffer.looksLikeHtml("<!doctype HTML><title>x</title>")).isTrue();
        assertThat(HtmlSniffer.looksLikeHtml("<html lang=\"en\">")).isTrue();
        assertThat(HtmlSniffer.looksLikeHtml("<HTML>")).isTrue();
        assertThat(HtmlSniffer.looksLikeHtml("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">")).isTrue();
    }

    @Test
    void afterBomSpacesCommentsAndXmlDeclaration() {
        assertThat(HtmlSniffer.looksLikeHtml("\uFEFF\r\n  <!-- saved from url=(0042)https://x.example/ -->\n<html>"))
                .isTrue();
        assertThat(HtmlSniffer.looksLikeHtml("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"))
                .isTrue();
    }

    @Test
    void otherFormatsAreNotHtml() {
        assertThat(HtmlSniffer.looksLikeHtml("<?xml version=\"1.0\"?><rss version=\"2.0\">")).isFalse();
        assertThat(HtmlSniffer.looksLikeHtml("<htmlfoo>")).isFalse();
        assertThat(HtmlSniffer.looksLikeHtml("<!doctype htmlx>")).isFalse();
        assertThat(HtmlSniffer.looksLikeHtml("Selected Articles\n<html>")).isFalse();
        assertThat(HtmlSniffer.looksLikeHtml("title,body\n\"<html>\",x")).isFalse();
        assertThat(HtmlSniffer.looksLikeHtml("{\"title\": \"<html>\"}")).isFalse();
        assertThat(HtmlSniffer.looksLikeHtml("<!-- a comment never closed <html>")).isFalse();
        assertThat(HtmlSniffer.looksLikeHtml("")).isFalse();
        assertThat(HtmlSniffer.looksLikeHtml(null)).isFalse();
    }

    @Test
    void agreesWithTheFixtures() {
        for (String name : new String[] {"jsonld-article.html", "og-only.html", "title-suffix.html", "density.html"}) {
            assertThat(HtmlSniffer.looksLikeHtml(ParserFixtures.fixtureText("html/" + name))).as(name).isTrue();
        }
    }
}
