package org.parallax.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * A generated JSON Lines corpus for benchmarks: events of 3-5 articles by different outlets, each
 * article about {@code words} words of invented vocabulary (Zipf-distributed), with shared
 * "wire" sentences inside an event, spread over time like a news stream. Deterministic per seed.
 */
public final class SyntheticCorpus {

    private final Random random;
    private final String[] vocabulary;
    private final double[] cumulative;

    public SyntheticCorpus(long seed, int vocabularySize) {
        random = new Random(seed);
        vocabulary = new String[vocabularySize];
        String consonants = "bcdfghklmnprstvz";
        String vowels = "aeiou";
        for (int i = 0; i < vocabularySize; i++) {
            StringBuilder w = new StringBuilder();
            int syllables = 1 + (i % 3) + (i > 2000 ? 1 : 0);
            int x = i;
            for (int s = 0; s < syllables; s++) {
                w.append(consonants.charAt(x % consonants.length())).append(vowels.charAt((x / 7) % vowels.length()));
                x = x / 3 + 17 * s + i;
            }
            vocabulary[i] = w.toString() + (i % 11 == 0 ? "n" : "");
        }
        cumulative = new double[vocabularySize];
        double sum = 0;
        for (int i = 0; i < vocabularySize; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < vocabularySize; i++) {
            cumulative[i] /= sum;
        }
    }

    public String word() {
        double u = random.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return vocabulary[lo];
    }

    public String sentence(String... topic) {
        StringBuilder s = new StringBuilder();
        int n = 12 + random.nextInt(14);
        for (int i = 0; i < n; i++) {
            String w = random.nextInt(6) == 0 && topic.length > 0 ? topic[random.nextInt(topic.length)] : word();
            s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(' ');
        }
        return s.toString().strip() + ".";
    }

    /** Writes {@code articles} articles of about {@code words} words each. */
    public void write(Path file, int articles, int words) throws IOException {
        OffsetDateTime time = OffsetDateTime.of(2024, 1, 1, 8, 0, 0, 0, ZoneOffset.ofHours(2));
        String[] outlets = new String[40];
        for (int i = 0; i < outlets.length; i++) {
            outlets[i] = "Bench Outlet " + (char) ('A' + i % 26) + (i / 26);
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int written = 0;
            int event = 0;
            while (written < articles) {
                event++;
                String[] topic = {"Zorvak" + event, "Tellim" + (event % 997), word() + "ston", "Mirela " + word()};
                String wire = sentence(topic) + " " + sentence(topic);
                int size = 3 + random.nextInt(3);
                time = time.plusMinutes(20 + random.nextInt(40));
                for (int k = 0; k < size && written < articles; k++) {
                    StringBuilder body = new StringBuilder(wire).append("\\n\\n");
                    int count = wire.split(" ").length;
                    while (count < words) {
                        String s = sentence(topic);
                        body.append(s).append(random.nextInt(5) == 0 ? "\\n\\n" : " ");
                        count += s.split(" ").length;
                    }
                    String title = sentence(topic);
                    out.write("{\"outlet\":\"" + outlets[(event * 7 + k) % outlets.length] + "\",\"url\":\"https://bench.example/"
                            + event + "/" + k + "\",\"title\":\"" + title.substring(0, Math.min(90, title.length()))
                            + "\",\"published_at\":\"" + time.plusMinutes(k * 45L) + "\",\"language\":\"en\",\"body\":\""
                            + body.toString().strip() + "\"}\n");
                    written++;
                }
            }
        }
    }
}
