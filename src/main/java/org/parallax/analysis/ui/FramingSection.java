package org.parallax.analysis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.analysis.ComparedArticle;
import org.parallax.analysis.Comparison;
import org.parallax.analysis.DistinctiveTerm;
import org.parallax.analysis.Evidence;
import org.parallax.analysis.FrameTrigger;
import org.parallax.analysis.LabelUse;
import org.parallax.analysis.Marker;
import org.parallax.analysis.TermGroup;

/** How the outlets' words differ: distinctive vocabulary, contested labels, hedges and attribution, frames. */
class FramingSection extends Div {

    private final Comparison c;
    private final EvidenceOpener opener;

    FramingSection(Comparison c, EvidenceOpener opener, ChartSlot charts) {
        this.c = c;
        this.opener = opener;
        addClassName("px-section");
        setId("framing-section");
        add(Sections.heading("Contested labels", "labels-heading"),
                Sections.hint("Which name each article uses for things with competing names (from the lexicon). Names used "
                        + "only inside quotations are someone else's words and are shown in brackets."));
        add(labels());
        add(Sections.heading("Hedges, intensifiers, report verbs and loaded words", "markers-heading"),
                Sections.hint("Counted in the article's own voice, not inside quotations, headline included: doubt markers "
                        + "such as \u201callegedly\u201d, intensifiers, how speech is introduced (said, claimed, admitted), "
                        + "verbs that take a claim as fact or imply an outcome, and one-sided labels."));
        add(markers());
        add(categoryLegend());
        add(Sections.heading("Distinctive words per outlet", "terms-heading"),
                Sections.hint("Words an outlet uses more than the other outlets covering this event, by the weighted log-odds "
                        + "ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008). z above 1.96 is unlikely "
                        + "to be chance."));
        add(terms(charts));
        add(Sections.heading("Frames (indicative)", "frames-heading"),
                Sections.hint("Cue words of the 15 frames of the Policy Frames Codebook (Boydstun et al. 2014) per 1,000 words. "
                        + "A suggestion to read for, not a verdict: open a figure to see the words that triggered it."));
        add(frames());
    }

    private Component labels() {
        if (c.labels().isEmpty()) {
            return Sections.empty("None of the lexicon's contested names occurs in these articles. Add concepts in Lexicons.");
        }
        Grid<LabelUse> grid = Sections.grid("labels-grid", "Contested labels per article");
        grid.addColumn(LabelUse::concept).setHeader("Concept").setFlexGrow(2);
        for (ComparedArticle a : c.articles()) {
            grid.addComponentColumn(l -> {
                List<Marker> uses = l.uses().stream().filter(m -> m.articleId() == a.id()).toList();
                if (uses.isEmpty()) {
                    return new Span("–");
                }
                Map<String, Integer> own = new LinkedHashMap<>();
                Map<String, Integer> quoted = new LinkedHashMap<>();
                uses.forEach(m -> (m.insideQuote() ? quoted : own).merge(m.entry() + (m.inTitle() ? " (headline)" : ""), 1,
                        Integer::sum));
                List<String> parts = new ArrayList<>();
                own.forEach((v, n) -> parts.add(v + (n > 1 ? " ×" + n : "")));
                quoted.forEach((v, n) -> parts.add("(" + v + (n > 1 ? " ×" + n : "") + ")"));
                return opener.figure(String.join(", ", parts), l.concept() + " in " + c.label(a.id()),
                        "Brackets: inside a quotation. \u201c(headline)\u201d: in the article's title.",
                        uses.stream().map(Marker::evidence).toList());
            }).setHeader(c.label(a.id())).setKey("article-" + a.id()).setFlexGrow(1);
        }
        grid.setItems(c.labels());
        return grid;
    }

    private Component markers() {
        Grid<ComparedArticle> grid = Sections.grid("markers-grid", "Hedges, intensifiers and attribution verbs per article");
        grid.addColumn(a -> c.label(a.id())).setHeader("Article").setFlexGrow(2);
        grid.addComponentColumn(a -> markerFigure(a, "Hedges", c.hedges())).setHeader("Hedges").setKey("hedges").setFlexGrow(2);
        grid.addComponentColumn(a -> markerFigure(a, "Intensifiers", c.intensifiers())).setHeader("Intensifiers").setFlexGrow(2);
        for (String verbClass : classes(c.attributions())) {
            List<Marker> ofClass = c.attributions().stream().filter(m -> verbClass.equals(m.category())).toList();
            String label = MarkerCategory.of(verbClass).label();
            grid.addComponentColumn(a -> markerFigure(a, label, ofClass)).setHeader(label).setFlexGrow(2);
        }
        for (String markerClass : classes(c.classMarkers())) {
            List<Marker> ofClass = c.classMarkers().stream().filter(m -> markerClass.equals(m.category())).toList();
            String label = MarkerCategory.of(markerClass).label();
            grid.addComponentColumn(a -> markerFigure(a, label, ofClass)).setHeader(label).setKey("marker-" + markerClass)
                    .setFlexGrow(2);
        }
        grid.setItems(c.articles());
        return grid;
    }

