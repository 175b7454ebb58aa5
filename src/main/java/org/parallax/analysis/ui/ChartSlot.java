package org.parallax.analysis.ui;

import com.vaadin.flow.component.HasComponents;

/** Where the comparison's charts go; the charts are drawn as server-side SVG. */
interface ChartSlot {
    void heatmap(HasComponents into);

    void timeline(HasComponents into);

    void distinctiveBars(HasComponents into, String groupKey);
}
