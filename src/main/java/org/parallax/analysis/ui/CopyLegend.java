package org.parallax.analysis.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.parallax.analysis.PassageCopy;

/**
 * The key to the three kinds of shared-passage copies in the side-by-side columns: each kind drawn with
 * its own underline (solid, dashed, dotted) as well as its own shade, so colour is never the only cue.
 */
class CopyLegend extends Div {

    CopyLegend() {
        setId("copy-legend");
        addClassName("px-copy-legend");
        getElement().setAttribute("role", "note");
        add(new Span("Shared passages:"));
        for (PassageCopy.Kind kind : PassageCopy.Kind.values()) {
            Span sample = new Span(kind.label());
            sample.addClassNames("px-copy-sample", "px-hl-shared", Highlights.copyClass(kind));
            sample.getElement().setAttribute("data-kind", kind.key());
            sample.setTitle(switch (kind) {
                case VERBATIM -> "Solid underline: the same words as the passage";
                case EDITED -> "Dashed underline: most of the passage, changed";
                case PARTIAL -> "Dotted underline: only a phrase or part of the passage";
            });
            add(sample);
        }
    }
}
