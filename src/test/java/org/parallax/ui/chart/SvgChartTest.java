package org.parallax.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The component without a browser (Karibu): markup in, evidence keys out. */
class SvgChartTest {

    final List<String> heard = new ArrayList<>();
    SvgChart chart;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        chart = new SvgChart(BarChart.render("Words", "z", List.of(new BarChart.Bar("blockade", 2, "count 3", "w:blockade"))));
        UI.getCurrent().add(chart);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    /** What the browser sends when the filter matched and the expression found a key (or not). */
    private static DomEvent event(SvgChart chart, String type, String filter, boolean matched, String key) {
        ObjectNode data = JsonMapper.builder().build().createObjectNode();
        data.put(filter, matched);
        if (key == null) {
            data.putNull(SvgChart.KEY_EXPRESSION);
        } else {
            data.put(SvgChart.KEY_EXPRESSION, key);
        }
        return new DomEvent(chart.getElement(), type, data);
    }

    @Test
    void showsTheBuildersMarkupInTheBox() {
        assertThat(chart.getClassNames()).contains("px-chart-box");
        String html = chart.getElement().getProperty("innerHTML");
        assertThat(html).startsWith("<svg").contains("data-evidence=\"w:blockade\"");
        chart.setChart(TimelineChart.render("When", "d", List.of()));
        assertThat(chart.getElement().getProperty("innerHTML")).contains("No articles to place");
    }

    @Test
    void clickAndEnterOnAnElementTellTheListenerItsKey() {
        Registration registration = chart.addEvidenceListener(heard::add);
        ElementUtilsKt._fireDomEvent(chart.getElement(), event(chart, "click", SvgChart.CLICK_FILTER, true, "w:blockade"));
        ElementUtilsKt._fireDomEvent(chart.getElement(), event(chart, "keydown", SvgChart.ENTER_FILTER, true, "w:other"));
        assertThat(heard).containsExactly("w:blockade", "w:other");

        // a click outside any element, or one the browser-side filter rejected, is not evidence
        ElementUtilsKt._fireDomEvent(chart.getElement(), event(chart, "click", SvgChart.CLICK_FILTER, true, null));
        ElementUtilsKt._fireDomEvent(chart.getElement(), event(chart, "click", SvgChart.CLICK_FILTER, false, "w:ctrl-click"));
        assertThat(heard).containsExactly("w:blockade", "w:other");

        registration.remove();
        ElementUtilsKt._fireDomEvent(chart.getElement(), event(chart, "click", SvgChart.CLICK_FILTER, true, "w:blockade"));
        assertThat(heard).hasSize(2);
    }
}
