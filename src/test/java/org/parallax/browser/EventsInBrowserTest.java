package org.parallax.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.parallax.event.EventFilter;
import org.parallax.event.EventService;
import org.parallax.event.EventSummary;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.ImportService;
import org.parallax.testsupport.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In a real Chromium, a user merges two events that are one story from the Events list. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventsInBrowserTest {

    /** Two reports of one happening in quite different words (a lighthouse keeper's rescue). */
    private static final String TWO_ARTICLES = """
            {"outlet": "Harbour Ledger", "title": "Lighthouse keeper pulls two kayakers from the water off Brennock Head", "published_at": "2026-05-02T08:10:00+01:00", "body": "Two kayakers were pulled from cold water off Brennock Head on Friday evening by the keeper of the Brennock lighthouse, who rowed out after hearing shouts.\\n\\nMarta Quill, 61, said the pair had capsized in a sudden squall and clung to their upturned boats for about twenty minutes."}
            {"outlet": "Northline Radio", "title": "Squall capsizes paddlers; veteran light-tender rows to their aid", "published_at": "2026-05-02T19:40:00+01:00", "body": "A veteran light-tender launched her dinghy into heavy swell to reach two paddlers whose craft overturned near the headland.\\n\\nCoastguard officers praised the rescue and said both paddlers were treated for hypothermia at Saint Avel infirmary."}
            """;

    @LocalServerPort int port;
    @Autowired ImportService imports;
    @Autowired EventService events;

    @Test
    void mergeTwoEventsFromTheEventsList() throws Exception {
        ImportReport report = imports.importStream("rescue.jsonl",
                new ByteArrayInputStream(TWO_ARTICLES.getBytes(StandardCharsets.UTF_8)), null);
        assertThat(report.created()).isEqualTo(2);
        List<EventSummary> before = events.list(EventFilter.ALL, 0, 10);
        if (before.size() == 1) { // grouped together already: separate them, so there is something to merge
            events.split(before.getFirst().id(), List.of(report.articleIds().getLast()));
        }
        assertThat(events.count(EventFilter.ALL)).isEqualTo(2);

        try (Browser browser = Browser.start()) {
            browser.driver.get("http://localhost:" + port + "/events");
            var wait = browser.waitUpTo(Duration.ofSeconds(30));
            WebElement grid = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("events-grid")));
            wait.until(d -> cellTexts(grid).stream().anyMatch(t -> t.contains("Lighthouse keeper"))
                    && cellTexts(grid).stream().anyMatch(t -> t.contains("Squall capsizes")));
            browser.screenshot("events-before-merge");

            List<WebElement> boxes = wait.until(d -> {
                List<WebElement> found = rowCheckboxes(grid);
                return found.size() == 2 ? found : null;
            });
            for (WebElement box : boxes) {
                box.click();
            }
            WebElement merge = browser.driver.findElement(By.id("merge-selected"));
            wait.until(d -> merge.getAttribute("disabled") == null);
            merge.click();

            WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("merge-dialog")));
            assertThat(dialog.getText()).contains("Lighthouse keeper").contains("Squall capsizes");
            browser.screenshot("events-merge-dialog");
            browser.driver.findElement(By.id("confirm-merge")).click();

            wait.until(d -> rowCheckboxes(grid).size() == 1);
            wait.until(d -> browser.driver.findElement(By.id("event-total")).getText().equals("1 event"));
            assertThat(cellTexts(grid)).contains("2");
            assertThat(String.join("\n", cellTexts(grid))).contains("Harbour Ledger").contains("Northline Radio");
            browser.screenshot("events-after-merge");
        }
        assertThat(events.list(EventFilter.ALL, 0, 10)).singleElement()
                .satisfies(e -> assertThat(e.articleIds()).containsExactlyInAnyOrderElementsOf(report.articleIds()));
    }

    private static List<String> cellTexts(WebElement grid) {
        return grid.findElements(By.cssSelector("vaadin-grid-cell-content")).stream().map(WebElement::getText).toList();
    }

    /** The selection checkboxes of the body rows (not the header's select-all box). */
    private static List<WebElement> rowCheckboxes(WebElement grid) {
        return grid.findElements(By.cssSelector("vaadin-grid-cell-content > vaadin-checkbox")).stream()
                .filter(WebElement::isDisplayed)
                .filter(b -> !String.valueOf(b.getAttribute("aria-label")).toLowerCase().contains("all"))
                .toList();
    }
}
