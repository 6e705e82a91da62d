package org.educa.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.educa.testing.Browser;
import org.educa.testing.Deployments;
import org.educa.view.Routes;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The browser half of {@link KeyboardJourneyBrowserIT}, apart so that Payara, which runs the other half, needs no Selenium. */
final class KeyboardJourney {

    static final String INSTRUCTOR = "keys.instructor";
    static final String PASSWORD = "Only-The-Keyboard-26";
    static final String SUBJECT = "keyboard-studies";
    static final String COURSE = "keyboard-journey";
    static final String REORDERED = "keyboard-reordered";
    static final int MOST_TABS = 80;

    private final URL url;

    WebDriver driver;
    WebDriverWait wait;
    /** What the journey found a keyboard user cannot do (the journey went on past it). */
    final List<String> missing = new ArrayList<>();

    KeyboardJourney(URL url) {
        this.url = url;
    }


    void aVisitorSkipsRegistersEnrollsAndStudiesByKeyboard() {
        journey(() -> {
            go(Routes.path("catalog.subject", SUBJECT));

            // The skip link is the first thing Tab reaches, and Enter on it moves the focus to the content.
            press(Keys.TAB);
            WebElement first = focused();
            boolean skip = "a".equals(first.getTagName()) && first.getAttribute("href") != null
                    && first.getAttribute("href").matches(".*#[\\w-]+$")
                    && (first.getAttribute("href").matches(".*#(content|main)[\\w-]*$")
                            || first.getText().toLowerCase().contains("skip"));
            expect(skip, "skip link: the first Tab reaches " + describe(first) + ", not a link to #content");
            if (skip) {
                press(Keys.ENTER);
                boolean inMain = inMain();
                if (!inMain) {
                    press(Keys.TAB);
                    inMain = inMain();
                }
                expect(inMain, "skip link: after Enter the focus (or the next Tab) is " + describe(focused())
                        + ", not in <main>");
            }

            // To the course, to "Register to enroll", through the form and Enter.
            tabTo(link("/course/" + COURSE + "/"), "the course's link in its subject's catalog");
            enterAndWaitFor("/course/" + COURSE + "/$");
            tabTo(id("register-to-enroll"), "Register to enroll");
            enterAndWaitFor("/students/register/");
            String username = "keys" + System.nanoTime() % 1_000_000;
            tabTo(id("register:username"), "the username field").sendKeys(username);
            tabTo(id("register:email"), "the e-mail field").sendKeys(username + "@example.org");
            tabTo(id("register:password"), "the password field").sendKeys(PASSWORD);
            new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            expect("register:lastName".equals(focused().getAttribute("id")),
                    "Shift+Tab from the password goes back towards the username, not to " + describe(focused()));
            tabTo(id("register:confirmation"), "the confirmation field").sendKeys(PASSWORD);
            enterAndWaitFor("/course/" + COURSE + "/$");

            // Back on the course, signed in: Enter on "Enroll now".
            tabTo(id("enroll"), "Enroll now");
            enterAndWaitFor("/students/course/\\d+/$");

            // Studying: the second module from the module list.
            WebElement second = tabTo(element -> element.getAttribute("href") != null
                    && element.getAttribute("href").matches(".*/students/course/\\d+/\\d+/$")
                    && element.getText().contains("Second steps"), "the second module in the module list");
            assertEquals("a", second.getTagName());
            enterAndWaitFor("/students/course/\\d+/\\d+/$");
            assertEquals("Second steps", driver.findElement(By.id("module-title")).getText());
        });
    }

