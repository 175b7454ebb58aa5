package org.parallax.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.BeforeEvent;
import org.parallax.article.ArticleDetail;
import org.parallax.article.ArticleOutletException;
import org.parallax.article.ArticleOutletService;
import org.parallax.article.ArticleOutletService.OutletChoice;
import org.parallax.article.ArticleRepository;
import org.parallax.outlet.OutletRepository;
import org.parallax.ui.FlagBadges;
import org.parallax.ui.Formats;

/**
 * One article: its cleaned text and where it came from (outlet and the evidence for it, byline,
 * upstream source, import record). Text is set as text, never as markup. The outlet can be set or corrected by hand;
 * who did it and when is shown next to it.
 */
@Route("article")
public class ArticleView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ArticleRepository articles;
    private final ArticleOutletService outletChanges;
    private final OutletRepository outlets;
    private String title = "Article · Parallax";

    public ArticleView(ArticleRepository articles, ArticleOutletService outletChanges, OutletRepository outlets) {
        this.articles = articles;
        this.outletChanges = outletChanges;
        this.outlets = outlets;
        addClassName("px-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        ArticleDetail a = articles.findById(id).orElseThrow(() -> new NotFoundException("No article " + id));
        show(a);
    }

    private void show(ArticleDetail a) {
        removeAll();
        title = a.title() + " · Parallax";
        add(new RouterLink("← All articles", ArticlesView.class));
        H2 heading = new H2(a.title());
        heading.setId("article-title");
        add(heading, meta(a), FlagBadges.of(a.flags()), outletEditor(a));
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
        Span outletSpan = new Span(outlet);
        outletSpan.setId("article-outlet");
        meta.add(outletSpan);
        if (a.outletSetByHand()) {
            Span setBy = new Span("set by " + Formats.orDash(a.outletSetBy()) + " on " + a.outletSetAt().toLocalDate());
            setBy.setId("article-outlet-set");
            meta.add(setBy);
        }
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

    /** A field and a button to set or correct the outlet by hand. */
    private HorizontalLayout outletEditor(ArticleDetail a) {
        OutletPicker picker = new OutletPicker(a.outlet() == null ? "Set the outlet" : "Correct the outlet",
                "article-outlet-choice");
        picker.load(outlets);
        Button save = new Button("Set outlet", e -> {
            try {
                outletChanges.setOutlet(a.id(), OutletChoice.byName(picker.getValue() == null ? "" : picker.getValue()))
                        .ifPresent(this::show);
                Notification.show("Outlet set", 2000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ArticleOutletException ex) {
                Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("article-outlet-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        picker.addValueChangeListener(e -> save.setEnabled(e.getValue() != null && !e.getValue().isBlank()));
        HorizontalLayout editor = new HorizontalLayout(picker, save);
        editor.setId("article-outlet-editor");
        editor.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return editor;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
