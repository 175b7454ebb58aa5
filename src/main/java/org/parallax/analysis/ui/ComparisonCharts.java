package org.parallax.analysis.ui;

import com.vaadin.flow.component.HasComponents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.analysis.ComparedArticle;
import org.parallax.analysis.Comparison;
import org.parallax.analysis.DistinctiveTerm;
import org.parallax.analysis.Evidence;
import org.parallax.analysis.SimilarityMatrix;
import org.parallax.analysis.TermGroup;
import org.parallax.ui.chart.BarChart;
import org.parallax.ui.chart.HeatmapChart;
import org.parallax.ui.chart.SvgChart;
import org.parallax.ui.chart.TimelineChart;
import org.springframework.stereotype.Component;

/**
 * The charts of one comparison, drawn as server-side SVG ({@link org.parallax.ui.chart}): the
 * similarity heatmap, the coverage timeline and each outlet's distinctive-word bars. Every chart
 * element carries an evidence key; activating it opens the sentences behind it.
 *
 * <p>Keys: {@code pair:A:B} (the shared top words of articles A and B), {@code article:A} (the
 * article's headline and first sentence), {@code term:GROUP:STEM} (the usages of a word by an outlet).
 */
public class ComparisonCharts implements ChartSlot {

    private final Comparison comparison;
    private final EvidenceOpener opener;

    ComparisonCharts(Comparison comparison, EvidenceOpener opener) {
        this.comparison = comparison;
        this.opener = opener;
    }

    @Override
    public void heatmap(HasComponents into) {
        SimilarityMatrix s = comparison.similarity();
        if (s.articleIds().size() < 2) {
            return;
        }
        List<String> labels = s.articleIds().stream().map(this::shortLabel).toList();
        List<HeatmapChart.Cell> cells = new ArrayList<>();
        for (int i = 0; i < s.articleIds().size(); i++) {
            for (int j = 0; j < s.articleIds().size(); j++) {
                cells.add(new HeatmapChart.Cell(i, j, s.values()[i][j],
                        i == j ? null : "pair:" + s.articleIds().get(i) + ":" + s.articleIds().get(j)));
            }
        }
        into.add(chart("similarity-heatmap", HeatmapChart.render("Similarity of the articles",
                "TF-IDF cosine similarity of each pair of articles, from 0 (no word in common) to 1.", labels, labels, cells)));
    }

    @Override
    public void timeline(HasComponents into) {
        List<TimelineChart.Point> points = new ArrayList<>();
        for (ComparedArticle a : comparison.articles()) {
            Instant time = a.publishedAt() == null ? null : a.publishedAt().toInstant();
            points.add(new TimelineChart.Point(a.source(), time, a.title(), "article:" + a.id()));
        }
        into.add(chart("coverage-timeline", TimelineChart.render("When each outlet published",
                "One row per outlet, one marker per article; undated articles are listed apart.", points)));
    }

    @Override
    public void distinctiveBars(HasComponents into, String groupKey) {
        List<DistinctiveTerm> terms = comparison.distinctiveTerms().getOrDefault(groupKey, List.of());
        String label = comparison.termGroups().stream().filter(g -> g.key().equals(groupKey)).map(TermGroup::label)
                .findFirst().orElse(groupKey);
        List<BarChart.Bar> bars = terms.stream().map(t -> new BarChart.Bar(t.term(), t.z(), "count " + t.count(),
                "term:" + groupKey + ":" + t.stem())).toList();
        into.add(chart("terms-chart-" + groupKey, BarChart.render("Distinctive words of " + label,
                "z-scores of the weighted log-odds ratio (Monroe et al. 2008) against the other outlets.", bars)));
    }

    private SvgChart chart(String id, org.parallax.ui.chart.SvgMarkup markup) {
        SvgChart chart = new SvgChart(markup);
        chart.setId(id);
        chart.addClassName("px-chart");
        chart.addEvidenceListener(this::open);
        return chart;
    }

    /** Opens the evidence of a chart element's key; unknown keys are ignored. */
    public void open(String key) {
        evidence(key).ifPresent(e -> opener.open(e.heading(), e.explanation(), e.evidence()));
    }

    /** What an evidence key stands for. */
    record KeyEvidence(String heading, String explanation, List<Evidence> evidence) {}

    Optional<KeyEvidence> evidence(String key) {
        String[] parts = key.split(":", 3);
        try {
            switch (parts[0]) {
                case "pair" -> {
                    long a = Long.parseLong(parts[1]);
                    long b = Long.parseLong(parts[2]);
                    SimilarityMatrix.SimilarPair pair = comparison.similarity().pairs().stream()
                            .filter(p -> (p.a() == a && p.b() == b) || (p.a() == b && p.b() == a)).findFirst().orElseThrow();
                    List<Evidence> ev = new ArrayList<>();
                    pair.topTerms().forEach(t -> ev.addAll(Sections.wordIn(comparison, t, List.of(pair.a(), pair.b()))));
                    return Optional.of(new KeyEvidence(String.format(java.util.Locale.ROOT, "Similarity %.2f: %s and %s",
                            pair.similarity(), comparison.label(a), comparison.label(b)),
                            "The words that contribute most: " + String.join(", ", pair.topTerms()) + ".", ev));
                }
                case "article" -> {
                    ComparedArticle a = comparison.article(Long.parseLong(parts[1]));
                    List<Evidence> first = comparison.sentences().getOrDefault(a.id(), List.of()).stream().limit(1)
                            .map(s -> new Evidence(a.id(), s.begin(), s.end())).toList();
                    return Optional.of(new KeyEvidence(a.source() + ": " + a.title(),
                            "Published " + org.parallax.ui.Formats.dateTime(a.publishedAt()) + "; " + a.words() + " words.", first));
                }
                case "term" -> {
                    String[] rest = parts[2].split(":", 1);
                    String group = parts[1];
                    String stem = rest[0];
                    DistinctiveTerm t = comparison.distinctiveTerms().getOrDefault(group, List.of()).stream()
                            .filter(x -> x.stem().equals(stem)).findFirst().orElseThrow();
                    return Optional.of(new KeyEvidence("\u201c" + t.term() + "\u201d",
                            String.format(java.util.Locale.ROOT, "z = %.2f; %d here, %d in the other outlets.", t.z(), t.count(),
                                    t.restCount()), t.usages()));
                }
                default -> {
                    return Optional.empty();
                }
            }
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private String shortLabel(long articleId) {
        return comparison.label(articleId);
    }

    /** Makes the charts of a comparison. */
    @Component
    public static class Factory {
        ComparisonCharts create(Comparison comparison, EvidenceOpener opener) {
            return new ComparisonCharts(comparison, opener);
        }
    }
}
