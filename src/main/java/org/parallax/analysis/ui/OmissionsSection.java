package org.parallax.analysis.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
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
        if (c.articles().size() < 3) {
            add(Sections.empty("Omissions need at least three articles in the event: with two, \u201cmost\u201d is both."));
            return;
        }
        for (Omission o : c.omissions()) {
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