    void anInstructorReordersAndCancelsADeleteByKeyboard() {
        journey(() -> {
            go(Routes.path("accounts.login"));
            tabTo(id("login:username"), "the username field").sendKeys(INSTRUCTOR);
            tabTo(id("login:password"), "the password field").sendKeys(PASSWORD);
            press(Keys.ENTER);
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/accounts/login/")));

            go(Routes.path("course.mine"));
            WebElement contents = tabTo(element -> element.getAttribute("href") != null
                    && element.getAttribute("href").matches(".*/course/module/\\d+/$")
                    && rowText(element).contains("Reordered by Keyboard"), "the contents link of the course");
            String href = contents.getAttribute("href");
            press(Keys.ENTER);
            if (!urlBecomes("/course/module/\\d+/$")) {
                // seen on 2 Dec: Enter on a link inside the PrimeFaces table of "My courses" did not follow it
                expect(false, "Enter on the \"Contents\" link in the table of My courses follows it");
                driver.get(href);
            }
            assertEquals(List.of("One", "Two", "Three"), texts(".item-title"));

            // Items: Enter on the first one's "move down", then Space on the "move up" of where it went.
            tabTo(id("contents:items:0:down"), "the first item's move down button");
            press(Keys.ENTER);
            waitFor(".item-title", List.of("Two", "One", "Three"));
            expectFocusOnMoved("contents:items:", "One");
            Browser.audit(driver, "contents after a keyboard reorder");
            tabTo(id("contents:items:1:up"), "the moved item's move up button");
            press(Keys.SPACE);
            waitFor(".item-title", List.of("One", "Two", "Three"));
            expectFocusOnMoved("contents:items:", "One");

            // Modules: the third one up with Enter.
            tabTo(id("sidebar:modules:2:up"), "the third module's move up button");
            press(Keys.ENTER);
            waitFor(".module-title", List.of("Alpha module", "Gamma module", "Beta module"));
            expectFocusOnMoved("sidebar:modules:", "Gamma module");

            // Deleting asks in a dialog; Escape closes it, gives the focus back and deletes nothing.
            WebElement delete = tabTo(id("contents:items:1:delete"), "the second item's delete button");
            press(Keys.ENTER);
            WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                    ".ui-confirm-dialog")));
            expect(focusedIn(".ui-confirm-dialog"),
                    "the confirm dialog takes the focus; it is on " + describe(focused()));
            Browser.audit(driver, "contents with the delete dialog open");
            press(Keys.ESCAPE);
            boolean closed = closes(dialog);
            expect(closed, "Escape closes the confirm dialog");
            if (closed) {
                // the page gives the focus back once the dialog has gone: allow it a moment
                try {
                    new WebDriverWait(driver, Duration.ofSeconds(2)).until(d -> delete.equals(focused()));
                } catch (TimeoutException stillElsewhere) {
                    // reported just below
                }
                WebElement back = focused();
                expect("contents:items:1:delete".equals(back.getAttribute("id")) || back.equals(delete),
                        "after Escape the focus is back on the delete button, not on " + describe(back));
            }
            assertEquals(List.of("One", "Two", "Three"), texts(".item-title"), "nothing was deleted");

