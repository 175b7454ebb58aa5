package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The optimised text machinery computes exactly what its frozen pre-optimisation copies ({@code Legacy*}) compute:
 * comparison keys, content hashes, word counts, name words and keys, sentence spans, mentions and merged actors,
 * on every input of {@link EquivalenceTexts}.
 */
class TextEquivalenceTest {

    static List<String> texts;

    @BeforeAll
    static void inputs() {
        texts = EquivalenceTexts.all();
        assertThat(texts).hasSizeGreaterThan(6000);
    }

    @Test
    void normalizerIsUnchanged() {
        for (String t : texts) {
            assertThat(TextNormalizer.foldPunctuation(t)).as("fold %s", t).isEqualTo(LegacyTextNormalizer.foldPunctuation(t));
            assertThat(TextNormalizer.collapseWhitespace(t)).as("collapse %s", t)
                    .isEqualTo(LegacyTextNormalizer.collapseWhitespace(t));
            assertThat(TextNormalizer.comparisonKey(t)).as("key %s", t).isEqualTo(LegacyTextNormalizer.comparisonKey(t));
        }
    }

    @Test
    void contentHashesAreUnchanged() {
        Random random = new Random(7);
        for (String t : texts) {
            String other = texts.get(random.nextInt(texts.size()));
            assertThat(ContentHash.of(t, other)).as("hash %s / %s", t, other).isEqualTo(LegacyContentHash.of(t, other));
        }
        for (String[] a : EquivalenceTexts.articles()) {
            assertThat(ContentHash.of(a[0], a[1])).isEqualTo(LegacyContentHash.of(a[0], a[1]));
        }
    }

    @Test
    void wordCountsAreUnchanged() {
        for (String t : texts) {
            assertThat(WordCounter.count(t)).as("count %s", t).isEqualTo(LegacyWordCounter.count(t));
        }
    }

    @Test
    void nameWordsAndKeysAreUnchanged() {
        for (String t : texts) {
            List<Span> words = NameWords.words(t);
            assertThat(words).as("words %s", t).isEqualTo(LegacyNameWords.words(t));
            assertThat(NameWords.key(t)).as("key %s", t).isEqualTo(LegacyNameWords.key(t));
            for (Span w : words) {
                String word = w.text(t);
                assertThat(NameWords.key(word)).as("key %s", word).isEqualTo(LegacyNameWords.key(word));
                assertThat(ActorExtractor.isCapitalised(word)).as("capitalised %s", word)
                        .isEqualTo(LegacyActorExtractor.isCapitalised(word));
            }
        }
    }

    @Test
    void particleNamesAreCapitalisedAsBefore() {
        for (String w : List.of("al-Assad", "bin-Laden", "ibn\u2019Saud", "abc-D", "abcd-E", "a'B", "de\u2010Gaulle",
                "el\u2011Sisi", "al-", "al-a", "al-\u00C9", "\u00E9t-A", "al-A\nb", "al-A\u2028", "al-Ab\u0085c", "al-\uD801\uDC00x",
                "\uD801\uDC28\uD801\uDC28-A", "a-\uD801\uDC00", "A", "\u01C5x", "1-A", "al\u02BCA")) {
            assertThat(ActorExtractor.isCapitalised(w)).as("capitalised %s", w).isEqualTo(LegacyActorExtractor.isCapitalised(w));
        }
    }

    @Test
    void sentencesAreUnchanged() {
        SentenceSplitter splitter = new SentenceSplitter();
        LegacySentenceSplitter legacy = new LegacySentenceSplitter();
        for (String t : texts) {
            assertThat(splitter.split(t)).as("sentences of %s", t).isEqualTo(legacy.split(t));
        }
    }

    @Test
    void headlinedSentencesAreThoseOfTheJoinedText() {
        SentenceSplitter splitter = new SentenceSplitter();
        LegacySentenceSplitter legacy = new LegacySentenceSplitter();
        Random random = new Random(12);
        List<String> titles = new ArrayList<>(List.of("", "Title", "Title\n", "Title\r", "Title\r\n", "\n", "T\u2028x",
                "T\u2029", "T\u0085", "A headline. Two sentences!", "Ends with a space ", "\u00A0"));
        for (int k = 0; k < 500; k++) {
            titles.add(texts.get(random.nextInt(texts.size())));
        }
        for (String title : titles) {
            String body = texts.get(random.nextInt(texts.size()));
            assertThat(splitter.splitHeadlined(title, body, splitter.split(body))).as("%s / %s", title, body)
                    .isEqualTo(legacy.split(title + "\n\n" + body));
            for (String start : List.of("\n", " \n", "\r\n", "\u2029", "\n\n", " ")) {
                assertThat(splitter.splitHeadlined(title, start + body, splitter.split(start + body)))
                        .isEqualTo(legacy.split(title + "\n\n" + start + body));
            }
        }
    }

    @Test
    void mentionsAndActorsAreUnchanged() {
        ActorExtractor extractor = new ActorExtractor();
        LegacyActorExtractor legacyExtractor = new LegacyActorExtractor();
        ActorMerger merger = new ActorMerger();
        LegacyActorMerger legacyMerger = new LegacyActorMerger();
        List<Mention> all = new ArrayList<>();
        for (String t : texts) {
            List<Mention> mentions = extractor.extract(t);
            assertThat(mentions).as("mentions in %s", t).isEqualTo(legacyExtractor.extract(t));
            all.addAll(mentions);
            assertSameActors(merger.merge(mentions), legacyMerger.merge(mentions));
            for (Mention m : mentions) {
                assertThat(ActorMerger.nameOf(m.surface())).as("name of %s", m.surface())
                        .isEqualTo(LegacyActorMerger.nameOf(m.surface()));
            }
        }
        // mentions from many texts at once, as when merging across articles
        for (int from = 0; from < all.size(); from += 200) {
            List<Mention> chunk = all.subList(from, Math.min(all.size(), from + 200));
            assertSameActors(merger.merge(chunk), legacyMerger.merge(chunk));
        }
    }

    /** Same actors, same order, same names, keys, forms (in order) and mentions. */
    static void assertSameActors(List<Actor> actual, List<Actor> expected) {
        assertThat(actual).isEqualTo(expected);
        for (int i = 0; i < actual.size(); i++) {
            assertThat(List.copyOf(actual.get(i).forms())).isEqualTo(List.copyOf(expected.get(i).forms()));
            assertThat(actual.get(i).key()).isEqualTo(LegacyNameWords.key(expected.get(i).name()));
        }
    }
}
