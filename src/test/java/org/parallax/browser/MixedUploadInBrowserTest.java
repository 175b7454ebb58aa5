package org.parallax.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.parallax.testsupport.Browser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A CSV with good and bad rows, uploaded in a real Chromium: the good rows land, the bad ones are named with their reasons. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MixedUploadInBrowserTest {

    @LocalServerPort int port;

    @Test
    void goodRowsLandAndBadRowsAreReportedWithTheirReasons(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("mixed.csv"), """
                title,body,outlet,url,published_at
                Lighthouse keeper retires after forty years,"The keeper of the Skerry light handed over the keys on Sunday.",Gull Post,https://gullpost.example/keeper,2026-05-03T10:00:00+01:00
                ,"A row without a title cannot be an article.",Gull Post,https://gullpost.example/untitled,2026-05-03T11:00:00+01:00
                Ferry timetable changes for summer,"Extra sailings start in June, the operator said.",Gull Post,https://gullpost.example/ferry,2026-05-04T09:00:00+01:00
                "<script>alert(1)</script> Harbour fees","Fees rise by 4% <b>in April</b>.",Gull Post,https://gullpost.example/fees,2026-05-04T12:00:00+01:00
                Truncated row with an unclosed quote,"This body never ends
                """, StandardCharsets.UTF_8);
        try (Browser browser = Browser.start()) {
            browser.driver.get("http://localhost:" + port + "/import");
            var wait = browser.waitUpTo(Duration.ofSeconds(30));
            WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-upload")));
            upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(csv.toString());

            WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-summary")));
            assertThat(summary.getText()).contains("mixed.csv (csv, read as UTF-8)").contains("3 created").contains("2 rejected");
            String rejected = browser.driver.findElement(By.id("import-rejected")).getText();
            assertThat(rejected).contains("row 3").contains("row 6");
            WebElement grid = browser.driver.findElement(By.id("import-articles"));
            wait.until(d -> grid.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                    .anyMatch(c -> c.getText().equals("<script>alert(1)</script> Harbour fees")));
            assertThat(browser.driver.findElements(By.tagName("script")).stream()
                    .noneMatch(s -> s.getAttribute("innerHTML").contains("alert(1)"))).isTrue();
            browser.screenshot("mixed-upload-report");
        }
    }
}
