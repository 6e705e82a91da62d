package org.educa.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.educa.testing.Axe;
import org.educa.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The browser half of {@link RosterBrowserIT}. */
final class RosterWalk {

    static final String OWNER = "harmony.teacher";
    static final String PASSWORD = "Four-Part-Harmony-77";
    static final String COURSE = "four-part-harmony-roster";

    private static final By ROWS = By.cssSelector("#roster\\:students tbody tr[data-ri]");

    private final URI base;

    RosterWalk(URI base) {
        this.base = base;
    }

    void findsSortsAndPages() throws IOException {
        WebDriver browser = Browser.newDriver();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(base + "accounts/login/");
            browser.findElement(By.id("login:username")).sendKeys(OWNER);
            browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
            browser.findElement(By.id("login:submit")).click();
            wait.until(ExpectedConditions.urlContains("/course/mine/"));
            WebElement count = browser.findElement(By.cssSelector("a.student-count"));
            assertEquals("22", count.getText());
            count.click();
            wait.until(ExpectedConditions.urlMatches("/course/\\d+/students/$"));
            assertEquals("Students of Four-Part Harmony", browser.findElement(By.tagName("h1")).getText());
            assertEquals(20, browser.findElements(ROWS).size(), "a page of 20");
            assertEquals(0, browser.findElements(By.cssSelector("#roster\\:students .ui-column-filter")).size(),
                    "no filter boxes: the roster sorts, it does not filter");
            assertTrue(firstRow(browser).contains("Olu Adeyemi"), "by last name: " + firstRow(browser));
            screenshots(browser, "roster-by-name");

            progress(browser).sendKeys(Keys.ENTER);
            wait.until(driver -> "ascending".equals(progress(driver).getAttribute("aria-sort")));
            wait.until(driver -> firstRow(driver).contains("0 of 4 modules"));
            progress(browser).sendKeys(Keys.ENTER);
            wait.until(driver -> "descending".equals(progress(driver).getAttribute("aria-sort")));
            wait.until(driver -> firstRow(driver).contains("4 of 4 modules (100%)"));
            Browser.audit(browser, "roster sorted by progress, descending");
            screenshots(browser, "roster-by-progress");

            browser.findElement(By.cssSelector("#roster\\:students .ui-paginator-next")).click();
            wait.until(driver -> driver.findElements(ROWS).size() == 2);
            Browser.audit(browser, "roster, second page");
            assertTrue(browser.findElement(By.cssSelector("#roster\\:students .ui-paginator-current")).getText()
                    .contains("21–22 of 22"));
        } finally {
            Browser.close(browser);
        }
    }

    private static WebElement progress(WebDriver driver) {
        return driver.findElement(By.cssSelector("#roster\\:students th.roster-progress"));
    }

    private static String firstRow(WebDriver driver) {
        List<WebElement> rows = driver.findElements(ROWS);
        return rows.isEmpty() ? "" : rows.get(0).getText();
    }

    /** The page as a person sees it at desktop and phone widths, whole. */
    private static void screenshots(WebDriver browser, String name) throws IOException {
        Path directory = Files.createDirectories(Path.of("target", "screenshots"));
        try {
            for (org.openqa.selenium.Dimension size : List.of(Axe.DESKTOP, Axe.PHONE)) {
                browser.manage().window().setSize(size);
                long height = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollHeight");
                // the whole page on the desktop; the first screens of it on a phone, where it is long
                browser.manage().window().setSize(new org.openqa.selenium.Dimension(size.getWidth(),
                        (int) Math.min(size.equals(Axe.PHONE) ? 1800 : 4000, Math.max(size.getHeight(), height))));
                Files.write(directory.resolve(name + "-" + size.getWidth() + ".png"),
                        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            }
        } finally {
            browser.manage().window().setSize(Axe.DESKTOP);
        }
    }
}
