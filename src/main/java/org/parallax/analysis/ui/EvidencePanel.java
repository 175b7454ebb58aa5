package org.parallax.analysis.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.parallax.analysis.Comparison;
import org.parallax.analysis.ComparedArticle;
import org.parallax.analysis.Evidence;
import org.parallax.analysis.SentenceStatus;

/**
 * The sentences behind a figure: each piece of evidence shown inside its sentence, with the counted
 * words emphasised, under the outlet's name. Text is always set as text, never as markup.
 */
public class EvidencePanel extends Div {

    /** Most pieces of evidence listed; the rest are counted. */
    static final int MAX_ITEMS = 40;
    /** Longest context shown around a piece of evidence, in characters on each side. */
    static final int MAX_CONTEXT = 280;

    private final Comparison comparison;

    public EvidencePanel(Comparison comparison) {
        this.comparison = comparison;
        addClassName("px-evidence");
        getElement().setAttribute("aria-live", "polite");
    }

    /** Shows the evidence under a heading; an empty list says there is none. */
    public void show(String heading, String explanation, List<Evidence> evidence) {
        removeAll();
        add(new H4(heading));
        if (!explanation.isBlank()) {
            Paragraph p = new Paragraph(explanation);
            p.addClassName("px-hint");
            add(p);
        }
        if (evidence.isEmpty()) {
            add(new Paragraph("Nothing in the texts: this figure is zero."));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("px-evidence-list");
        for (Evidence e : evidence.stream().limit(MAX_ITEMS).toList()) {
            list.add(item(e));
        }
        add(list);
        if (evidence.size() > MAX_ITEMS) {
            add(new Paragraph("… and " + (evidence.size() - MAX_ITEMS) + " more (export the table as CSV to see all)."));
        }
    }

    public void clear() {
        removeAll();
    }

    private ListItem item(Evidence e) {
        ComparedArticle article = comparison.article(e.articleId());
        if (e.inTitle()) {
            return titleItem(article, e);
        }
        String body = article.body();
        int from = e.begin();
        int to = e.end();
        for (SentenceStatus s : comparison.sentences().getOrDefault(e.articleId(), List.of())) {
            if (s.begin() <= e.begin() && s.end() > e.begin()) {
                from = s.begin();
            }
            if (s.begin() < e.end() && s.end() >= e.end()) {
                to = s.end();
            }
        }
        from = Math.max(from, e.begin() - MAX_CONTEXT);
        to = Math.min(to, e.end() + MAX_CONTEXT);
        Span outlet = new Span(article.source() + ": ");
        outlet.addClassName("px-evidence-source");
        Span hit = new Span(body.substring(e.begin(), e.end()));
        hit.addClassName("px-evidence-hit");
        ListItem li = new ListItem(outlet, new Span((from < e.begin() && from > 0 ? "" : "") + body.substring(from, e.begin())), hit,
                new Span(body.substring(e.end(), to)));
        li.getElement().setAttribute("data-article", String.valueOf(e.articleId()));
        return li;
    }

    /** A headline use: the whole title, with the counted words emphasised. */
    private static ListItem titleItem(ComparedArticle article, Evidence e) {
        String title = article.title() == null ? "" : article.title();
        int begin = Math.min(e.begin(), title.length());
        int end = Math.min(Math.max(e.end(), begin), title.length());
        Span outlet = new Span(article.source() + " (headline): ");
        outlet.addClassName("px-evidence-source");
        Span hit = new Span(title.substring(begin, end));
        hit.addClassName("px-evidence-hit");
        ListItem li = new ListItem(outlet, new Span(title.substring(0, begin)), hit, new Span(title.substring(end)));
        li.getElement().setAttribute("data-article", String.valueOf(e.articleId()));
        li.getElement().setAttribute("data-field", "title");
        return li;
    }
}
