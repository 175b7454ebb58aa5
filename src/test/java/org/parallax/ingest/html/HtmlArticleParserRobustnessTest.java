package org.parallax.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.ingest.support.ParserFixtures.article;
import static org.parallax.ingest.support.ParserFixtures.parse;
import static org.parallax.ingest.support.ParserFixtures.reason;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.ParsedArticle;
import org.parallax.ingest.ParsedRecord;
import org.parallax.ingest.UnreadableInputException;

/** Hostile and degenerate pages: scripts never reach the text, bad pages are rejected or unreadable. */
class HtmlArticleParserRobustnessTest {

    @Test
    void scriptsAndEventHandlersNeverReachTheText() {
        List<ParsedRecord> records = parse(new HtmlArticleParser(), """
                <html><head><title onmouseover="alert(1)">Safe <script>alert(1)</script>title</title>
                <script>alert(1)</script></head>
                <body onload="alert(1)"><article>
                <p>First <script>alert(1)</script>paragraph.</p>
                <p><img src="x" onerror="alert(1)">Second <a href="javascript:alert(1)">link</a> paragraph.</p>
                <p><svg onload="alert(1)"><text>svg text</text></svg>Third paragraph.</p>
                <noscript><p>alert(1) in noscript</p></noscript>
                <style>p::after { content: "alert(1)"; }</style>
                <iframe srcdoc="<p>alert(1)</p>"></iframe>
                <p>&lt;script&gt;alert(1)&lt;/script&gt; is text the author wrote.</p>
                </article></body></html>""");

        ParsedArticle a = article(records.getFirst());
        assertThat(a.title()).isEqualTo("Safe title");
        assertThat(a.body().split("\n\n")).containsExactly("First paragraph.", "Second link paragraph.",
                "Third paragraph.", "<script>alert(1)</script> is text the author wrote.");
        assertThat(a.body().replace("<script>alert(1)</script> is text the author wrote.", ""))
                .doesNotContain("alert");
    }

    @Test
    void bodyTextNeverContainsAlert() {
        ParsedArticle a = article(parse(new HtmlArticleParser(), "<html><body><h1>T</h1><div>"
                + "<script>alert(1)</script><img src=x onerror=alert(1)><p onclick=\"alert(1)\">Hello.</p>"
                + "</div></body></html>").getFirst());

        assertThat(a.body()).isEqualTo("Hello.").doesNotContain("alert");
    }

    @Test
    void emptyInputIsNotAPage() {
        assertThatThrownBy(() -> parse(new HtmlArticleParser(), ""))
                .isInstanceOf(UnreadableInputException.class).hasMessage("the input is empty: it is not a web page");
        assertThatThrownBy(() -> parse(new HtmlArticleParser(), " \n\t "))
                .isInstanceOf(UnreadableInputException.class);
    }

    @Test
    void textWithoutTagsIsNotAPage() {
        assertThatThrownBy(() -> parse(new HtmlArticleParser(), "Just a line of text.\nAnd another."))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("the input has no HTML tags: it is not a web page");
    }

    @Test
    void pageWithoutAnyTitleIsRejected() {
        List<ParsedRecord> records = parse(new HtmlArticleParser(),
                "<html><head><meta property=\"og:url\" content=\"https://gullpost.example/a\"></head>"
                        + "<body><p>Text but no headline anywhere.</p></body></html>");

        assertThat(records).singleElement().extracting(ParsedRecord::record).isEqualTo("https://gullpost.example/a");
        assertThat(reason(records.getFirst())).isEqualTo("no title");
    }

    @Test
    void unnamedPageIsTheRecordNamedThePage() {
        List<ParsedRecord> records = parse(new HtmlArticleParser(), "<p>No title.</p>");

        assertThat(records.getFirst().record()).isEqualTo("the page");
    }

    @Test
    void absurdlyLongTitleIsRejected() {
        String title = "Long ".repeat(1_000_000);
        List<ParsedRecord> records = parse(new HtmlArticleParser(),
                "<html><head><title>" + title + "</title></head><body><p>x</p></body></html>");

        assertThat(reason(records.getFirst())).isEqualTo("title too long: 4,999,999 characters (at most 1,000)");
    }

    @Test
    void absurdlyLongBodyIsRejected() {
        String paragraph = "<p>" + "word ".repeat(100_000) + "</p>";
        List<ParsedRecord> records = parse(new HtmlArticleParser(),
                "<html><head><title>T</title></head><body><article>" + paragraph.repeat(3) + "</article></body></html>");

        assertThat(reason(records.getFirst())).startsWith("body too long: ").endsWith("(at most 1,000,000)");
    }

    @Test
    void inputOverTheCapIsUnreadable() {
        String html = "<html><head><title>T</title></head><body>" + "<p>text</p>".repeat(200) + "</body></html>";

        assertThatThrownBy(() -> parse(new HtmlArticleParser(1_000), html))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("the page is too large: more than 1,000 characters, the most Parallax reads in one"
                        + " document");
        assertThat(parse(new HtmlArticleParser(html.length()), html)).hasSize(1);
    }
}
