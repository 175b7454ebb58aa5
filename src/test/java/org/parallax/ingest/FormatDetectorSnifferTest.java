package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Content-based detection picks the right format for each fixture, and names them all when it cannot. */
class FormatDetectorSnifferTest {

    private static String start(String path) throws IOException {
        try (InputStream in = FormatDetectorSnifferTest.class.getResourceAsStream("/fixtures/" + path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        }
    }

    @Test
    void eachFixtureIsDetectedAsItsFormat() throws IOException {
        assertThat(FormatDetector.detect(start("digest/layout.txt"), "a")).isEqualTo(ImportFormat.DIGEST);
        assertThat(FormatDetector.detect(start("feed/rss2.xml"), "a")).isEqualTo(ImportFormat.FEED);
        assertThat(FormatDetector.detect(start("feed/atom.xml"), "a")).isEqualTo(ImportFormat.FEED);
        assertThat(FormatDetector.detect(start("html/jsonld-article.html"), "a")).isEqualTo(ImportFormat.HTML);
        assertThat(FormatDetector.detect(start("html/title-suffix.html"), "a")).isEqualTo(ImportFormat.HTML);
        assertThat(FormatDetector.detect(start("tabular/articles.jsonl"), "a")).isEqualTo(ImportFormat.JSONL);
        assertThat(FormatDetector.detect(start("tabular/articles.csv"), "a")).isEqualTo(ImportFormat.CSV);
        assertThat(FormatDetector.detect(start("tabular/semicolon.csv"), "a")).isEqualTo(ImportFormat.CSV);
        assertThat(FormatDetector.detect(start("tabular/mediacloud.csv"), "a")).isEqualTo(ImportFormat.CSV);
    }

    @Test
    void unknownContentNamesEverySupportedFormat() {
        assertThatThrownBy(() -> FormatDetector.detect("just some words\n", "notes.txt"))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("Parallax cannot tell what format 'notes.txt' is in")
                .hasMessageContaining("HTML (a saved article web page)")
                .hasMessageContaining("RSS or Atom feed")
                .hasMessageContaining("CSV (")
                .hasMessageContaining("JSON Lines (");
    }
}
