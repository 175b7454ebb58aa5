package org.parallax.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.parallax.testsupport.Browser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In a real Chromium: clicking a chart element, or Enter on it, reaches the server with its key and stays on the page. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SvgChartInBrowserTest {

    @LocalServerPort int port;

    @Test
    void clickAndKeyboardOnChartElementsFireTheEvidenceListener() throws Exception {
        try (Browser browser = Browser.start()) {
            String url = "http://localhost:" + port + "/test/charts";
            browser.driver.get(url);
            var wait = browser.waitUpTo(Duration.ofSeconds(30));
            WebElement bar = wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("a[data-evidence='w:blockade'] .px-chart-bar-shape")));
            WebElement heard = browser.driver.findElement(By.id("heard"));
            assertThat(heard.getText()).isEqualTo("nothing yet");

            bar.click();
            wait.until(ExpectedConditions.textToBe(By.id("heard"), "w:blockade"));
            assertThat(browser.driver.getCurrentUrl()).isEqualTo(url);

            browser.driver.findElement(By.cssSelector("a[data-evidence='o:1:0'] rect")).click();
            wait.until(ExpectedConditions.textToBe(By.id("heard"), "o:1:0"));
            browser.driver.findElement(By.cssSelector("a.px-chart-point[data-evidence='a:2'] circle")).click();
            wait.until(ExpectedConditions.textToBe(By.id("heard"), "a:2"));

            // keyboard: Tab reaches the elements in reading order; Enter activates the focused one
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            js.executeScript("document.activeElement.blur(); document.querySelector('#heard').focus()");
            String focused = null;
            for (int i = 0; i < 40 && !"w:checkpoint".equals(focused); i++) {
                new Actions(browser.driver).sendKeys(Keys.TAB).perform();
                focused = (String) js.executeScript("return document.activeElement.getAttribute('data-evidence')");
            }
            assertThat(focused).isEqualTo("w:checkpoint");
            String outline = (String) js.executeScript("return getComputedStyle(document.activeElement).outlineStyle");
            assertThat(outline).isEqualTo("solid");
            browser.screenshot("charts-keyboard-focus");
            new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
            wait.until(ExpectedConditions.textToBe(By.id("heard"), "w:checkpoint"));
            assertThat(browser.driver.getCurrentUrl()).isEqualTo(url);

            // without the component's script the element is still a plain link to its evidence
            assertThat(browser.driver.findElement(By.cssSelector("a[data-evidence='w:checkpoint']")).getDomAttribute("href"))
                    .endsWith("?evidence=w%3Acheckpoint");

            ((HasCdp) browser.driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            browser.screenshot("charts-print");
            String printedFill = (String) js.executeScript("return getComputedStyle(document.querySelector("
                    + "\"a[data-evidence='w:checkpoint'] .px-chart-bar-shape\")).fill");
            assertThat(printedFill).isEqualTo("rgb(255, 255, 255)");
        }
    }
}
