package org.parallax.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.parallax.analysis.ComparisonFixture;
import org.parallax.event.EventService;
import org.parallax.ingest.ImportService;
import org.parallax.testsupport.Browser;
import org.parallax.testsupport.CleanDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In a real Chromium, a student opens a comparison, turns on "Shared passages" and finds the counterparts. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComparisonInBrowserTest {

    @LocalServerPort int port;
    @Autowired ImportService imports;
    @Autowired EventService events;
    @Autowired DataSource dataSource;

    @Test
    void toggleSharedPassagesAndSeeThemMarkedInTheColumnsThatShareThem() throws Exception {
        CleanDatabase.truncate(dataSource);
        ComparisonFixture f = ComparisonFixture.load(imports, events);

        try (Browser browser = Browser.start()) {
            var wait = browser.waitUpTo(Duration.ofSeconds(30));
            long start = System.nanoTime();
            browser.driver.get("http://localhost:" + port + "/events/" + f.eventId + "/compare");
            WebElement toggle = wait.until(ExpectedConditions.elementToBeClickable(By.id("mode-shared")));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("column-" + f.mercury)));
            System.out.printf("Comparison view usable after %d ms%n", (System.nanoTime() - start) / 1_000_000);
            assertThat(marks(browser, f.ledger)).isEmpty();

            long again = System.nanoTime(); // a second visit: the browser has the app's scripts cached
            browser.driver.get("http://localhost:" + port + "/events/" + f.eventId + "/compare");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("column-" + f.mercury)));
            toggle = wait.until(ExpectedConditions.elementToBeClickable(By.id("mode-shared")));
            System.out.printf("Comparison view usable again after %d ms%n", (System.nanoTime() - again) / 1_000_000);

            toggle.click();
            wait.until(d -> !marks(browser, f.mercury).isEmpty());
            assertThat(marks(browser, f.ledger)).isNotEmpty();
            assertThat(marks(browser, f.coastline)).isNotEmpty();
            assertThat(marks(browser, f.mercury)).extracting(WebElement::getText)
                    .containsExactly("Harbour master Ivo Brant said ships would be diverted to Calder Bay");
            browser.screenshot("comparison-shared-passages");

            WebElement mark = marks(browser, f.mercury).getFirst();
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "arguments[0].scrollIntoView({block: 'center'})", mark);
            mark.click();
            wait.until(d -> !focused(browser, f.ledger).isEmpty());
            assertThat(String.join(" ", focused(browser, f.ledger).stream().map(WebElement::getText).toList()))
                    .contains("Harbour master Ivo Brant said ships would be diverted to Calder Bay");
            WebElement selection = browser.driver.findElement(By.id("selection"));
            wait.until(d -> selection.getText().contains("Northern Ledger"));
            browser.screenshot("comparison-counterparts");

            WebElement off = browser.driver.findElement(By.id("mode-shared"));
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "arguments[0].scrollIntoView({block: 'center'})", off);
            off.click();
            wait.until(d -> marks(browser, f.mercury).isEmpty());
        }
    }

    private static List<WebElement> marks(Browser browser, long articleId) {
        return browser.driver.findElements(By.cssSelector("#column-" + articleId + " .px-mark.px-hl-shared"));
    }

    private static List<WebElement> focused(Browser browser, long articleId) {
        return browser.driver.findElements(By.cssSelector("#column-" + articleId + " .px-mark.px-focus"));
    }
}
