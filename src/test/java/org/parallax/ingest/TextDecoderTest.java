package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Which charset the decoder picks for bytes as users upload them, and what it refuses. */
class TextDecoderTest {

    private static final String LINES = """
            {"title":"Le café de la gare rouvre","body":"Le café a rouvert ses portes lundi, selon la mairie."}
            {"title":"Über den Fluss","body":"Die Fähre fährt wieder über den Fluss, sagte der Hafenmeister."}
            """;

    @Test
    void oneStrayByteInUtf8KeepsUtf8AndReplacesOnlyThatByte() throws IOException {
        byte[] utf8 = LINES.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(utf8, new byte[] {'{', '"', 't', '"', ':', '"', 'x', (byte) 0xFF, '"', '}', '\n'});

        TextDecoder.Decoded decoded = TextDecoder.open(new ByteArrayInputStream(bytes));

        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        String text = readAll(decoded.reader());
        assertThat(text).contains("Le café de la gare").contains("Fähre").contains("x\uFFFD");
        assertThat(text).doesNotContain("Ã©");
    }

    @Test
    void westernLegacyTextIsReadAsWindows1252() throws IOException {
        byte[] bytes = LINES.replace("Fähre", "Fähre \u201cheute\u201d").getBytes(Charset.forName("windows-1252"));

        TextDecoder.Decoded decoded = TextDecoder.open(new ByteArrayInputStream(bytes));

        assertThat(decoded.charset().name()).isEqualTo("windows-1252");
        assertThat(readAll(decoded.reader())).contains("Le café de la gare").contains("Fähre \u201cheute\u201d");
    }

    @Test
    void shiftJisIsRefusedWithAReasonInsteadOfStoredAsMojibake() {
        String japanese = "{\"title\":\"港の渡し船が運航を再開\",\"body\":\"市によると、渡し船は月曜日に運航を再開した。港湾局は橋の点検を続けている。\"}\n";
        byte[] bytes = japanese.repeat(20).getBytes(Charset.forName("Shift_JIS"));

        assertThatThrownBy(() -> TextDecoder.open(new ByteArrayInputStream(bytes)))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("not UTF-8")
                .hasMessageContaining("save it as UTF-8");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRecognisedFromItsZeroBytes() throws IOException {
        for (Charset utf16 : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            TextDecoder.Decoded decoded = TextDecoder.open(new ByteArrayInputStream(LINES.getBytes(utf16)));

            assertThat(decoded.charset()).isEqualTo(utf16);
            assertThat(readAll(decoded.reader())).isEqualTo(LINES);
        }
    }

    @Test
    void oneNulByteDoesNotMakeATextFileBinary() throws IOException {
        byte[] bytes = LINES.replace("lundi", "lun\u0000di").getBytes(StandardCharsets.UTF_8);

        TextDecoder.Decoded decoded = TextDecoder.open(new ByteArrayInputStream(bytes));

        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(readAll(decoded.reader())).contains("lundi").doesNotContain("\u0000");
    }

    @Test
    void bytesWithManyControlCharactersAreBinary() {
        byte[] noise = new byte[20_000];
        new Random(7).nextBytes(noise);

        assertThatThrownBy(() -> TextDecoder.open(new ByteArrayInputStream(noise)))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("binary");
    }

    static String readAll(Reader reader) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[4096];
        int n;
        while ((n = reader.read(buffer)) != -1) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }

    static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
