package org.parallax.ingest.digest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.parallax.article.ArticleFlag;
import org.parallax.ingest.ArticleParser;
import org.parallax.ingest.ImportFormat;
import org.parallax.ingest.OutletClaim;
import org.parallax.ingest.OutletEvidence;
import org.parallax.ingest.ParsedArticle;
import org.parallax.ingest.ParsedRecord;
import org.parallax.ingest.UnreadableInputException;

/**
 * Reads the "Selected Articles" digest: plain text where each article is a block
 *
 * <pre>
 * Selected Articles
 *
 * &lt;title&gt;
 *
 * Share The News
 *
 * &lt;paragraph&gt;
 *
 * &lt;paragraph&gt; …
 *
 * Share The News        (usually; may be missing)
 * </pre>
 *
 * <p>The parser streams: {@link DigestBlockSplitter} reads the input line by line and each block's record goes to
 * the sink as soon as the block ends. Rules per block (the block is named "block N (line L)", N counting blocks from
 * 1 and L the line of its "Selected Articles"):
 * <ul>
 *   <li>Title: the first non-blank line after "Selected Articles", spaces normalised. None (or "Share The News"
 *       in its place): {@link ParsedRecord.Rejected}. Longer than {@value #MAX_TITLE_CHARS} characters: rejected.</li>
 *   <li>Body: cleaned by {@link DigestBodyCleaner}; longer than {@value #MAX_BODY_CHARS} characters: rejected.</li>
 *   <li>Outlet: the strongest claim from the body and the title suffix ({@link DigestOutletDetector}); none:
 *       {@code null} (the import service flags it). A plain "Source: X" line that loses to a stronger claim naming
 *       another outlet is the credited (upstream) source, unless a "• Source:" bullet already credits one. The
 *       title loses its " – X" suffix only when X is the outlet
 *       chosen.</li>
 *   <li>Flags, each with a warning: {@link ArticleFlag#EMPTY_BODY} when the cleaned body is empty (the block is
 *       still accepted); {@link ArticleFlag#TEASER_ONLY} when the body only repeated the title, or is a single
 *       paragraph of fewer than {@value #TEASER_MAX_WORDS} words.</li>
 *   <li>A block that cannot be read for any other reason is rejected; the parser goes on with the next one.</li>
 * </ul>
 * Text before the first block is ignored; if it has real text, a warning goes with the first accepted record (or,
 * when no block is accepted, a rejected record named "text before block 1").
 */
public final class DigestParser implements ArticleParser {

    /** Longest title kept; a longer one is not a title and the block is rejected. */
    public static final int MAX_TITLE_CHARS = 1_000;
    /** Longest body read; a block with more text is rejected. */
    public static final int MAX_BODY_CHARS = 1_000_000;
    /** A single-paragraph body with fewer words than this is a teaser. */
    public static final int TEASER_MAX_WORDS = 40;

    @Override
    public ImportFormat format() {
        return ImportFormat.DIGEST;
    }

    /**
     * {@inheritDoc}
     *
     * @throws UnreadableInputException when the input has no "Selected Articles" line (an empty input included)
     */
    @Override
    public void parse(Reader reader, Consumer<ParsedRecord> sink) throws IOException {
        DigestBlockSplitter splitter = new DigestBlockSplitter(reader, MAX_BODY_CHARS);
        DigestBlockSplitter.Preamble preamble = splitter.preamble();
        String pendingWarning = preamble.warning();
        DigestBlock block;
        while ((block = splitter.next()) != null) {
            ParsedRecord record = read(block);
            if (pendingWarning != null && record instanceof ParsedRecord.Accepted accepted) {
                record = withWarning(accepted, pendingWarning);
                pendingWarning = null;
            }
            sink.accept(record);
        }
        if (pendingWarning != null) {
            sink.accept(new ParsedRecord.Rejected("text before block 1", pendingWarning));
        }
    }

    /** One block's record; never throws for a bad block. */
    static ParsedRecord read(DigestBlock block) {
        String name = block.recordName();
        try {
            String problem = problem(block);
            if (problem != null) {
                return new ParsedRecord.Rejected(name, problem);
            }
            return new ParsedRecord.Accepted(name, article(block));
        } catch (RuntimeException e) {
            return new ParsedRecord.Rejected(name, "could not read this block: " + e);
        }
    }

