package org.parallax.ui.chart;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;

/**
 * A chart in a Vaadin view: a {@code <div class="px-chart-box">} whose content is the SVG markup
 * of one of this package's builders, set as the div's {@code innerHTML} property. That is safe
 * because the markup can only come from the builders ({@link SvgMarkup} cannot be made
 * elsewhere), which escape every label; the {@code Html} component would not do, as it creates
 * its root as an HTML element and the SVG would not draw.
 *
 * <p><b>Evidence.</b> {@link #addEvidenceListener} hears a click on, or Enter on a focused,
 * evidence link ({@code <a data-evidence="KEY">}) and receives the key, on the server, without a
 * page navigation: one DOM listener on the div reads
 * {@code event.target.closest('[data-evidence]')} in the browser and prevents the link's default
 * only then. A click with Ctrl, Cmd, Shift or a middle button is left to the browser, so
 * "open in new tab" follows the link's {@code href="?evidence=KEY"}; a view that shows evidence
 * should therefore also read the {@code evidence} query parameter.
 */
public class SvgChart extends Div {

    /** Browser expression: the evidence key of the link the event happened in, or null. */
    static final String KEY_EXPRESSION =
            "(event.target.closest && element.contains(event.target.closest('[data-evidence]')))"
                    + " ? event.target.closest('[data-evidence]').getAttribute('data-evidence') : null";
    /** Browser filter for clicks: a plain primary click on an evidence link. */
    static final String CLICK_FILTER = "event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey"
            + " && !event.altKey && !!event.target.closest && !!event.target.closest('[data-evidence]')";
    /** Browser filter for keys: Enter on an evidence link (which would otherwise follow its href). */
    static final String ENTER_FILTER = "event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !event.shiftKey"
            + " && !!event.target.closest && !!event.target.closest('[data-evidence]')";

    private final List<SerializableConsumer<String>> listeners = new CopyOnWriteArrayList<>();

    /** An empty chart box; see {@link #setChart}. */
    public SvgChart() {
        addClassName("px-chart-box");
        for (String[] type : new String[][] {{"click", CLICK_FILTER}, {"keydown", ENTER_FILTER}}) {
            getElement().addEventListener(type[0], this::fire)
                    .addEventData(KEY_EXPRESSION)
                    .setFilter(type[1])
                    .preventDefault();
        }
    }

    /** A box showing the chart. */
    public SvgChart(SvgMarkup chart) {
        this();
        setChart(chart);
    }

    /** Shows another chart in place of the current one. */
    public void setChart(SvgMarkup chart) {
        getElement().setProperty("innerHTML", chart.markup());
    }

    /**
     * Calls the listener with the evidence key of each chart element the user activates (click, or
     * Enter on a focused element).
     */
    public Registration addEvidenceListener(SerializableConsumer<String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void fire(DomEvent event) {
        JsonNode key = event.getEventData().get(KEY_EXPRESSION);
        if (key == null || key.isNull() || key.asString().isEmpty()) {
            return;
        }
        String evidence = key.asString();
        listeners.forEach(listener -> listener.accept(evidence));
    }
}
