package org.parallax.text.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parallax.text.TextNormalizer;
import org.parallax.text.compare.Attribution.Found;
import org.parallax.text.compare.ClauseTokens.Tok;
import org.parallax.text.compare.Continuation.Continued;
import org.parallax.text.compare.PronounResolver.Speaker;
import org.parallax.text.compare.QuoteMarks.Paragraph;
import org.parallax.text.compare.QuoteMarks.Raw;
import org.parallax.text.compare.SpeakerPhrases.Phrase;

/**
 * Finds direct quotations and, where the surrounding clause makes it clear, who said them and with
 * which attribution verb.
 *
 * <p>Each step states its own rules:
 * <ul>
 *   <li>{@code QuoteMarks}: quotations by their marks (curly, straight and single quotes, paragraph
 *       continuation); headlines and titles of works are not quotes.</li>
 *   <li>{@code Attribution}: the speaker and verb from the words right after the quote, then from the
 *       clause right before it ({@code “…,” X said}, {@code “…,” said X}, {@code according to X},
 *       {@code “…,” he said}, {@code X said: “…”}).</li>
 *   <li>{@code SpeakerPhrases} and {@code SpeakerWords}: what counts as a speaker phrase, and its name.</li>
 *   <li>{@code PronounResolver}: {@code he}/{@code she} resolved to an obvious named speaker.</li>
 *   <li>{@code Continuation}: a quote without attribution of its own continuing an earlier speaker's.</li>
 * </ul>
 * Quotes of fewer than three words are returned with {@link Quote#scare()} set.
 *
 * <p>Headlines are never quotes: see {@link #extract(String, String)}.
 *
 * <p>The attribution verbs are read from {@code attribution-verbs.txt} next to this class (surface
 * forms, no morphology). All of this is pattern matching, not parsing: it favours leaving a speaker
 * out over guessing.
 *
 * <p>The approach (quote marks, a reporting verb and a speaker in the surrounding clause) follows
 * Pouliquen, Steinberger and Best 2007, "Automatic detection of quotations in multilingual news"
 * (RANLP), and Pareti et al. 2013, "Automatically detecting and attributing indirect quotations".
 */
public final class QuoteExtractor {

    private static final Set<String> DEFAULT_VERBS = loadVerbs();

    private final Attribution attribution;
    private final PronounResolver pronouns;
    private final Continuation continuation;

    /** An extractor with the default attribution verbs ({@link #defaultVerbs()}). */
    public QuoteExtractor() {
        this(new Attribution(DEFAULT_VERBS));
    }

    /** An extractor with its own attribution verbs (surface forms; matched case-insensitively). */
    public QuoteExtractor(Collection<String> verbs) {
        this(new Attribution(comparisonKeys(verbs)));
    }

    private QuoteExtractor(Attribution attribution) {
        this.attribution = attribution;
        this.pronouns = new PronounResolver(attribution);
        this.continuation = new Continuation(attribution);
    }

    private static Set<String> comparisonKeys(Collection<String> verbs) {
        Set<String> lower = new LinkedHashSet<>();
        for (String v : verbs) {
            lower.add(TextNormalizer.comparisonKey(v));
        }
        return Set.copyOf(lower);
    }

    /** The default attribution verbs, from {@code attribution-verbs.txt}. */
    public static Set<String> defaultVerbs() {
        return DEFAULT_VERBS;
    }

    /** Every quotation in {@code text}, in order of {@link Quote#begin()}. */
    public List<Quote> extract(String text) {
        return extract(text, "");
    }

    /**
     * Every quotation in an article's body, in order of {@link Quote#begin()}, leaving out headlines: quoted
     * words in a line that repeats the article's {@code title} or links to another article ("Read more: …"),
     * and quoted titles of works, which are title-cased ("See “15 Myths Perpetuated By The Media”"): at least
     * three words of four or more letters, all capitalised, and not all in capitals.
     */
    public List<Quote> extract(String text, String title) {
        List<Paragraph> paragraphs = QuoteMarks.paragraphs(text);
        List<Raw> raws = QuoteMarks.quotes(text, paragraphs, title);
        List<Tok> tokens = ClauseTokens.tokenize(text);
        List<ExtractedQuote> done = new ArrayList<>();
        for (Raw raw : raws) {
            done.add(attribute(text, raw, raws, tokens, paragraphs, done));
        }
        return done.stream().map(ExtractedQuote::quote).toList();
    }

    /** At least three words of four or more letters, every such word capitalised, and some lower-case letter. */
    static boolean titleCase(String quoted) {
        return QuoteMarks.titleCase(quoted);
    }

