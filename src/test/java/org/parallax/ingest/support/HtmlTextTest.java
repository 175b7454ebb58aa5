package org.parallax.ingest.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void fragmentSplitsAtBlocksAndAtDoubleBreaks() {
        assertThat(HtmlText.fragmentParagraphs("Intro text<p>First <em>para</em>.</p><ul><li>Item</li></ul>"
                + "Line one<br>same paragraph<br/><br/>New paragraph"))
                .containsExactly("Intro text", "First para.", "Item", "Line one same paragraph", "New paragraph");
    }

    @Test
    void fragmentWithoutTagsIsPlainTextWithEntitiesDecoded() {
        assertThat(HtmlText.fragmentParagraphs("Fish &amp; chips.\n\nSecond &lt;para&gt;."))
                .containsExactly("Fish & chips.", "Second <para>.");
    }

    @Test
    void fragmentNeverKeepsScriptsStylesOrAttributes() {
        assertThat(HtmlText.fragmentParagraphs("<p onclick=\"alert(1)\">A<script>alert(2)</script></p>"
                + "<style>b{}</style><iframe src=\"javascript:alert(3)\"></iframe><form><p>Form text</p></form>"))
                .containsExactly("A");
    }

    @Test
    void articleParagraphsInnermostFirst() {
        var doc = Jsoup.parse("<article><blockquote><p>Quote one.</p><p>Quote two.</p></blockquote>"
                + "<ul><li><p>Item as para.</p></li><li>Plain item</li></ul><h2>Heading</h2><h4>Not kept</h4>"
                + "<div>Loose div text</div><p> </p></article>");

        assertThat(HtmlText.articleParagraphs(doc.selectFirst("article"))).containsExactly(
                "Quote one.", "Quote two.", "Item as para.", "Plain item", "Heading");
    }

    @Test
    void containerWithoutParagraphElementsIsReadAsAFragment() {
        var doc = Jsoup.parse("<div id=c>Text straight in a div.<br><br>Second part.</div>");

        assertThat(HtmlText.articleParagraphs(doc.getElementById("c")))
                .containsExactly("Text straight in a div.", "Second part.");
    }

    @Test
    void inlineText() {
        assertThat(HtmlText.inlineText("Caf&eacute; <b>reopens</b>\n today")).isEqualTo("Café reopens today");
        assertThat(HtmlText.inlineText("Plain & simple")).isEqualTo("Plain & simple");
        assertThat(HtmlText.inlineText(null)).isEmpty();
    }
}
