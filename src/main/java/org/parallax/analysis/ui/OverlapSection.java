package org.parallax.analysis.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import org.parallax.analysis.ActorGroup;
import org.parallax.analysis.ComparedArticle;
import org.parallax.analysis.Comparison;
import org.parallax.analysis.Evidence;
import org.parallax.analysis.PassageCopy;
import org.parallax.analysis.QuoteGroup;
import org.parallax.analysis.SentenceStatus;
import org.parallax.analysis.SharedPassage;
import org.parallax.analysis.SimilarityMatrix;
import org.parallax.analysis.SpeakerRow;

/** What the articles share: similarity, reused passages, sentence status, quotes, who is quoted, actors. */
class OverlapSection extends Div {

    private final Comparison c;
    private final EvidenceOpener opener;

    OverlapSection(Comparison c, EvidenceOpener opener, ChartSlot charts) {
        this.c = c;
        this.opener = opener;
        addClassName("px-section");
        setId("overlap-section");
        add(Sections.heading("When each outlet published", "timeline-heading"));
        charts.timeline(this);
        add(Sections.heading("How similar are the articles?", "similarity-heading"),
                Sections.hint("Cosine similarity of the articles' word weights (TF-IDF): 1 means the same words in the same "
                        + "proportions, 0 no word in common. Open a pair to see the words that count most."));
        charts.heatmap(this);
        add(similarity());
        add(Sections.heading("Sentences", "sentences-heading"),
                Sections.hint("Each sentence is shared word for word, shared with edits, or unique to its article."));
        add(sentenceCounts());
        add(Sections.heading("Shared passages", "passages-heading"),
                Sections.hint("Text reused across articles (wire copy, press releases). Each copy is word for word (the same words as "
                        + "the passage), with edits (most of it, changed) or in part (only a phrase of it). Click a copy to see it."));
        add(passages());
        add(Sections.heading("Quotes", "quotes-heading"),
                Sections.hint("Direct quotations in straight or curly quotes; the same quote in different outlets is one row."));
        add(quotes());
        add(Sections.heading("Who is quoted", "speakers-heading"),
                Sections.hint("Quotes and quoted words per speaker in each article: how much space each voice gets."));
        add(speakers());
        add(Sections.heading("Actors", "actors-heading"),
                Sections.hint("People, organisations and places named, merged across forms (\u201cPashinyan\u201d, \u201cNikol Pashinyan\u201d)."));
        add(actors());
    }

    private Grid<SimilarityMatrix.SimilarPair> similarity() {
        Grid<SimilarityMatrix.SimilarPair> grid = Sections.grid("similarity-grid", "Pairwise similarity");
        grid.addColumn(p -> Sections.outlet(c, p.a()) + " \u2194 " + Sections.outlet(c, p.b())).setHeader("Articles").setFlexGrow(2);
        grid.addComponentColumn(p -> opener.figure(String.format(java.util.Locale.ROOT, "%.2f", p.similarity()),
                "Similarity " + String.format(java.util.Locale.ROOT, "%.2f", p.similarity()) + ": "
                        + Sections.outlet(c, p.a()) + " and " + Sections.outlet(c, p.b()),
                "The words that contribute most: " + String.join(", ", p.topTerms()) + ".",
                pairEvidence(p))).setHeader("Similarity").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(p -> String.join(", ", p.topTerms())).setHeader("Words that count most").setFlexGrow(3);
        if (c.similarity().pairs().isEmpty()) {
            grid.setVisible(false);
        }
        Sections.items(grid, c.similarity().pairs(), 15);
        return grid;
    }

    /** The top shared words where both articles use them. */
    private List<Evidence> pairEvidence(SimilarityMatrix.SimilarPair p) {
        List<Evidence> evidence = new ArrayList<>();
        for (String term : p.topTerms()) {
            evidence.addAll(Sections.wordIn(c, term, List.of(p.a(), p.b())));
        }
        evidence.sort(java.util.Comparator.comparingLong(Evidence::articleId).thenComparingInt(Evidence::begin));
        return evidence;
    }

    private Grid<ComparedArticle> sentenceCounts() {
        Grid<ComparedArticle> grid = Sections.grid("sentence-grid", "Sentence status per article");
        grid.addColumn(a -> c.label(a.id())).setHeader("Article").setFlexGrow(2);
        for (SentenceStatus.Status status : SentenceStatus.Status.values()) {
            String label = switch (status) {
                case VERBATIM -> "Shared word for word";
                case EDITED -> "Shared with edits";
                case UNIQUE -> "Unique";
            };
            grid.addComponentColumn(a -> {
                List<Evidence> ev = c.sentences().getOrDefault(a.id(), List.of()).stream().filter(s -> s.status() == status)
                        .map(s -> new Evidence(a.id(), s.begin(), s.end())).toList();
                return opener.figure(String.valueOf(ev.size()), label + " in " + c.label(a.id()), "", ev);
            }).setHeader(label).setFlexGrow(1);
        }
        grid.setItems(c.articles());
        return grid;
    }