    /**
     * Attributes one quote. Unless it is a scare quote whose words have no punctuation of their own (and no comma
     * follows it), the {@link Attribution} patterns are tried after the quote and then before it; a pronoun
     * {@code he}/{@code she} is resolved by the {@link PronounResolver}. A quote of three or more words without
     * a match then tries, in order, a participle continuing the sentence, inheritance from the previous quote
     * and the lead-in sentence ({@link Continuation}).
     */
    private ExtractedQuote attribute(String text, Raw raw, List<Raw> all, List<Tok> tokens,
            List<Paragraph> paragraphs, List<ExtractedQuote> done) {
        boolean scare = WordTokenizer.tokenize(raw.text()).size() < 3;
        Found found = null;
        if (!scare || raw.ownPunct()) {
            List<Tok> after = Attribution.afterContext(raw, all, tokens, paragraphs.get(raw.closePara()));
            found = attribution.after(after, raw.closedSentence());
            if (found == null) {
                found = attribution.before(Attribution.beforeContext(raw, all, tokens, paragraphs.get(raw.openPara())));
            }
        }
        if (found != null && found.phrase() != null) {
            Phrase ph = found.phrase();
            Quote q = quote(text, raw, ph.begin(), ph.end(), ph.nameBegin(), ph.nameEnd(), found.verb(), scare);
            return ExtractedQuote.of(q, raw, Math.max(raw.closeEnd(), found.end()), true);
        }
        if (found != null && found.pronoun() != null) {
            Speaker antecedent = PronounResolver.RESOLVABLE.contains(found.pronoun().lower())
                    ? pronouns.resolvePronoun(text, raw, tokens, paragraphs, done)
                    : null;
            Quote q = antecedent == null
                    ? quote(text, raw, -1, -1, -1, -1, found.verb(), scare)
                    : new Quote(raw.text(), raw.begin(), raw.end(), antecedent.phrase(), found.verb(),
                            antecedent.begin(), antecedent.end(), antecedent.name(), scare);
            return ExtractedQuote.of(q, raw, Math.max(raw.closeEnd(), found.end()), antecedent != null);
        }
        if (!scare) {
            Continued same = continuation.participleFrom(raw, all, tokens, paragraphs.get(raw.openPara()), done);
            if (same != null) {
                Quote p = same.quote();
                Quote q = new Quote(raw.text(), raw.begin(), raw.end(), p.speaker(), same.participle(),
                        p.speakerBegin(), p.speakerEnd(), p.speakerName(), false);
                return ExtractedQuote.of(q, raw, raw.closeEnd(), true);
            }
            ExtractedQuote previous = continuation.inheritFrom(raw, tokens, done);
            if (previous != null) {
                Quote p = previous.quote();
                Quote q = new Quote(raw.text(), raw.begin(), raw.end(), p.speaker(), p.verb(), p.speakerBegin(),
                        p.speakerEnd(), p.speakerName(), false);
                return ExtractedQuote.of(q, raw, raw.closeEnd(), true);
            }
            Found lead = continuation.previousSentence(raw, all, tokens, paragraphs.get(raw.openPara()));
            if (lead != null && lead.phrase() != null) {
                Phrase ph = lead.phrase();
                Quote q = quote(text, raw, ph.begin(), ph.end(), ph.nameBegin(), ph.nameEnd(), lead.verb(), false);
                return ExtractedQuote.of(q, raw, raw.closeEnd(), true);
            }
        }
        return ExtractedQuote.of(quote(text, raw, -1, -1, -1, -1, null, scare), raw, raw.closeEnd(), false);
    }

    private static Quote quote(String text, Raw raw, int sb, int se, int nb, int ne, @Nullable String verb,
            boolean scare) {
        return new Quote(raw.text(), raw.begin(), raw.end(), sb < 0 ? null : text.substring(sb, se), verb, sb, se,
                nb < 0 ? null : text.substring(nb, ne), scare);
    }

    // ---------------------------------------------------------------- resources

    private static Set<String> loadVerbs() {
        try (InputStream in = Objects.requireNonNull(QuoteExtractor.class.getResourceAsStream("attribution-verbs.txt"),
                "attribution-verbs.txt missing from the classpath");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Set<String> verbs = new LinkedHashSet<>();
            String line;
            while ((line = r.readLine()) != null) {
                String v = line.strip();
                if (!v.isEmpty() && !v.startsWith("#")) {
                    verbs.add(v.toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(verbs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
