package org.parallax.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.parallax.testsupport.Browser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A user uploads a digest in the Import view of a real Chromium and sees its articles in the grids. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportInBrowserTest {

    @LocalServerPort int port;

    @Test
    void uploadADigestAndSeeItsArticles() throws Exception {
        Path digest = Path.of(getClass().getResource("/fixtures/import/river-digest.txt").toURI());
        try (Browser browser = Browser.start()) {
            browser.driver.get("http://localhost:" + port + "/import");
            var wait = browser.waitUpTo(Duration.ofSeconds(30));
            WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-upload")));
            WebElement fileInput = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
            fileInput.sendKeys(digest.toString());

            WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-summary")));
            assertThat(summary.getText()).contains("4 created").contains("1 rejected");
            wait.until(d -> cellTexts(d.findElement(By.id("import-articles"))).contains("Varn weir: what we know"));
            assertThat(browser.driver.findElement(By.id("import-rejected")).getText()).contains("block 4");
            browser.screenshot("import-report");

            browser.driver.get("http://localhost:" + port + "/articles");
            WebElement grid = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("articles-grid")));
            wait.until(d -> cellTexts(grid).contains("Floodgates opened at Varn weir as river rises"));
            assertThat(cellTexts(grid)).contains("Harbour Ledger", "Valley Courier", "Northline Radio",
                    "Water board “acted too late”, west bank farmers say");
            browser.screenshot("articles-after-import");
        }
    }

    private static List<String> cellTexts(WebElement grid) {
        return grid.findElements(By.cssSelector("vaadin-grid-cell-content")).stream().map(WebElement::getText).toList();
    }
}