    private Div passages() {
        if (c.sharedPassages().isEmpty()) {
            return wrap(Sections.empty("No passage of eight words or more appears in two articles: each outlet wrote its own text."));
        }
        Grid<SharedPassage> grid = Sections.grid("passages-grid", "Shared passages");
        grid.addColumn(SharedPassage::words).setHeader("Words").setKey("words").setWidth("5rem").setFlexGrow(0);
        grid.addColumn(p -> Sections.shorten(p.text(), 220)).setHeader("Text (longest full copy)").setKey("text").setFlexGrow(4);
        grid.addComponentColumn(this::copies).setHeader("Copies").setKey("copies").setFlexGrow(3);
        grid.addComponentColumn(p -> opener.figure(Sections.plural(p.articleIds().size(), "article", "articles"),
                "Shared passage " + p.id(), "In " + Sections.outlets(c, p.articleIds()) + ".", p.evidence()))
                .setHeader("In").setKey("in").setWidth("8rem").setFlexGrow(0);
        Sections.items(grid, c.sharedPassages(), 20);
        return wrap(grid);
    }

    /** One button per copy, "outlet · kind", opening that copy's sentences. */
    private Div copies(SharedPassage p) {
        Div list = new Div();
        list.addClassName("px-copies");
        for (PassageCopy copy : p.occurrences()) {
            String outlet = c.label(copy.articleId());
            String kind = copy.mainForm() ? "main form" : copy.kind().label();
            com.vaadin.flow.component.button.Button b = opener.figure(outlet + " \u00b7 " + kind,
                    "Shared passage " + p.id() + " in " + outlet + ": " + kind,
                    explanation(p, copy), List.of(copy.evidence()));
            b.addClassNames("px-copy", Highlights.copyClass(copy.kind()));
            b.getElement().setAttribute("data-kind", copy.kind().key());
            list.add(b);
        }
        return list;
    }

    private static String explanation(SharedPassage p, PassageCopy copy) {
        String share = Math.round(copy.coverage() * 100) + "% of the passage's " + p.words() + " words";
        return switch (copy.kind()) {
            case VERBATIM -> copy.mainForm() ? "The longest full copy; the other copies are compared with it."
                    : "The same words as the main form.";
            case EDITED -> "The same passage with changes: " + share + " aligned, the rest changed, cut or added.";
            case PARTIAL -> "Only part of the passage (" + copy.words() + " words, " + share + ").";
        };
    }

    private Div quotes() {
        if (c.quotes().isEmpty()) {
            return wrap(Sections.empty("No direct quotation was found in these articles."));
        }
        Grid<QuoteGroup> grid = Sections.grid("quotes-grid", "Quotes");
        grid.addColumn(q -> Sections.shorten(q.text(), 200)).setHeader("Quote").setFlexGrow(4);
        grid.addColumn(q -> q.speaker() == null ? "not attributed" : q.speaker()).setHeader("Speaker").setFlexGrow(1);
        grid.addColumn(q -> String.join(", ", q.occurrences().stream().map(u -> u.verb() == null ? "–" : u.verb()).distinct().toList()))
                .setHeader("Verbs").setFlexGrow(1);
        grid.addComponentColumn(q -> opener.figure(Sections.plural(q.articleIds().size(), "article", "articles"),
                "Quote" + (q.speaker() == null ? "" : " of " + q.speaker()), "In " + Sections.outlets(c, q.articleIds()) + ".",
                q.occurrences().stream().map(u -> new Evidence(u.articleId(), u.begin(), u.end())).toList()))
                .setHeader("In").setWidth("8rem").setFlexGrow(0);
        Sections.items(grid, c.quotes(), 20);
        return wrap(grid);
    }

    private Div speakers() {
        if (c.speakers().isEmpty()) {
            return wrap(Sections.empty("Nobody is quoted directly."));
        }
        Grid<SpeakerRow> grid = Sections.grid("speakers-grid", "Who is quoted, per article");
        grid.addColumn(SpeakerRow::speaker).setHeader("Speaker").setFlexGrow(2);
        for (ComparedArticle a : c.articles()) {
            grid.addComponentColumn(s -> {
                int quotes = s.quotesByArticle().getOrDefault(a.id(), 0);
                if (quotes == 0) {
                    return new com.vaadin.flow.component.html.Span("–");
                }
                int words = s.wordsByArticle().getOrDefault(a.id(), 0);
                return opener.figure(Sections.plural(quotes, "quote", "quotes") + " · " + words + " w",
                        s.speaker() + " in " + c.label(a.id()), "", s.quotes().stream().filter(e -> e.articleId() == a.id()).toList());
            }).setHeader(c.label(a.id())).setFlexGrow(1);
        }
        Sections.items(grid, c.speakers(), 20);
        return wrap(grid);
    }

    private Div actors() {
        if (c.actors().isEmpty()) {
            return wrap(Sections.empty("No named person, organisation or place was found."));
        }
        Grid<ActorGroup> grid = Sections.grid("actors-grid", "Actors");
        grid.addColumn(ActorGroup::name).setHeader("Actor").setFlexGrow(2);
        grid.addColumn(a -> String.join(" · ", a.forms())).setHeader("Forms").setFlexGrow(3);
        grid.addComponentColumn(a -> opener.figure(Sections.plural(a.mentions().size(), "mention", "mentions"),
                a.name(), "Named in " + Sections.outlets(c, a.articleIds()) + ".", a.mentions()))
                .setHeader("Mentions").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(a -> Sections.outlets(c, a.articleIds())).setHeader("Named by").setFlexGrow(3);
        Sections.items(grid, c.actors(), 25);
        return wrap(grid);
    }

    private static Div wrap(com.vaadin.flow.component.Component content) {
        Div d = new Div(content);
        d.addClassName("px-section-body");
        return d;
    }
}
