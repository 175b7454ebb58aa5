package org.parallax.ingest.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.article.ArticleFlag;
import org.parallax.ingest.OutletClaim;
import org.parallax.ingest.OutletEvidence;
import org.parallax.ingest.ParsedArticle;
import org.parallax.ingest.ParsedRecord;

/**
 * The real digest from the shared seed folder, when it is there (skipped otherwise). Titles are matched by their
 * first few words only.
 */
class DigestSeedTest {

    private static final Path SEED = Path.of("..", "shared", "seed", "selected-articles-digest.txt");

    private static List<ParsedRecord> records;

    @BeforeAll
    static void parseSeed() throws IOException {
        assumeTrue(Files.isRegularFile(SEED), "seed digest not found at " + SEED.toAbsolutePath());
        records = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(SEED, StandardCharsets.UTF_8)) {
            new DigestParser().parse(reader, records::add);
        }
    }

    private static List<ParsedArticle> articles() {
        return DigestFixtures.articles(records);
    }

    private static ParsedArticle titled(String prefix) {
        List<ParsedArticle> matches = articles().stream().filter(a -> a.title().startsWith(prefix)).toList();
        assertThat(matches).as("articles titled \"%s…\"", prefix).hasSize(1);
        return matches.getFirst();
    }

    @Test
    void tenBlocksAllAccepted() {
        assertThat(records).hasSize(10).allMatch(ParsedRecord.Accepted.class::isInstance);
        assertThat(records.getFirst().record()).isEqualTo("block 1 (line 1)");
    }

    @Test
    void detectsTheFourOutlets() {
        assertThat(articles()).map(ParsedArticle::outlet).filteredOn(Objects::nonNull).map(OutletClaim::name)
                .containsExactlyInAnyOrder("Azerbaijan In Focus", "Tehran Times", "Armenian Weekly",
                        "Al Mayadeen English");
    }

    @Test
    void politicoIsTheUpstreamSourceNeverTheOutlet() {
        assertThat(articles()).map(ParsedArticle::outlet).filteredOn(Objects::nonNull).map(OutletClaim::name)
                .noneMatch(name -> name.toLowerCase().contains("politico"));
        ParsedArticle mayadeen = articles().stream()
                .filter(a -> a.outlet() != null && a.outlet().name().equals("Al Mayadeen English"))
                .findFirst().orElseThrow();
        assertThat(mayadeen.outlet().evidence()).isEqualTo(OutletEvidence.BY_LINE);
        assertThat(mayadeen.upstreamSource()).isEqualTo("Politico");
        assertThat(mayadeen.body()).doesNotContain("•").doesNotContain("Source:");
    }

    @Test
    void noSeedBlockIsAttributedFromASourceLine() {
        assertThat(articles()).map(ParsedArticle::outlet).filteredOn(Objects::nonNull).map(OutletClaim::evidence)
                .doesNotContain(OutletEvidence.SOURCE_LINE);
    }

    @Test
    void tehranTimesBlockHasItsByline() {
        ParsedArticle tehran = articles().stream()
                .filter(a -> a.outlet() != null && a.outlet().name().equals("Tehran Times"))
                .findFirst().orElseThrow();

        assertThat(tehran.outlet().evidence()).isEqualTo(OutletEvidence.FIRST_PUBLISHED_IN);
        assertThat(tehran.byline()).isEqualTo("Sadegh Fereydounabadi");
        assertThat(tehran.body()).doesNotContain("Sadegh Fereydounabadi").doesNotContain("First published");
    }

    @Test
    void appearedFirstOnFooterIsEvidenceNotBody() {
        ParsedArticle focus = articles().stream()
                .filter(a -> a.outlet() != null && a.outlet().name().equals("Azerbaijan In Focus"))
                .findFirst().orElseThrow();

        assertThat(focus.outlet().evidence()).isEqualTo(OutletEvidence.APPEARED_FIRST_ON);
        assertThat(focus.body()).doesNotContain("appeared first on");
    }

    @Test
    void emptyBlockIsFlaggedEmptyBody() {
        ParsedArticle empty = titled("Yerevan, Baku agree");

        assertThat(empty.body()).isEmpty();
        assertThat(empty.flags()).contains(ArticleFlag.EMPTY_BODY);
    }

    @Test
    void armenianWeeklyBlockIsATeaserWithItsTitleSuffixStripped() {
        ParsedArticle weekly = articles().stream()
                .filter(a -> a.outlet() != null && a.outlet().name().equals("Armenian Weekly"))
                .findFirst().orElseThrow();

        assertThat(weekly.flags()).contains(ArticleFlag.TEASER_ONLY);
        assertThat(weekly.outlet().evidence()).isEqualTo(OutletEvidence.TITLE_SUFFIX);
        assertThat(weekly.title()).doesNotContain("Armenian Weekly").doesNotEndWith("…").doesNotEndWith(" ");
    }

    @Test
    void noShareLinesNoBulletsNoNoBreakSpacesInAnyBody() {
        assertThat(articles()).allSatisfy(a -> assertThat(a.body())
                .doesNotContain("Share The News")
                .doesNotContain("\u00A0")
                .doesNotContain("\n\n\n"));
    }

    @Test
    void blocksWithoutOutletEvidenceHaveNone() {
        assertThat(articles()).filteredOn(a -> a.outlet() == null).hasSize(6);
    }
}