            // The arrows: another subject in the course form's menu (not saved).
            go(Routes.path("course.edit", courseId()));
            String before = driver.findElement(By.id("course:subject_label")).getText();
            // PrimeFaces 15 focuses the menu's label (a combobox); earlier versions a hidden input "_focus"
            tabTo(element -> List.of("course:subject_label", "course:subject_focus").contains(element.getAttribute("id")),
                    "the subject menu");
            press(Keys.ARROW_DOWN);
            String after = waitForChange(By.id("course:subject_label"), before);
            expect(!after.equals(before), "ArrowDown on the subject menu picks the next subject (still " + before + ")");
        });
    }

    // --- the keyboard

    private void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Presses Tab until the focused element is the one asked for; fails if it never comes. */
    private WebElement tabTo(Predicate<WebElement> wanted, String what) {
        for (int tabs = 0; tabs <= MOST_TABS; tabs++) {
            WebElement element = focused();
            try {
                if (wanted.test(element)) {
                    return element;
                }
            } catch (StaleElementReferenceException replaced) {
                // the element was replaced by an AJAX update: look again after the next Tab
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reaches " + what + " on " + driver.getCurrentUrl() + " (" + MOST_TABS
                + " tabs; the focus is on " + describe(focused()) + ")");
    }

    private void enterAndWaitFor(String urlPattern) {
        press(Keys.ENTER);
        try {
            wait.until(ExpectedConditions.urlMatches(urlPattern));
            wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        } catch (TimeoutException e) {
            throw new AssertionError("Enter did not lead to " + urlPattern + ": still at " + driver.getCurrentUrl()
                    + ", which says:\n" + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    private boolean urlBecomes(String urlPattern) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(urlPattern));
            return true;
        } catch (TimeoutException stayed) {
            return false;
        }
    }

    private static Predicate<WebElement> id(String id) {
        return element -> id.equals(element.getAttribute("id"));
    }

    private static Predicate<WebElement> link(String pathEnd) {
        return element -> element.getAttribute("href") != null && element.getAttribute("href").endsWith(pathEnd);
    }

    private boolean inMain() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "const e = document.activeElement; return !!e && e !== document.body && !!e.closest('main')"));
    }

    private boolean focusedIn(String css) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "const e = document.activeElement; return !!e && !!e.closest(arguments[0])", css));
    }

    /** After a move, the focus is on a move button of the table, or in the row of what moved. */
    private void expectFocusOnMoved(String table, String title) {
        WebElement now = focused();
        String id = now.getAttribute("id");
        boolean onButton = id != null && id.matches(java.util.regex.Pattern.quote(table) + "\\d+:(up|down)");
        expect(onButton || rowText(now).contains(title), "after a keyboard move (" + title + ") the focus stays on a"
                + " move button or the moved row, not on " + describe(now));
    }

    private String rowText(WebElement element) {
        Object text = ((JavascriptExecutor) driver).executeScript(
                "const row = arguments[0].closest('tr'); return row ? row.textContent : ''", element);
        return String.valueOf(text);
    }

    private boolean closes(WebElement dialog) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(3)).until(ExpectedConditions.invisibilityOf(dialog));
            return true;
        } catch (TimeoutException stillOpen) {
            return false;
        }
    }

    private String waitForChange(By locator, String before) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(3))
                    .until(d -> {
                        String now = d.findElement(locator).getText();
                        return now.equals(before) ? null : now;
                    });
        } catch (TimeoutException unchanged) {
            return before;
        }
    }

    private String describe(WebElement element) {
        Object text = ((JavascriptExecutor) driver).executeScript("const e = arguments[0]; return e.tagName.toLowerCase()"
                + " + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.'"
                + " + e.className.trim().split(/\\s+/).join('.') : '') + ' \"' + (e.textContent || '').trim()"
                + ".replace(/\\s+/g, ' ').slice(0, 40) + '\"'", element);
        return String.valueOf(text);
    }

    // --- the rest

    private void waitFor(String css, List<String> expected) {
        try {
            wait.until(d -> texts(css).equals(expected));
        } catch (TimeoutException e) {
            throw new AssertionError("expected " + expected + ", the page shows " + texts(css), e);
        }
    }

    private List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private String courseId() {
        String href = driver.findElement(By.cssSelector("a[href*='/students/course/']")).getAttribute("href");
        return href.replaceAll(".*/students/course/(\\d+)/.*", "$1");
    }

    private void expect(boolean condition, String what) {
        if (!condition) {
            missing.add(what);
        }
    }

    private void go(String path) {
        driver.get(Deployments.onLoopback(url).resolve(path.substring(1)).toString());
    }

    /**
     * Walks the steps in a new browser, then quits it; fails on what a keyboard user could not do and on every axe
     * finding, together, and with the step that broke off the journey if one did.
     */
    private void journey(Runnable steps) {
        driver = Browser.newDriver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        AssertionError broken = null;
        try {
            steps.run();
        } catch (AssertionError | RuntimeException e) {
            broken = new AssertionError("the journey broke off at " + driver.getCurrentUrl() + ": " + e.getMessage(), e);
        }
        List<String> findings = Browser.quit(driver);
        List<String> all = new ArrayList<>();
        if (!missing.isEmpty()) {
            all.add(missing.size() + " things a keyboard user cannot do:\n  " + String.join("\n  ", missing));
        }
        if (!findings.isEmpty()) {
            all.add(findings.size() + " accessibility findings (axe-core, serious or critical):\n  "
                    + String.join("\n  ", findings));
        }
        missing.clear();
        if (broken != null) {
            for (String what : all) {
                broken.addSuppressed(new AssertionError(what));
            }
            throw broken;
        }
        if (!all.isEmpty()) {
            throw new AssertionError(String.join("\n", all));
        }
    }
}
