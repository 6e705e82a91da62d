package org.educa.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.educa.testing.Browser;
import org.educa.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An instructor authors a complete course in a real browser: course form, three modules, one item of each kind with
 * real uploads, and reordering by drag and drop and by the move buttons. A student is refused the CMS.
 */
@ExtendWith(ArquillianExtension.class)
class AuthoringBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.educa();
    }

    @ArquillianResource
    URL base;

    @TempDir
    Path files;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.newDriver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            Browser.close(browser);
        }
    }

    @Test
    void anInstructorAuthorsACourseAndReordersIt() throws Exception {
        signIn("ada", "Analytical-Engine-1843");
        open("course/mine/");
        browser.findElement(By.id("create-course")).click();

        String title = "Browser Course " + UUID.randomUUID().toString().substring(0, 6);
        choose("course:subject", "Music");
        browser.findElement(By.id("course:title")).sendKeys(title);
        assertEquals(title.toLowerCase().replace(' ', '-'), browser.findElement(By.id("course:slug")).getAttribute("value"),
                "the slug follows the title");
        browser.findElement(By.id("course:overview")).sendKeys("Made by a browser.\nTwo lines.\n\n# Goals\n\n- **one**");
        previewWithTheKeyboard("course:overview", "h2", "Goals", "course form, Markdown preview shown");
        assertEquals("one", browser.findElement(By.cssSelector("[id='course:overview-preview'] li strong")).getText());
        browser.findElement(By.id("course:save")).click();

        waitForPage("/course/\\d+/module/$");
        long courseId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/course/(\\d+)/module/$", "$1"));
        browser.findElement(By.id("modules:rows:0:title")).sendKeys("First");
        for (String module : List.of("Second", "Third")) {
            int rows = browser.findElements(By.cssSelector("fieldset.module-row")).size();
            browser.findElement(By.id("modules:add")).click();
            By next = By.id("modules:rows:" + rows + ":title");
            wait.until(ExpectedConditions.presenceOfElementLocated(next)).sendKeys(module);
        }
        browser.findElement(By.id("modules:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "3 modules were saved"));

        browser.findElement(By.linkText("Manage contents")).click();
        waitForPage("/course/module/\\d+/$");
        String contents = browser.getCurrentUrl();

        Path png = files.resolve("dot.png");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", png.toFile());
        Path text = files.resolve("exercises.txt");
        Files.writeString(text, "1. Practise.\n", StandardCharsets.UTF_8);

        addItem("add-text", "Reading", form -> {
            browser.findElement(By.id("content:body")).sendKeys("# Read this\n\nSee [the notes](https://example.org).");
            previewWithTheKeyboard("content:body", "h3", "Read this", "text form, Markdown preview shown");
            assertEquals("nofollow noopener", browser.findElement(By.cssSelector("[id='content:body-preview'] a"))
                    .getAttribute("rel"));
        });
        addItem("add-image", "Picture", form -> {
            upload(png);
            browser.findElement(By.id("content:alt")).sendKeys("A black square");
        });
        addItem("add-video", "Clip", form -> browser.findElement(By.id("content:url"))
                .sendKeys("https://www.youtube.com/watch?v=kjBOesZCoqc"));
        addItem("add-file", "Sheet", form -> upload(text));
        assertEquals(List.of("Reading", "Picture", "Clip", "Sheet"), itemTitles());

        // Drag the last item to the top (PrimeFaces' jQuery UI sortable follows mouse events).
        List<WebElement> rows = browser.findElements(By.cssSelector("#contents\\:items_data > tr"));
        new Actions(browser).clickAndHold(rows.get(3).findElement(By.cssSelector(".drag-handle")))
                .moveByOffset(0, -10).moveToElement(rows.get(0)).moveByOffset(0, -15).release().perform();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "The new order is saved"));
        waitForOrder(List.of("Sheet", "Reading", "Picture", "Clip"));

        // The same without a mouse: move the first item down.
        browser.findElement(By.id("contents:items:0:down")).click();
        waitForOrder(List.of("Reading", "Sheet", "Picture", "Clip"));

        // Modules: the third one up twice with the buttons.
        browser.findElement(By.id("sidebar:modules:2:up")).click();
        wait.until(d -> moduleTitles().equals(List.of("First", "Third", "Second")));
        browser.findElement(By.id("sidebar:modules:1:up")).click();
        wait.until(d -> moduleTitles().equals(List.of("Third", "First", "Second")));

        browser.navigate().refresh();
        assertEquals(List.of("Reading", "Sheet", "Picture", "Clip"), itemTitles(), "the order was stored");
        assertEquals(List.of("Third", "First", "Second"), moduleTitles());
        assertTrue(browser.getCurrentUrl().equals(contents));

        // The student view shows the same order: modules in the sidebar, items in the module.
        String moduleId = contents.replaceAll(".*/course/module/(\\d+)/.*", "$1");
        open("students/course/" + courseId + "/" + moduleId + "/");
        String page = browser.findElement(By.id("modules")).getText();
        assertTrue(page.indexOf("Third") < page.indexOf("First") && page.indexOf("First") < page.indexOf("Second"),
                "the student view shows the modules in the new order: " + page);
        List<String> studied = browser.findElements(By.cssSelector("#contents .content-item h2")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Reading", "Sheet", "Picture", "Clip"), studied, "and the items in the new order");
        assertEquals("A black square", browser.findElement(By.cssSelector("#contents .item-image img"))
                .getAttribute("alt"), "the image shows its alternative text");
        assertEquals("https://www.youtube.com/watch?v=kjBOesZCoqc", browser.findElement(
                By.cssSelector("#contents .item-video .video-original a")).getAttribute("href"),
                "a link to the original video under the player");

        // Deleting from "my courses" asks first, in a dialog.
        open("course/mine/");
        WebElement row = browser.findElement(By.xpath("//tr[.//a[text()='" + title + "']]"));
        row.findElement(By.cssSelector("button[id$=':delete']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("mine:confirm-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "was deleted"));
        assertTrue(browser.findElements(By.xpath("//tr[.//a[text()='" + title + "']]")).isEmpty());
    }

    @Test
    void aStudentIsRefusedTheCms() {
        signIn("sam", "Study-Every-Day-26");
        open("course/mine/");
        assertTrue(browser.getPageSource().contains("Access denied"));
        open("course/create/");
        assertTrue(browser.getPageSource().contains("Access denied"));
    }

    /**
     * Tabs from the Markdown field to its "Preview" button, presses Enter, and waits for the form to come back with the
     * preview showing the heading at the level its page will give it; then checks the page with the preview open.
     */
    private void previewWithTheKeyboard(String field, String heading, String text, String state) {
        browser.findElement(By.id(field)).sendKeys(Keys.TAB);
        assertEquals(field + "-preview-button", browser.switchTo().activeElement().getAttribute("id"));
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[id='" + field + "-preview'] .prose " + heading), text));
        Browser.audit(browser, state);
    }

        private interface Filler {
        void fill(WebElement form) throws Exception;
    }

    private void addItem(String button, String title, Filler filler) throws Exception {
        browser.findElement(By.id(button)).click();
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("content")));
        browser.findElement(By.id("content:title")).sendKeys(title);
        filler.fill(form);
        browser.findElement(By.id("content:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "\"" + title + "\" was saved"));
    }

    private void upload(Path file) {
        browser.findElement(By.id("content:upload_input")).sendKeys(file.toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("content:file"),
                file.getFileName().toString()));
    }

    private void waitForOrder(List<String> expected) {
        wait.until(d -> itemTitles().equals(expected));
    }

    private List<String> itemTitles() {
        return browser.findElements(By.cssSelector(".item-title")).stream().map(WebElement::getText).toList();
    }

    private List<String> moduleTitles() {
        return browser.findElements(By.cssSelector(".module-title")).stream().map(WebElement::getText).toList();
    }

    /**
     * Picks an option of a PrimeFaces select menu the way a person does, and waits until the menu shows it: the options
     * exist once the panel was first opened, and a click that lands while the panel is still fading in is lost, so the
     * panel is opened again until the choice holds.
     */
    private void choose(String menu, String option) {
        By label = By.id(menu + "_label");
        By item = By.cssSelector("[id='" + menu + "_panel'] li[data-label='" + option + "']");
        wait.until(d -> {
            List<WebElement> choices = d.findElements(item);
            try {
                if (!choices.isEmpty() && choices.get(0).isDisplayed()) {
                    choices.get(0).click();
                } else {
                    d.findElement(By.id(menu)).click();
                }
            } catch (ElementClickInterceptedException stillMoving) {
                return false;
            }
            return d.findElement(label).getText().equals(option);
        });
    }

    /** Waits for the browser to arrive at a page; if it stays, the failure says what the page told the user. */
    private void waitForPage(String urlPattern) {
        try {
            wait.until(ExpectedConditions.urlMatches(urlPattern));
        } catch (TimeoutException e) {
            throw new AssertionError("still at " + browser.getCurrentUrl() + ", which says:\n"
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    private void signIn(String username, String password) {
        open("accounts/login/");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/accounts/login/")));
    }

    private void open(String path) {
        browser.get(Deployments.onLoopback(base).resolve(path).toString());
    }
}
