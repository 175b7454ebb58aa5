package org.parallax.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** What a view shows when it has nothing yet: what this is, and what to do next. */
public class EmptyState extends Div {

    public EmptyState(String title, String hint, Component... actions) {
        addClassName("px-empty");
        add(new H3(title), new Paragraph(hint));
        add(actions);
    }
}
