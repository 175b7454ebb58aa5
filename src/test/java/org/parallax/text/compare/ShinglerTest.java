package org.parallax.text.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShinglerTest {

    @Test
    void fnv1a64MatchesPublishedTestVectors() {
        // Reference values of the FNV-1a 64-bit hash (offset basis 0xcbf29ce484222325, prime 0x100000001b3).
        assertThat(Shingler.fnv1a64("")).isEqualTo(0xcbf29ce484222325L);
        assertThat(Shingler.fnv1a64("a")).isEqualTo(0xaf63dc4c8601ec8cL);
        assertThat(Shingler.fnv1a64("foobar")).isEqualTo(0x85944171f73967e8L);
    }

    @Test
    void hashIsOverUtf8OfWordsJoinedBySpaces() {
        // Computed independently: FNV-1a 64 of the UTF-8 bytes.
        assertThat(Shingler.hash(List.of("the", "convoy", "left", "before", "dawn"))).isEqualTo(0xed1ae24e56ca2ac0L);
        assertThat(Shingler.hash(List.of("ünïcode", "ok"))).isEqualTo(0x71bc4227f2c361e3L);
    }

    @Test
    void fiveWordShinglesWithOffsets() {
        String text = "The convoy left before dawn on Monday.";
        List<Shingle> shingles = new Shingler().shingles(text);
        // 7 words → 7 − 5 + 1 = 3 shingles
        assertThat(shingles).hasSize(3);
        Shingle first = shingles.getFirst();
        assertThat(first.firstToken()).isZero();
        assertThat(first.textIn(text)).isEqualTo("The convoy left before dawn");
        assertThat(first.hash()).isEqualTo(0xed1ae24e56ca2ac0L);
        assertThat(shingles.get(2).textIn(text)).isEqualTo("left before dawn on Monday");
        assertThat(shingles.get(2).firstToken()).isEqualTo(2);
    }

    @Test
    void hashIgnoresCaseQuotesAndPunctuation() {
        Shingler s = new Shingler(3);
        assertThat(s.shingles("Don’t close the road").getFirst().hash())
                .isEqualTo(s.shingles("\"DON'T, close... THE\" road").getFirst().hash());
    }

    @Test
    void fewerWordsThanTheSizeGiveNoShingles() {
        assertThat(new Shingler().shingles("only four words here")).isEmpty();
        assertThat(new Shingler().shingles("")).isEmpty();
        assertThat(new Shingler(1).shingles("one")).hasSize(1);
    }

    @Test
    void sizeMustBePositive() {
        assertThatThrownBy(() -> new Shingler(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
