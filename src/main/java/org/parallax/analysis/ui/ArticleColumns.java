package org.parallax.analysis.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.parallax.analysis.ComparedArticle;
import org.parallax.analysis.Comparison;
import org.parallax.ui.Formats;

/**
 * The articles side by side: one scrolling column per article, headed by outlet, headline, time and
 * length, with the chosen highlight modes drawn into the text. Columns can be hidden, shown again and
 * moved; on a narrow screen the columns become tabs. Clicking (or pressing Enter on) a highlighted
 * passage marks its counterparts in the other columns and reports the selection.
 */
public class ArticleColumns extends Div {

    /** Below this window width the columns turn into tabs. */
    public static final int TABS_BELOW = 900;

    private final Comparison comparison;
    private final Highlights highlights;
    private final Consumer<String> onSelect;
    private final Div columns = new Div();
    private final Tabs tabs = new Tabs();
    private final Map<String, List<Span>> marks = new HashMap<>();
    private final Map<Long, Div> columnOf = new HashMap<>();
    private final List<Long> order = new ArrayList<>();
    private final Set<Long> hidden = new java.util.HashSet<>();
    private Set<HighlightMode> modes = EnumSet.noneOf(HighlightMode.class);
    private String focused = "";
    private long activeTab;

    public ArticleColumns(Comparison comparison, Highlights highlights, Consumer<String> onSelect) {
        this.comparison = comparison;
        this.highlights = highlights;
        this.onSelect = onSelect;
        addClassName("px-columns-area");
        comparison.articles().forEach(a -> order.add(a.id()));
        activeTab = order.isEmpty() ? -1 : order.getFirst();
        tabs.addClassName("px-column-tabs");
        tabs.setId("column-tabs");
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() != null) {
                activeTab = Long.parseLong(e.getSelectedTab().getId().orElseThrow().substring("tab-".length()));
                columnOf.forEach((id, column) -> column.setClassName("px-active", id == activeTab));
            }
        });
        columns.addClassName("px-columns");
        columns.setId("columns");
        add(tabs, columns);
        render();
    }

    /** Draws the text again with these highlight modes. */
    public void setModes(Set<HighlightMode> newModes) {
        modes = newModes.isEmpty() ? EnumSet.noneOf(HighlightMode.class) : EnumSet.copyOf(newModes);
        render();
    }

    public Set<HighlightMode> modes() {
        return EnumSet.copyOf(modes.isEmpty() ? EnumSet.noneOf(HighlightMode.class) : modes);
    }

    /** The visible columns' article ids, left to right. */
    public List<Long> visibleColumns() {
        return order.stream().filter(id -> !hidden.contains(id)).toList();
    }

    /** Shows exactly these articles, keeping their current order. */
    public void setVisible(Set<Long> visible) {
        hidden.clear();
        order.stream().filter(id -> !visible.contains(id)).forEach(hidden::add);
        render();
    }

    /** Moves a column one place left (negative) or right (positive) among the visible ones. */
    public void move(long articleId, int direction) {
        List<Long> visible = visibleColumns();
        int at = visible.indexOf(articleId);
        int to = at + Integer.signum(direction);
        if (at < 0 || to < 0 || to >= visible.size()) {
            return;
        }
        long other = visible.get(to);
        int i = order.indexOf(articleId);
        int j = order.indexOf(other);
        order.set(i, other);
        order.set(j, articleId);
        render();
    }

    public void hide(long articleId) {
        hidden.add(articleId);
        render();
    }

    /** Switches between columns and tabs. */
    public void setNarrow(boolean narrow) {
        setClassName("px-narrow", narrow);
    }

    /** Marks every passage with this key (in all columns) and scrolls each column to its first one. */
    public void focus(String key) {
        marks.getOrDefault(focused, List.of()).forEach(s -> s.removeClassName("px-focus"));
        focused = key;
        List<Span> spans = marks.getOrDefault(key, List.of());
        spans.forEach(s -> s.addClassName("px-focus"));
        Set<Div> scrolled = new java.util.HashSet<>();
        for (Span s : spans) {
            Div column = (Div) s.getParent().flatMap(p -> p.getParent()).flatMap(p -> p.getParent()).orElse(null);
            if (column != null && scrolled.add(column)) {
                s.scrollIntoView();
            }
        }
    }

    /** The number of marks drawn in one article's column, by mode (for tests and the legend). */
    public int markCount(long articleId, HighlightMode mode) {
        return (int) marks.values().stream().flatMap(List::stream)
                .filter(s -> s.getElement().getAttribute("data-article").equals(String.valueOf(articleId))
                        && s.getClassNames().contains(mode.cssClass()))
                .count();
    }

    private void render() {
        columns.removeAll();
        tabs.removeAll();
        marks.clear();
        columnOf.clear();
        List<Long> visible = visibleColumns();
        if (!visible.isEmpty() && !visible.contains(activeTab)) {
            activeTab = visible.getFirst();
        }
        for (long id : visible) {
            ComparedArticle article = comparison.article(id);
            Div column = column(article, visible);
            columnOf.put(id, column);
            column.setClassName("px-active", id == activeTab);
            columns.add(column);
            Tab tab = new Tab(article.source());
            tab.setId("tab-" + id);
            tabs.add(tab);
            if (id == activeTab) {
                tabs.setSelectedTab(tab);
            }
        }
        if (visible.isEmpty()) {
            columns.add(new org.parallax.ui.EmptyState("All columns are hidden",
                    "Choose the articles to show in the Columns box above."));
        }
        if (!focused.isEmpty()) {
            marks.getOrDefault(focused, List.of()).forEach(s -> s.addClassName("px-focus"));
        }
    }

    private Div column(ComparedArticle article, List<Long> visible) {
        Div column = new Div();
        column.addClassName("px-column");
        column.setId("column-" + article.id());

        Div header = new Div();
        header.addClassName("px-column-header");
        Span outlet = new Span(article.source());
        outlet.addClassName("px-column-outlet");
        Div headline = new Div(new Text(article.title()));
        headline.addClassName("px-column-headline");
        Span meta = new Span(Formats.dateTime(article.publishedAt()) + " · " + article.words() + " words");
        meta.addClassName("px-meta");
        int at = visible.indexOf(article.id());
        Button left = iconButton(VaadinIcon.ARROW_LEFT, "Move " + article.source() + " left", () -> move(article.id(), -1));
        left.setEnabled(at > 0);
        Button right = iconButton(VaadinIcon.ARROW_RIGHT, "Move " + article.source() + " right", () -> move(article.id(), 1));
        right.setEnabled(at < visible.size() - 1);
        Button hide = iconButton(VaadinIcon.EYE_SLASH, "Hide " + article.source(), () -> hide(article.id()));
        hide.setId("hide-" + article.id());
        Div tools = new Div(left, right, hide);
        tools.addClassName("px-column-tools");
        header.add(outlet, tools, headline, meta);

        Div body = new Div();
        body.addClassName("px-column-body");
        body.getElement().setAttribute("role", "region");
        body.getElement().setAttribute("aria-label", "Text of " + article.source());
        body.getElement().setAttribute("tabindex", "0");
        List<Highlight> ranges = highlights.of(article.id(), modes);
        String text = article.body();
        if (text.isBlank()) {
            body.add(new Span("This article has no body text (the import kept its title only)."));
        }
        for (TextSegments.Paragraph p : TextSegments.paragraphs(text)) {
            com.vaadin.flow.component.html.Paragraph paragraph = new com.vaadin.flow.component.html.Paragraph();
            for (TextSegments.Segment s : TextSegments.segments(p.begin(), p.end(), ranges)) {
                String words = text.substring(s.begin(), s.end());
                if (s.highlights().isEmpty()) {
                    paragraph.add(new Text(words));
                } else {
                    paragraph.add(mark(article.id(), words, s));
                }
            }
            body.add(paragraph);
        }
        column.add(header, body);
        return column;
    }

    private Span mark(long articleId, String words, TextSegments.Segment segment) {
        Span span = new Span(words);
        span.addClassName("px-mark");
        for (Highlight h : segment.highlights()) {
            for (String c : h.cssClass().split(" ")) {
                span.addClassName(c);
            }
        }
        Highlight target = segment.innermost();
        span.getElement().setAttribute("title", target.title());
        span.getElement().setAttribute("tabindex", "0");
        span.getElement().setAttribute("role", "button");
        span.getElement().setAttribute("data-key", target.key());
        span.getElement().setAttribute("data-article", String.valueOf(articleId));
        span.getElement().addEventListener("click", e -> select(target.key()));
        span.getElement().addEventListener("keydown", e -> select(target.key()))
                .setFilter("event.key === 'Enter' || event.key === ' '");
        for (Highlight h : segment.highlights()) {
            marks.computeIfAbsent(h.key(), k -> new ArrayList<>()).add(span);
        }
        return span;
    }

    /** Selects a highlighted passage: marks its counterparts and tells the listener. */
    public void select(String key) {
        focus(key);
        onSelect.accept(key);
    }

    private static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        Button b = new Button(icon.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        b.setAriaLabel(label);
        b.setTooltipText(label);
        return b;
    }
}