    /** One line per category shown, in plain words; the method and its source one click further. */
    private Component categoryLegend() {
        Div legend = new Div();
        legend.setId("marker-categories");
        legend.addClassName("px-marker-categories");
        List<String> names = new ArrayList<>(List.of("hedges", "intensifiers"));
        names.addAll(classes(c.attributions()));
        names.addAll(classes(c.classMarkers()));
        for (String name : names) {
            MarkerCategory category = MarkerCategory.of(name);
            Div line = new Div();
            line.addClassName("px-marker-category");
            Span title = new Span(category.label() + ": ");
            title.getStyle().set("font-weight", "600");
            line.add(title, new Span(category.explanation()));
            Details method = new Details("Method and source", new Span(category.method()));
            method.addClassName("px-hint");
            line.add(method);
            legend.add(line);
        }
        return legend;
    }

    private static List<String> classes(List<Marker> markers) {
        List<String> classes = new ArrayList<>();
        markers.forEach(m -> {
            if (m.category() != null && !classes.contains(m.category())) {
                classes.add(m.category());
            }
        });
        return classes;
    }

    private Component markerFigure(ComparedArticle a, String what, List<Marker> markers) {
        List<Marker> own = markers.stream().filter(m -> m.articleId() == a.id()).toList();
        if (own.isEmpty()) {
            return new Span("0");
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        own.forEach(m -> counts.merge(m.phrase().toLowerCase(Locale.ROOT) + (m.inTitle() ? " (headline)" : ""), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((p, n) -> parts.add(p + (n > 1 ? " ×" + n : "")));
        return opener.figure(own.size() + ": " + String.join(", ", parts), what + " in " + c.label(a.id()),
                "\u201c(headline)\u201d: in the article's title.",
                own.stream().map(Marker::evidence).toList());
    }

    private Component terms(ChartSlot charts) {
        Div all = new Div();
        all.addClassName("px-term-groups");
        if (c.termGroups().size() < 2) {
            all.add(Sections.empty("Distinctive words need at least two outlets in the event."));
            return all;
        }
        for (TermGroup g : c.termGroups()) {
            Div group = new Div();
            group.addClassName("px-term-group");
            group.add(new H4(g.label()));
            List<DistinctiveTerm> terms = c.distinctiveTerms().getOrDefault(g.key(), List.of());
            if (terms.isEmpty()) {
                group.add(Sections.empty("No word stands out."));
            } else {
                charts.distinctiveBars(group, g.key());
                Grid<DistinctiveTerm> grid = Sections.grid("terms-" + g.key(), "Distinctive words of " + g.label());
                grid.addColumn(DistinctiveTerm::term).setHeader("Word").setFlexGrow(2);
                grid.addColumn(t -> String.format(Locale.ROOT, "%.2f", t.z())).setHeader("z").setWidth("5rem").setFlexGrow(0);
                grid.addComponentColumn(t -> opener.figure(t.count() + " here · " + t.restCount() + " elsewhere",
                        "\u201c" + t.term() + "\u201d in " + g.label(), "z = " + String.format(Locale.ROOT, "%.2f", t.z())
                                + " (weighted log-odds, Monroe et al. 2008); counted as the stem \u201c" + t.stem() + "\u201d.",
                        t.usages())).setHeader("Count").setFlexGrow(2);
                grid.setItems(terms);
                group.add(grid);
            }
            all.add(group);
        }
        return all;
    }

    private Component frames() {
        record FrameRow(String frame) {}
        List<FrameRow> rows = new ArrayList<>();
        c.frames().values().stream().findFirst().ifPresent(m -> m.keySet().forEach(f -> rows.add(new FrameRow(f))));
        if (rows.isEmpty()) {
            return Sections.empty("No article to score.");
        }
        Grid<FrameRow> grid = Sections.grid("frames-grid", "Frame cues per 1,000 words");
        grid.addColumn(FrameRow::frame).setHeader("Frame").setFlexGrow(2);
        for (ComparedArticle a : c.articles()) {
            grid.addComponentColumn(r -> {
                double score = c.frames().getOrDefault(a.id(), Map.of()).getOrDefault(r.frame(), 0.0);
                List<FrameTrigger> triggers = c.frameTriggers().getOrDefault(a.id(), List.of()).stream()
                        .filter(t -> t.frame().equals(r.frame())).toList();
                if (triggers.isEmpty()) {
                    return new Span("–");
                }
                return opener.figure(String.format(Locale.ROOT, "%.1f", score), r.frame() + " in " + c.label(a.id()),
                        "Cue words that matched the frame's dictionary.",
                        triggers.stream().map(t -> new Evidence(a.id(), t.begin(), t.end())).toList());
            }).setHeader(c.label(a.id())).setFlexGrow(1);
        }
        grid.setItems(rows);
        return grid;
    }
}
