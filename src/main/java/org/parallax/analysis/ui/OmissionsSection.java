package org.parallax.analysis.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.parallax.analysis.Comparison;
import org.parallax.analysis.Omission;

/** Per article, what most of the other articles carry and it leaves out. */
class OmissionsSection extends Div {

    OmissionsSection(Comparison c, EvidenceOpener opener) {
        addClassName("px-section");
        setId("omissions-section");
        add(Sections.heading("What each article leaves out", "omissions-heading"),
                Sections.hint("Facts (shared passages, quotes, actors, numbers) that more than half of the event's articles carry "
                        + "and this one does not. An omission is a question to ask, not proof of bias."));
        List<Omission> leftOut = c.omissions().stream().filter(Omission::isLeftOut).toList();
        if (!leftOut.isEmpty()) {
            add(leftOutNote(c, leftOut));
        }
        if (c.articles().size() - leftOut.size() < 3) {
            add(Sections.empty(leftOut.isEmpty()
                    ? "Omissions need at least three articles in the event: with two, \u201cmost\u201d is both."
                    : "Omissions need at least three articles with body text: with two, \u201cmost\u201d is both."));
            return;
        }
        for (Omission o : c.omissions()) {
            if (o.isLeftOut()) {
                continue;
            }
            Div block = new Div();
            block.addClassName("px-omission");
            block.add(new H4(Sections.outlet(c, o.articleId()) + ": " + Sections.shorten(c.article(o.articleId()).title(), 90)));
            if (o.missing().isEmpty()) {
                block.add(Sections.empty("Carries everything most of the others carry."));
            } else {
                UnorderedList list = new UnorderedList();
                for (Omission.Missing m : o.missing()) {
                    Span kind = new Span(kindLabel(m.kind()));
                    kind.addClassName("px-chip");
                    list.add(new ListItem(kind, new Span(" " + m.text() + " "),
                            opener.figure("in " + Sections.plural(m.presentIn().size(), "other", "others"),
                                    capitalized(kindLabel(m.kind())) + " missing from " + Sections.outlet(c, o.articleId()),
                                    "Carried by " + Sections.outlets(c, m.presentIn()) + ".", m.evidence())));
                }
                block.add(list);
            }
            add(block);
        }
    }

    /** Which articles were left out and why: an empty or teaser-only body would "omit" everything. */
    private static Div leftOutNote(Comparison c, List<Omission> leftOut) {
        Div note = new Div();
        note.setId("omissions-left-out");
        note.addClassName("px-hint");
        note.add(new Span("Left out, because an article without real text would seem to omit everything: "));
        UnorderedList list = new UnorderedList();
        for (Omission o : leftOut) {
            list.add(new ListItem(Sections.outlet(c, o.articleId()) + ": "
                    + Sections.shorten(c.article(o.articleId()).title(), 90) + " (" + o.leftOut() + ")"));
        }
        note.add(list);
        return note;
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String kindLabel(Omission.Kind kind) {
        return switch (kind) {
            case PASSAGE -> "passage";
            case QUOTE -> "quote";
            case ACTOR -> "actor";
            case NUMBER -> "number";
        };
    }
}
