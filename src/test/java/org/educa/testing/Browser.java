package org.educa.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Selenium: what a person sees and clicks. Screenshots go to
 * {@code target/screenshots} so a reviewer can look at the pages a test walked through.
 *
 * <p>{@code mvn verify} installs Chromium and its driver before the integration tests when it may
 * ({@code src/test/browsers}); where they are still missing, every test that asks for a browser here is skipped
 * (a JUnit assumption) instead of failing. The paths are the system properties {@code educa.chromium} and
 * {@code educa.chromedriver}, set by Maven from {@code browsers.chromium} and {@code browsers.chromedriver}.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("educa.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("educa.chromedriver", "/usr/bin/chromedriver"));

    private static final Map<WebDriver, Audit> AUDITS = new ConcurrentHashMap<>();

    private final WebDriver driver;
    private final String base;

    public Browser(URL base) {
        this.base = Deployments.onLoopback(base).toString();
        this.driver = newDriver();
    }

    /**
     * A headless Debian Chromium with the settings this machine needs, for tests that drive it themselves. Skips the
     * calling test when Chromium or its driver is not installed.
     */
    public static WebDriver newDriver() {
        ChromeDriver driver = newChromeDriver();
        Audit audit = new Audit(driver);
        WebDriver audited = new EventFiringDecorator<WebDriver>(audit).decorate(driver);
        AUDITS.put(audited, audit);
        return audited;
    }

    /**
     * Checks the page as shown now with {@link Axe} (for a state made without loading a page: errors shown, a dialog
     * open); findings fail the test when the driver closes ({@link #close(WebDriver)}).
     */
    public static void audit(WebDriver driver, String state) {
        AUDITS.get(driver).check(state);
    }

    /** The Chromium driver behind a driver of {@link #newDriver()}, for what only Chromium does (its DevTools). */
    public static ChromeDriver chromium(WebDriver driver) {
        return AUDITS.get(driver).driver;
    }

    /** Quits the driver, and fails on every accessibility finding of the pages it showed (see {@link Axe}). */
    public static void close(WebDriver driver) {
        Audit audit = AUDITS.remove(driver);
        try {
            audit.checkUnchecked();
        } finally {
            driver.quit();
        }
        audit.assertNone();
    }

    /**
     * Quits the driver like {@link #close(WebDriver)}, but returns the accessibility findings of the pages it showed
     * instead of failing, for a test that reports the findings of several drivers together (and fails on them).
     */
    public static java.util.List<String> quit(WebDriver driver) {
        Audit audit = AUDITS.remove(driver);
        try {
            audit.checkUnchecked();
        } finally {
            driver.quit();
        }
        return java.util.List.copyOf(audit.findings);
    }

    private static ChromeDriver newChromeDriver() {
        assumeInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1366,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Skips the calling test, with the same line src/test/browsers prints, when Chromium or its driver is missing. */
    public static void assumeInstalled() {
        for (Path program : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            Assumptions.assumeTrue(Files.isExecutable(program), () -> "Browser tests skipped: " + program
                    + " is missing. Install Chromium and its driver with: sudo apt-get install"
                    + " chromium chromium-driver");
        }
    }

    /** Opens a path of the application (without leading slash). */
    public Browser audit(String state) {
        audit(driver, state);
        return this;
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    public java.util.List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Clicks and waits for the next page to replace this one. */
    public Browser clickAndWait(String css) {
        WebElement element = find(css);
        element.click();
        waitUntilGone(element);
        return this;
    }

    public Browser clickLink(String text) {
        WebElement link = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.elementToBeClickable(By.linkText(text)));
        link.click();
        waitUntilGone(link);
        return this;
    }

    /**
     * Waits until the page that held the element has been replaced. Asked about an element while its document is being
     * unloaded, ChromeDriver sometimes answers with a plain error ("Node with given id does not belong to the
     * document") instead of a stale-element one: both mean the old page is gone.
     */
    private void waitUntilGone(WebElement element) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException replaced) {
                return true;
            }
        });
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length() - 1);
    }

    public WebDriver driver() {
        return driver;
    }

    public void screenshot(String name) {
        try {
            Path directory = Files.createDirectories(Path.of("target", "screenshots"));
            Path shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        close(driver);
    }

    /**
     * Checks each page the driver shows once, with {@link Axe}: when the test next touches a page that has finished
     * loading and was not checked yet (a mark in its window says which), and before the driver quits.
     */
    public static final class Audit implements WebDriverListener {

        private static final String UNCHECKED = "return document.readyState === 'complete' && !window.__educaAudited"
                + " && document.contentType === 'text/html'";

        private final ChromeDriver driver;
        private final Set<String> findings = new LinkedHashSet<>();

        Audit(ChromeDriver driver) {
            this.driver = driver;
        }

        void check(String state) {
            findings.addAll(Axe.check(driver, state));
            driver.executeScript("window.__educaAudited = true");
        }

        void checkUnchecked() {
            try {
                if (Boolean.TRUE.equals(driver.executeScript(UNCHECKED))) {
                    check(driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "") + " (" + driver.getTitle() + ")");
                }
            } catch (WebDriverException leaving) {
                // the page is being replaced: the next one is checked when it is touched
            }
        }

        void assertNone() {
            if (!findings.isEmpty()) {
                throw new AssertionError(findings.size() + " accessibility findings (axe-core, serious or critical):\n  "
                        + String.join("\n  ", findings));
            }
        }

        @Override
        public void beforeGet(WebDriver driver, String url) {
            checkUnchecked();
        }

        @Override
        public void beforeFindElement(WebDriver driver, By locator) {
            checkUnchecked();
        }

        @Override
        public void beforeFindElements(WebDriver driver, By locator) {
            checkUnchecked();
        }

        @Override
        public void beforeClick(WebElement element) {
            checkUnchecked();
        }
    }
}