    /** Why the block cannot be an article, or {@code null} when it can. */
    private static @Nullable String problem(DigestBlock block) {
        DigestLine title = block.title();
        if (title == null) {
            return block.bodyLines().isEmpty()
                    ? "no title: the block is empty"
                    : "no title: \"Share The News\" comes right after \"Selected Articles\"";
        }
        if (title.length() > MAX_TITLE_CHARS) {
            return "title too long: %,d characters (at most %,d); is a line break missing?"
                    .formatted(title.length(), MAX_TITLE_CHARS);
        }
        if (block.bodyOverflow()) {
            return "body too long: %,d characters (at most %,d)".formatted(block.bodyChars(), MAX_BODY_CHARS);
        }
        return null;
    }

    private static ParsedArticle article(DigestBlock block) {
        String title = DigestText.normalizeSpaces(block.title().text());
        DigestOutletDetector.TitleSuffix suffix = DigestOutletDetector.titleSuffix(title);
        List<String> titles = suffix == null ? List.of(title) : List.of(title, suffix.strippedTitle());
        CleanedBody body = DigestBodyCleaner.clean(block.bodyLines(), titles);

        List<OutletClaim> claims = new ArrayList<>(body.claims());
        if (suffix != null) {
            claims.add(suffix.claim());
        }
        OutletClaim outlet = DigestOutletDetector.strongest(claims);
        if (suffix != null && outlet != null && DigestOutletDetector.sameOutlet(outlet.name(), suffix.outlet())) {
            title = suffix.strippedTitle();
        }

        Set<ArticleFlag> flags = EnumSet.noneOf(ArticleFlag.class);
        List<String> warnings = new ArrayList<>(body.warnings());
        if (body.paragraphs().isEmpty()) {
            flags.add(ArticleFlag.EMPTY_BODY);
            if (body.repeatedTitle()) {
                warnings.add("empty body: the block's only text repeated its title");
                flags.add(ArticleFlag.TEASER_ONLY);
                warnings.add("teaser only: the body only repeated the title");
            } else if (body.hadText()) {
                warnings.add("empty body: the block's text was only metadata (byline, source, footer)");
            } else {
                warnings.add("empty body: the block has a title but no text");
            }
        } else if (body.paragraphs().size() == 1) {
            int words = DigestText.wordCount(body.paragraphs().getFirst());
            if (words < TEASER_MAX_WORDS) {
                flags.add(ArticleFlag.TEASER_ONLY);
                warnings.add("teaser only: the body is a single paragraph of " + words
                        + (words == 1 ? " word" : " words"));
            }
        }
        return new ParsedArticle(title, body.text(), outlet, upstreamSource(body, outlet), body.byline(),
                null, null, null, null, flags, warnings);
    }

    /**
     * The credited source: a "• Source: X" bullet's X; else the X of a plain "Source: X" line that lost to a stronger
     * claim naming another outlet (as "• By Some Agency" above "Source: Other Paper"); else none.
     */
    private static @Nullable String upstreamSource(CleanedBody body, @Nullable OutletClaim outlet) {
        if (body.upstreamSource() != null) {
            return body.upstreamSource();
        }
        return body.claims().stream()
                .filter(c -> c.evidence() == OutletEvidence.SOURCE_LINE)
                .filter(c -> outlet == null || !DigestOutletDetector.sameOutlet(c.name(), outlet.name()))
                .map(OutletClaim::name)
                .findFirst().orElse(null);
    }

    private static ParsedRecord.Accepted withWarning(ParsedRecord.Accepted accepted, String warning) {
        ParsedArticle a = accepted.article();
        List<String> warnings = new ArrayList<>();
        warnings.add(warning);
        warnings.addAll(a.warnings());
        return new ParsedRecord.Accepted(accepted.record(), new ParsedArticle(a.title(), a.body(), a.outlet(),
                a.upstreamSource(), a.byline(), a.url(), a.publishedAt(), a.publishedZone(), a.language(),
                a.flags(), warnings));
    }
}
