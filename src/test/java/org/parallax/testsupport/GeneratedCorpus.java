package org.parallax.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parallax.bench.SyntheticCorpus;

/**
 * A JSON Lines file of generated articles (invented vocabulary, events of 3-5 articles, see
 * {@link SyntheticCorpus}) whose URLs live on a host of its own, so that files written with
 * different hosts never duplicate each other.
 */
public final class GeneratedCorpus {

    private GeneratedCorpus() {}

    /** Writes {@code articles} articles of about {@code words} words to {@code file}, under {@code host}. */
    public static Path write(Path file, String host, long seed, int articles, int words) throws IOException {
        new SyntheticCorpus(seed, 6000).write(file, articles, words);
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("https://bench.example/", "https://" + host + "/");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
