package org.egmpublisher.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site in a real browser, opened from disk (file://): every page type passes axe-core's
 * WCAG 2.2 A/AA and best-practice rules in light and in dark mode, loads without a console error
 * (no CSP violation, no missing file, no script error), and its scripted enhancements work.
 */
class SiteBrowserTest {

    /** One page of each type, some in a scripted state (a query, a comparison). */
    static final List<String> PAGES = List.of(
            "index.html",
            "meeting/index.html",
            "meeting/s2.html",
            "recommendations.html",
            "egm-report.html",
            "egm-report/dialogue-1.html",
            "egm-report/analysis.html",
            "methodology-annex.html",
            "methodology-annex/tables.html",
            "rankings/index.html",
            "countries/index.html",
            "countries/dnk.html",
            "countries/ssd.html",
            "regions/index.html",
            "regions/africa.html",
            "regions/western-europe.html",
            "compare.html",
            "compare.html?c=DNK&c=EST&c=KOR",
            "data/index.html",
            "search.html?q=europe",
            "about.html");

    /** The elements (outside a scrolling box) that reach past the right edge, for the failure message. */
    static final String WIDEST = """
            var w = document.documentElement.clientWidth, out = [];
            document.querySelectorAll('body *').forEach(function (e) {
              var r = e.getBoundingClientRect();
              if (r.right > w + 1 && !(e.parentElement && e.parentElement.closest('.table-wrap'))) {
                out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' (right edge ' + Math.round(r.right) + ')');
              }
            });
            return out.slice(0, 6).join(', ');
            """;

    @TempDir
    static Path temp;
    static Path site;
    static ChromeDriver driver;

    @BeforeAll
    static void buildAndStart() throws Exception {
        site = BuiltSite.build(temp);
        driver = Browser.start(temp.resolve("chromium-profile"));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void everyPageTypePassesAxeInLightAndDarkModeFromDisk() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String scheme : List.of("light", "dark")) {
            Browser.colorScheme(driver, scheme);
            for (String page : PAGES) {
                open(page);
                assertEquals(scheme, ((JavascriptExecutor) driver).executeScript(
                        "return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'"), page);
                assertTrue(driver.findElements(By.tagName("main")).size() == 1, () -> page + " did not load: "
                        + driver.getTitle());
                problems.addAll(consoleErrors(scheme + " " + page));
                Axe.violations(driver).forEach(v -> problems.add(scheme + " " + page + ": " + v));
                checked++;
            }
        }
        System.out.println("axe-core checked " + checked + " page loads (" + PAGES.size() + " pages, light and dark): "
                + problems.size() + " problems");
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void pagesReflowAt320CssPixelsWithoutScrollingSideways() {
        List<String> wide = new ArrayList<>();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        try {
            for (String page : PAGES) {
                open(page);
                Object overflow = ((JavascriptExecutor) driver).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                if (((Number) overflow).intValue() > 0) {
                    wide.add(page + " is " + overflow + " px too wide, because of " + ((JavascriptExecutor) driver)
                            .executeScript(WIDEST));
                }
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        // WCAG 1.4.10: data tables may scroll inside their own box, the page itself must not.
        assertTrue(wide.isEmpty(), () -> String.join("\n", wide));
    }

    @Test
    void theStylesheetAppliesFromDiskUnderTheContentSecurityPolicy() {
        open("index.html");
        Object maxWidth = ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(document.body).maxWidth");
        assertTrue(!"none".equals(maxWidth), "style.css should load from file://, body max-width was " + maxWidth);
        assertTrue(consoleErrors("index.html").isEmpty(), () -> consoleErrors("index.html").toString());
    }

    @Test
    void searchFindsACountryFromTheHeaderForm() {
        open("index.html");
        WebElement q = driver.findElement(By.id("q"));
        q.sendKeys("Denmark", Keys.ENTER);
        // Submitting the form navigates; wait for the search page's script to list the hits.
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        WebElement denmark = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@id='search-results']//a[normalize-space()='Denmark']")));
        denmark.click();
        wait.until(ExpectedConditions.urlContains("countries/dnk.html"));
        assertTrue(driver.getCurrentUrl().endsWith("countries/dnk.html"), driver.getCurrentUrl());
    }

    @Test
    void compareShowsTheChosenCountries() {
        open("compare.html");
        for (String iso3 : List.of("DNK", "KOR")) {
            WebElement box = driver.findElement(By.cssSelector("input[value=" + iso3 + "]"));
            WebElement details = box.findElement(By.xpath("ancestor::details"));
            if (details.getAttribute("open") == null) {
                details.findElement(By.tagName("summary")).click();
            }
            box.click();
        }
        WebElement table = driver.findElement(By.id("compare-table"));
        String text = table.getText();
        assertTrue(text.contains("Denmark") && text.contains("Republic of Korea"), text);
    }

    @Test
    void recommendationsFilterByArea() {
        open("recommendations.html");
        int all = driver.findElements(By.cssSelector("#recs tbody tr")).size();
        WebElement area = driver.findElement(By.id("f-area"));
        new org.openqa.selenium.support.ui.Select(area).selectByIndex(1);
        long shown = driver.findElements(By.cssSelector("#recs tbody tr")).stream().filter(WebElement::isDisplayed).count();
        assertTrue(shown > 0 && shown < all, "filtering by an area should show some of " + all + ", showed " + shown);
    }

    @Test
    void rankingsSortByAColumn() {
        open("rankings/index.html");
        WebElement egdi = driver.findElement(By.xpath("//table[@id='rankings']/thead//th[.//text()='Country']//button"));
        egdi.click();
        String first = driver.findElement(By.cssSelector("#rankings tbody tr th")).getText();
        assertEquals("ascending", driver.findElement(By.xpath("//table[@id='rankings']/thead//th[.//button[.='Country']]"))
                .getAttribute("aria-sort"));
        assertEquals("Afghanistan", first);
    }

    @Test
    void comparePresetByTheAddressShowsItsCountries() {
        open("compare.html?c=DNK&c=EST");
        String text = driver.findElement(By.id("compare-table")).getText();
        assertTrue(text.contains("Denmark") && text.contains("Estonia") && text.contains("2003"), text);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDataPagesJsonLdParsesAsADataset() {
        open("data/index.html");
        Map<String, Object> ld = (Map<String, Object>) driver.executeScript(
                "return JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)");
        assertEquals("Dataset", ld.get("@type"));
        assertTrue(((List<?>) ld.get("distribution")).size() >= 6, () -> "distribution: " + ld.get("distribution"));
    }

    private void open(String page) {
        int q = page.indexOf('?');
        String file = q < 0 ? page : page.substring(0, q);
        String query = q < 0 ? "" : page.substring(q);
        driver.get(site.resolve(file).toUri() + query);
    }

    /** The console's warnings and errors since the last call (the log is drained by reading it). */
    private List<String> consoleErrors(String where) {
        List<String> out = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                out.add(where + ": console " + e.getLevel() + " " + e.getMessage());
            }
        }
        return out;
    }
}
