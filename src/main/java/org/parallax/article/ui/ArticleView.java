package org.parallax.article.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.BeforeEvent;
import org.parallax.article.ArticleDetail;
import org.parallax.article.ArticleRepository;
import org.parallax.ui.FlagBadges;
import org.parallax.ui.Formats;

/**
 * One article: its cleaned text and where it came from (outlet and the evidence for it, byline,
 * upstream source, import record). Text is set as text, never as markup.
 */
@Route("article")
public class ArticleView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ArticleRepository articles;
    private String title = "Article · Parallax";

    public ArticleView(ArticleRepository articles) {
        this.articles = articles;
        addClassName("px-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        ArticleDetail a = articles.findById(id).orElseThrow(() -> new NotFoundException("No article " + id));
        title = a.title() + " · Parallax";
        add(new RouterLink("← All articles", ArticlesView.class));
        H2 heading = new H2(a.title());
        heading.setId("article-title");
        add(heading, meta(a), FlagBadges.of(a.flags()));
        Div body = new Div();
        body.setId("article-body");
        body.addClassName("px-article-body");
        if (a.body().isBlank()) {
            body.add(new Paragraph("This article has no text: the source gave only its title."));
        } else {
            for (String paragraph : a.body().split("\n\n")) {
                body.add(new Paragraph(paragraph));
            }
        }
        add(body);
    }

    private static Div meta(ArticleDetail a) {
        Div meta = new Div();
        meta.addClassName("px-meta");
        meta.setId("article-meta");
        String outlet = a.outlet() == null ? "Outlet unknown"
                : a.outlet() + (a.outletSnippet() == null ? "" : " (from “" + a.outletSnippet() + "”)");
        meta.add(new Span(outlet));
        if (a.byline() != null) {
            meta.add(new Span("By " + a.byline()));
        }
        if (a.upstreamSource() != null) {
            meta.add(new Span("Source credited: " + a.upstreamSource()));
        }
        meta.add(new Span(Formats.dateTime(a.publishedAt())));
        meta.add(new Span(a.wordCount() + " words"));
        if (a.url() != null && (a.url().startsWith("https://") || a.url().startsWith("http://"))) {
            meta.add(new Anchor(a.url(), "Original", AnchorTarget.BLANK));
        }
        if (a.sourceRecord() != null) {
            meta.add(new Span("Imported from " + a.sourceRecord()));
        }
        return meta;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
