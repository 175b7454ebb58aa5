package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Invariants of the splitter, the analyzer and the extractor on seeded random text made of tricky pieces. */
class TextRobustnessTest {

    private static final String[] PIECES = {
        "Mr.", "U.S.", "J.", "No.", "5", "Sept.", "the", "The", "of", "al-Assad", "O'Brien", "Pashinyan's",
        "Ostrava", "talks", "\u201C", "\u201D", "\"", "'", "(", ")", ".", "!", "?", "...", ",", "\n", "\n\n",
        "\r\n", " ", "  ", "\u00A0", "\u2029", "Zo\u00EB", "\uD83D\uDE00", "-", "\u2014", "Bank", "Red Cross",
    };

    private static String randomText(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(40);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextBoolean()) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    private static String withoutSpace(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (!SentenceSplitter.isSpace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Test
    void invariantsHoldOnRandomText() {
        Random random = new Random(20250310);
        SentenceSplitter splitter = new SentenceSplitter();
        TermAnalyzer analyzer = new TermAnalyzer();
        ActorExtractor extractor = new ActorExtractor();
        ActorMerger merger = new ActorMerger();
        for (int round = 0; round < 1500; round++) {
            String text = randomText(random);

            int previousEnd = 0;
            for (Span s : splitter.split(text)) {
                assertThat(s.begin()).isGreaterThanOrEqualTo(previousEnd);
                assertThat(s.end()).isLessThanOrEqualTo(text.length()).isGreaterThan(s.begin());
                assertThat(SentenceSplitter.isSpace(text.charAt(s.begin()))).as("trimmed start in %s", text).isFalse();
                assertThat(SentenceSplitter.isSpace(text.charAt(s.end() - 1))).as("trimmed end in %s", text).isFalse();
                previousEnd = s.end();
            }
            // Nothing but whitespace is lost between sentences.
            assertThat(withoutSpace(String.join("", splitter.split(text).stream().map(s -> s.text(text)).toList())))
                    .isEqualTo(withoutSpace(text));

            List<Token> tokens = analyzer.tokens(text);
            assertThat(tokens.size()).isEqualTo(analyzer.analyze(text).total());
            for (Token t : tokens) {
                assertThat(t.begin()).isLessThan(t.end());
                assertThat(t.end()).isLessThanOrEqualTo(text.length());
            }

            List<Mention> mentions = extractor.extract(text);
            int lastEnd = 0;
            for (Mention m : mentions) {
                assertThat(m.begin()).isGreaterThanOrEqualTo(lastEnd);
                assertThat(text.substring(m.begin(), m.end())).isEqualTo(m.surface());
                lastEnd = m.end();
            }
            List<Actor> actors = merger.merge(new ArrayList<>(mentions));
            assertThat(actors.stream().mapToInt(a -> a.mentions().size()).sum()).isLessThanOrEqualTo(mentions.size());
        }
    }
}
