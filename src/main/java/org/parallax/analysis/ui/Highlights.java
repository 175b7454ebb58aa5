package org.parallax.analysis.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parallax.analysis.ActorGroup;
import org.parallax.analysis.Comparison;
import org.parallax.analysis.Evidence;
import org.parallax.analysis.LabelUse;
import org.parallax.analysis.Marker;
import org.parallax.analysis.PassageCopy;
import org.parallax.analysis.QuoteGroup;
import org.parallax.analysis.SentenceStatus;
import org.parallax.analysis.SharedPassage;

/** The highlightable ranges of a comparison, by article and by key; built once per comparison. */
public final class Highlights {

    private final Comparison comparison;
    private final List<Highlight> all = new ArrayList<>();
    private final Map<String, List<Highlight>> byKey = new LinkedHashMap<>();

    public Highlights(Comparison comparison) {
        this.comparison = comparison;
        for (SharedPassage p : comparison.sharedPassages()) {
            for (PassageCopy copy : p.occurrences()) {
                add(new Highlight(HighlightMode.SHARED, copy.articleId(), copy.begin(), copy.end(), "passage-" + p.id(),
                        "px-hl-shared " + copyClass(copy.kind()), copyTitle(p, copy)));
            }
        }
        comparison.sentences().forEach((articleId, sentences) -> {
            for (SentenceStatus s : sentences) {
                if (s.status() == SentenceStatus.Status.UNIQUE && s.end() > s.begin()) {
                    add(new Highlight(HighlightMode.UNIQUE, articleId, s.begin(), s.end(), "sentence-" + articleId + "-" + s.begin(),
                            "px-hl-unique", "Only in this article"));
                }
            }
        });
        for (QuoteGroup q : comparison.quotes()) {
            for (QuoteGroup.QuoteUse u : q.occurrences()) {
                String who = u.speaker() == null ? "an unattributed speaker" : u.speaker();
                String verb = u.verb() == null ? "" : " (" + u.verb() + ")";
                add(new Highlight(HighlightMode.QUOTES, u.articleId(), u.begin(), u.end(), "quote-" + q.id(), "px-hl-quotes",
                        "Quote of " + who + verb + "; in " + count(q.articleIds().size())));
            }
        }
        for (int i = 0; i < comparison.actors().size(); i++) {
            ActorGroup a = comparison.actors().get(i);
            for (Evidence e : a.mentions()) {
                add(new Highlight(HighlightMode.ACTORS, e.articleId(), e.begin(), e.end(), "actor-" + i, "px-hl-actors",
                        a.name() + "; named in " + count(a.articleIds().size())));
            }
        }
        for (int i = 0; i < comparison.labels().size(); i++) {
            LabelUse l = comparison.labels().get(i);
            for (Marker m : l.uses().stream().filter(u -> !u.inTitle()).toList()) {
                add(new Highlight(HighlightMode.LABELS, m.articleId(), m.begin(), m.end(), "label-" + i, "px-hl-labels",
                        "Name for " + l.concept() + ": \u201c" + m.entry() + "\u201d" + (m.insideQuote() ? " (inside a quote)" : "")));
            }
        }
        for (Marker m : body(comparison.hedges())) {
            add(new Highlight(HighlightMode.HEDGES, m.articleId(), m.begin(), m.end(), "hedge-" + m.entry(), "px-hl-hedges",
                    "Hedge: \u201c" + m.entry() + "\u201d"));
        }
        for (Marker m : body(comparison.intensifiers())) {
            add(new Highlight(HighlightMode.HEDGES, m.articleId(), m.begin(), m.end(), "intensifier-" + m.entry(),
                    "px-hl-hedges px-hl-intensifier", "Intensifier: \u201c" + m.entry() + "\u201d"));
        }
        for (Marker m : body(comparison.attributions())) {
            add(new Highlight(HighlightMode.HEDGES, m.articleId(), m.begin(), m.end(), "verb-" + m.category(),
                    "px-hl-hedges px-hl-attribution", "Attribution verb (" + m.category() + "): \u201c" + m.entry() + "\u201d"));
        }
        for (Marker m : body(comparison.classMarkers())) {
            add(new Highlight(HighlightMode.HEDGES, m.articleId(), m.begin(), m.end(), "marker-" + m.category(),
                    "px-hl-hedges px-hl-marker", MarkerCategory.of(m.category()).label() + ": \u201c" + m.entry() + "\u201d"));
        }
    }

    /** The uses in the bodies (the columns show bodies; headline uses are listed in the Framing tab). */
    private static List<Marker> body(List<Marker> markers) {
        return markers.stream().filter(m -> !m.inTitle()).toList();
    }

    /** The class drawing a copy of this kind: solid underline verbatim, dashed edited, dotted partial. */
    public static String copyClass(PassageCopy.Kind kind) {
        return "px-hl-" + kind.key();
    }

    private String copyTitle(SharedPassage p, PassageCopy copy) {
        String what = switch (copy.kind()) {
            case VERBATIM -> copy.mainForm() ? "Shared passage" : "Shared passage, word for word";
            case EDITED -> "Shared passage with edits";
            case PARTIAL -> "Part of a shared passage";
        };
        String others = others(p.articleIds(), copy.articleId());
        return what + " (" + p.words() + " words)" + (others.isEmpty() ? "" : "; also in " + others);
    }

    private void add(Highlight h) {
        all.add(h);
        byKey.computeIfAbsent(h.key(), k -> new ArrayList<>()).add(h);
    }

    /** The ranges of one article in the given modes, in text order. */
    public List<Highlight> of(long articleId, Set<HighlightMode> modes) {
        return all.stream().filter(h -> h.articleId() == articleId && modes.contains(h.mode()))
                .sorted(Comparator.comparingInt(Highlight::begin).thenComparingInt(Highlight::end)).toList();
    }

    /** Every range with this key, in every article. */
    public List<Highlight> withKey(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    private String others(List<Long> articleIds, long self) {
        return articleIds.stream().filter(id -> id != self).map(id -> comparison.article(id).source()).distinct()
                .collect(Collectors.joining(", "));
    }

    private static String count(int articles) {
        return articles == 1 ? "1 article" : articles + " articles";
    }
}
