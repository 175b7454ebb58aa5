package org.parallax.analysis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.analysis.Comparison;
import org.parallax.analysis.Evidence;

/** Small pieces the comparison's sections share. */
final class Sections {

    private Sections() {}

    static H3 heading(String text, String id) {
        H3 h = new H3(text);
        h.setId(id);
        return h;
    }

    static Paragraph hint(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("px-hint");
        return p;
    }

    static <T> Grid<T> grid(String id, String label) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.setAriaLabel(label);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addClassName("px-compare-grid");
        return grid;
    }

    static <T> void items(Grid<T> grid, List<T> items, int maxRows) {
        grid.setItems(items);
        if (items.size() > maxRows) {
            grid.setAllRowsVisible(false);
            grid.setHeight("32rem");
        }
    }

    static String shorten(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }

    /** Occurrences of a word (as a whole word, any case) in the given articles: the evidence of a shared term. */
    static List<Evidence> wordIn(Comparison c, String word, List<Long> articleIds) {
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<Evidence> found = new ArrayList<>();
        for (long id : articleIds) {
            Matcher m = p.matcher(c.article(id).body());
            while (m.find()) {
                found.add(new Evidence(id, m.start(), m.end()));
            }
        }
        return found;
    }

    static String outlet(Comparison c, long articleId) {
        return c.label(articleId);
    }

    static String outlets(Comparison c, List<Long> articleIds) {
        return String.join(", ", articleIds.stream().map(id -> outlet(c, id)).toList());
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static Component empty(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("px-empty-note");
        return p;
    }
}
