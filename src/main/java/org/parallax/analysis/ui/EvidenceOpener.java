package org.parallax.analysis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.List;
import org.parallax.analysis.Evidence;

/** Opens the sentences behind a figure. */
@FunctionalInterface
public interface EvidenceOpener {

    void open(String heading, String explanation, List<Evidence> evidence);

    /** A figure as a button that opens its evidence: how every number links to its sentences. */
    default Button figure(String text, String heading, String explanation, List<Evidence> evidence) {
        Button b = new Button(text, e -> open(heading, explanation, evidence));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        b.addClassName("px-figure");
        b.setTooltipText("Show the sentences behind this figure");
        return b;
    }
}
