package org.parallax.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The comparison as flat tables, one per measure, for CSV export and for anyone's own statistics.
 * Offsets are half-open character offsets into the article bodies; each row that counts text says
 * where that text is.
 */
public final class ComparisonTables {

    /** A table: its column names and rows of cells. */
    public record Table(String name, String description, List<String> columns, List<List<String>> rows) {}

    private ComparisonTables() {}

    /** The names of the tables, in the order {@link #all} returns them. */
    public static final List<String> NAMES = List.of("articles", "similarity", "passages", "sentences", "quotes",
            "speakers", "actors", "omissions", "terms", "labels", "markers", "frames");

    /** Every table of the comparison, keyed by name. */
    public static Map<String, Table> all(Comparison c) {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Table t : List.of(articles(c), similarity(c), passages(c), sentences(c), quotes(c), speakers(c), actors(c),
                omissions(c), terms(c), labels(c), markers(c), frames(c))) {
            tables.put(t.name(), t);
        }
        return tables;
    }

    static Table articles(Comparison c) {
        List<List<String>> rows = new ArrayList<>();
        for (ComparedArticle a : c.articles()) {
            rows.add(row(a.id(), a.source(), a.title(), a.publishedAt(), a.words(), a.url()));
        }
        return new Table("articles", "The event's articles", List.of("article_id", "outlet", "title", "published_at", "words", "url"), rows);
    }

    static Table similarity(Comparison c) {
        List<List<String>> rows = new ArrayList<>();
        for (SimilarityMatrix.SimilarPair p : c.similarity().pairs()) {
            rows.add(row(p.a(), c.article(p.a()).source(), p.b(), c.article(p.b()).source(), p.similarity(),
                    String.join("; ", p.topTerms())));
        }
        return new Table("similarity", "Pairwise TF-IDF cosine similarity",
                List.of("article_a", "outlet_a", "article_b", "outlet_b", "cosine", "top_shared_terms"), rows);
    }

    static Table passages(Comparison c) {
        List<List<String>> rows = new ArrayList<>();
        for (SharedPassage p : c.sharedPassages()) {
            for (PassageCopy copy : p.occurrences()) {
                Evidence e = copy.evidence();
                rows.add(row(p.id(), p.verbatim() ? "verbatim" : "edited", p.words(), e.articleId(),
                        c.article(e.articleId()).source(), e.begin(), e.end(), text(c, e), copy.kind().key(),
                        copy.coverage(), copy.mainForm()));
            }
        }
        return new Table("passages", "Shared passages, one row per copy (kind: the passage's; copy_kind: this copy's)",
                List.of("passage_id", "kind", "words", "article_id", "outlet", "begin", "end", "text", "copy_kind",
                        "copy_coverage", "main_form"), rows);
    }

    static Table sentences(Comparison c) {
        List<List<String>> rows = new ArrayList<>();
        for (ComparedArticle a : c.articles()) {
            for (SentenceStatus s : c.sentences().getOrDefault(a.id(), List.of())) {
                rows.add(row(a.id(), a.source(), s.begin(), s.end(), s.status().name().toLowerCase(java.util.Locale.ROOT),
                        ids(s.sharedWith()), a.body().substring(s.begin(), s.end())));
            }
        }
        return new Table("sentences", "Every sentence with its overlap status",
                List.of("article_id", "outlet", "begin", "end", "status", "shared_with", "text"), rows);
    }

    static Table quotes(Comparison c) {
        List<List<String>> rows = new ArrayList<>();
        for (QuoteGroup q : c.quotes()) {
            for (QuoteGroup.QuoteUse u : q.occurrences()) {
                rows.add(row(q.id(), u.articleId(), c.article(u.articleId()).source(), u.speaker(), u.verb(), u.begin(),
                        u.end(), text(c, new Evidence(u.articleId(), u.begin(), u.end()))));
            }
        }
        return new Table("quotes", "Direct quotations, one row per occurrence; the same quote_id is the same quote",
                List.of("quote_id", "article_id", "outlet", "speaker", "verb", "begin", "end", "text"), rows);
    }

    static Table speakers(Comparison c) {
        List<List<String>> rows = new ArrayList<>();
        for (SpeakerRow s : c.speakers()) {
            s.quotesByArticle().forEach((id, n) -> rows.add(row(s.speaker(), id, c.article(id).source(), n,
                    s.wordsByArticle().get(id))));
        }
        return new Table("speakers", "Who is quoted: quotes and quoted words per article",
                List.of("speaker", "article_id", "outlet", "quotes", "quoted_words"), rows);
    }

    static Table actors(Comparison c) {
        List<List<String>> rows = new ArrayList<>();
        for (ActorGroup g : c.actors()) {
            for (Evidence e : g.mentions()) {
                rows.add(row(g.name(), e.articleId(), c.article(e.articleId()).source(), e.begin(), e.end(), text(c, e)));
            }
        }
        return new Table("actors", "Actors, one row per mention", List.of("actor", "article_id", "outlet", "begin", "end", "text"), rows);
    }

    static Table omissions(Comparison c) {
        List<List<String>> rows = new ArrayList<>();
        for (Omission o : c.omissions()) {
            if (o.isLeftOut()) {
                rows.add(row(o.articleId(), c.article(o.articleId()).source(), "left_out", o.leftOut(), ""));
            }
            for (Omission.Missing m : o.missing()) {
                rows.add(row(o.articleId(), c.article(o.articleId()).source(), m.kind().name().toLowerCase(java.util.Locale.ROOT),
                        m.text(), ids(m.presentIn())));
            }
        }
        return new Table("omissions", "What most articles carry and this one does not",
                List.of("article_id", "outlet", "kind", "text", "present_in"), rows);
    }

    static Table terms(Comparison c) {
        List<List<String>> rows = new ArrayList<>();
        for (TermGroup g : c.termGroups()) {
            for (DistinctiveTerm t : c.distinctiveTerms().getOrDefault(g.key(), List.of())) {
                rows.add(row(g.key(), g.label(), t.term(), t.stem(), t.z(), t.count(), t.restCount()));
            }
        }
        return new Table("terms", "Distinctive words per outlet: weighted log-odds z-scores (Monroe et al. 2008)",
                List.of("group", "outlet", "term", "stem", "z", "count", "rest_count"), rows);
    }

    static Table labels(Comparison c) {
        List<List<String>> rows = new ArrayList<>();
        for (LabelUse l : c.labels()) {
            for (Marker m : l.uses()) {
                rows.add(row(l.concept(), m.entry(), m.articleId(), c.article(m.articleId()).source(),
                        m.insideQuote() ? "quoted" : "own", m.begin(), m.end(), m.phrase(), m.field()));
            }
        }
        return new Table("labels", "Contested labels: every use of a competing name (field: body, or title for a headline use; "
                + "offsets into that field)",
                List.of("concept", "variant", "article_id", "outlet", "voice", "begin", "end", "text", "field"), rows);
    }

    static Table markers(Comparison c) {
        List<List<String>> rows = new ArrayList<>();
        addMarkers(c, rows, "hedge", c.hedges());
        addMarkers(c, rows, "intensifier", c.intensifiers());
        addMarkers(c, rows, "attribution", c.attributions());
        addMarkers(c, rows, "marker", c.classMarkers());
        return new Table("markers", "Hedges, intensifiers, attribution verbs and marker-class words (factive, assertive, "
                + "implicative verbs, loaded labels) in the outlets' own voice (field: body, or title for a headline use)",
                List.of("kind", "article_id", "outlet", "entry", "class", "begin", "end", "text", "field"), rows);
    }

    private static void addMarkers(Comparison c, List<List<String>> rows, String kind, List<Marker> markers) {
        for (Marker m : markers) {
            rows.add(row(kind, m.articleId(), c.article(m.articleId()).source(), m.entry(), m.category(), m.begin(), m.end(),
                    m.phrase(), m.field()));
        }
    }

    static Table frames(Comparison c) {
        List<List<String>> rows = new ArrayList<>();
        for (ComparedArticle a : c.articles()) {
            Map<String, List<String>> cues = new LinkedHashMap<>();
            for (FrameTrigger t : c.frameTriggers().getOrDefault(a.id(), List.of())) {
                cues.computeIfAbsent(t.frame(), k -> new ArrayList<>()).add(a.body().substring(t.begin(), t.end()));
            }
            c.frames().getOrDefault(a.id(), Map.of()).forEach((frame, score) -> rows.add(row(a.id(), a.source(), frame, score,
                    String.join("; ", cues.getOrDefault(frame, List.of())))));
        }
        return new Table("frames", "Policy frame cues per 1,000 words (Boydstun et al. 2014), indicative",
                List.of("article_id", "outlet", "frame", "per_1000_words", "triggers"), rows);
    }

    private static String text(Comparison c, Evidence e) {
        return c.article(e.articleId()).body().substring(e.begin(), e.end());
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    private static List<String> row(Object... cells) {
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(cell == null ? "" : String.valueOf(cell));
        }
        return row;
    }
}
