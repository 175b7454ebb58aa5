package org.parallax.ingest.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.OutletClaim;
import org.parallax.ingest.ParsedArticle;
import org.parallax.ingest.ParsedRecord;

/**
 * Outlet attribution on two labelled sets of original digest blocks ({@code src/test/resources/eval/outlets}):
 * the calibration set, on which the rules were tuned, and the held-out set, looked at only to report. Each block is
 * labelled with the outlet that published it, or with none when the text does not say.
 *
 * <p>Per set: a block is <em>attributed</em> when the parser names an outlet; an attribution is <em>correct</em> when
 * it names the labelled outlet ({@link DigestOutletDetector#sameOutlet}). Precision = correct / attributed; recall =
 * correct / blocks labelled with an outlet. The figures are printed and go into docs/outlets.md.
 */
class OutletAttributionEvaluationTest {

    /** One labelled block: its number (from 1), the layout it was written in, its true outlet or {@code null}. */
    record Label(int block, String shape, @Nullable String outlet) {}

    /** The figures of one set. */
    record Scores(String set, int blocks, int labelled, int attributed, int correct, List<String> mistakes) {
        double precision() {
            return attributed == 0 ? 1 : (double) correct / attributed;
        }

        double recall() {
            return labelled == 0 ? 1 : (double) correct / labelled;
        }

        @Override
        public String toString() {
            return "%s: %d blocks, %d name their outlet; %d attributed, %d correctly: precision %.3f, recall %.3f%s"
                    .formatted(set, blocks, labelled, attributed, correct, precision(), recall(),
                            mistakes.isEmpty() ? "" : "\n  misses and mistakes:\n  " + String.join("\n  ", mistakes));
        }
    }

    @Test
    void calibrationSet() throws IOException {
        Scores scores = evaluate("calibration");
        System.out.println(scores);

        assertThat(scores.blocks()).isEqualTo(40);
        assertThat(scores.precision()).as(scores.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(scores.recall()).as(scores.toString()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void heldOutSet() throws IOException {
        Scores scores = evaluate("held-out");
        System.out.println(scores);

        assertThat(scores.blocks()).isEqualTo(42);
        assertThat(scores.precision()).as(scores.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(scores.recall()).as(scores.toString()).isGreaterThanOrEqualTo(0.9);
    }

    static Scores evaluate(String set) throws IOException {
        List<ParsedRecord> records = DigestFixtures.parse(new java.io.StringReader(resource(set + ".txt")));
        List<Label> labels = resource(set + "-labels.tsv").lines().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split("\t", -1))
                .map(f -> new Label(Integer.parseInt(f[0]), f[1], f[2].isBlank() ? null : f[2]))
                .toList();
        assertThat(records).as("one record per labelled block").hasSize(labels.size());
        int labelled = 0;
        int attributed = 0;
        int correct = 0;
        List<String> mistakes = new java.util.ArrayList<>();
        for (Label label : labels) {
            ParsedArticle article = DigestFixtures.article(records.get(label.block() - 1));
            OutletClaim claim = article.outlet();
            if (label.outlet() != null) {
                labelled++;
            }
            if (claim != null) {
                attributed++;
            }
            boolean right = claim != null && label.outlet() != null
                    && DigestOutletDetector.sameOutlet(claim.name(), label.outlet());
            if (right) {
                correct++;
            } else if (claim != null || label.outlet() != null) {
                mistakes.add("block %d (%s): expected %s, got %s".formatted(label.block(), label.shape(),
                        label.outlet() == null ? "none" : label.outlet(),
                        claim == null ? "none" : claim.name() + " [" + claim.evidence() + "]"));
            }
        }
        return new Scores(set, labels.size(), labelled, attributed, correct, mistakes);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = OutletAttributionEvaluationTest.class.getResourceAsStream("/eval/outlets/" + name)) {
            assertThat(in).as("evaluation file %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
