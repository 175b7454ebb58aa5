package org.parallax.analysis.ui;

import com.vaadin.flow.component.HasComponents;
import org.parallax.analysis.Comparison;
import org.springframework.stereotype.Component;

/** The charts of one comparison (drawn as server-side SVG), placed into the sections. */
public class ComparisonCharts implements ChartSlot {

    private final Comparison comparison;
    private final EvidenceOpener opener;

    ComparisonCharts(Comparison comparison, EvidenceOpener opener) {
        this.comparison = comparison;
        this.opener = opener;
    }

    @Override
    public void heatmap(HasComponents into) {}

    @Override
    public void timeline(HasComponents into) {}

    @Override
    public void distinctiveBars(HasComponents into, String groupKey) {}

    /** Makes the charts of a comparison. */
    @Component
    public static class Factory {
        ComparisonCharts create(Comparison comparison, EvidenceOpener opener) {
            return new ComparisonCharts(comparison, opener);
        }
    }
}
