package org.educa.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A course's way into the catalog, in real browsers (issue 15): an instructor writes a course with a module and a
 * content, a visitor does not find the draft, the instructor publishes it from "Courses I teach" and gives it a cover,
 * the visitor finds it by searching, with its cover and no students yet, and a student enrolls: the count says so. Each person has a browser of their own; every page is audited with axe.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogJourneyBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.educa();
    }

    @ArquillianResource
    URL base;

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    @TempDir
    Path files;

    @Test
    void aCourseIsWrittenAsADraftPublishedFoundAndEnrolledIn() throws Exception {
        String code = "q" + UUID.randomUUID().toString().substring(0, 6);
        String title = "Journey Course " + code;
        String slug = title.toLowerCase().replace(' ', '-');

        // the instructor writes a course: it starts as a draft
        WebDriver ada = signedIn("ada", "Analytical-Engine-1843");
        open(ada, "course/create/");
        choose(ada, "course:subject", "Music");
        ada.findElement(By.id("course:title")).sendKeys(title);
        ada.findElement(By.id("course:overview")).sendKeys("Written in a browser, published when ready.");
        ada.findElement(By.id("course:save")).click();
        waitForPage(ada, "/course/\\d+/module/$");
        String courseId = ada.getCurrentUrl().replaceAll(".*/course/(\\d+)/module/$", "$1");
        ada.findElement(By.id("modules:rows:0:title")).sendKeys("The only module");
        ada.findElement(By.id("modules:save")).click();
        waitFor(ada).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "The module was saved."));

        open(ada, "course/mine/");
        assertEquals("Draft", row(ada, title).findElement(By.cssSelector(".state-badge")).getText());
        assertTrue(row(ada, title).findElements(By.cssSelector("button[id$=':publish']")).isEmpty(),
                "nothing to study yet: no Publish");
        assertTrue(row(ada, title).getText().contains("Add a module with content to publish it."));

        row(ada, title).findElement(By.partialLinkText("Contents")).click();
        waitForPage(ada, "/course/module/\\d+/$");
        ada.findElement(By.id("add-text")).click();
        waitFor(ada).until(ExpectedConditions.presenceOfElementLocated(By.id("content")));
        ada.findElement(By.id("content:title")).sendKeys("Welcome");
        ada.findElement(By.id("content:body")).sendKeys("Read this first.");
        ada.findElement(By.id("content:save")).click();
        waitFor(ada).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "\"Welcome\" was saved"));

        // a visitor does not find the draft; its owner previews it under the banner
        WebDriver visitor = browser();
        open(visitor, "");
        assertFalse(body(visitor).contains(title), "a draft is not in the catalog");
        open(visitor, "course/subject/music/");
        assertFalse(body(visitor).contains(title), "nor on its subject's page");
        open(visitor, "course/" + slug + "/");
        assertFalse(body(visitor).contains(title), "nor at its address");
        open(ada, "course/" + slug + "/");
        assertEquals("Draft — only you can see this.", ada.findElement(By.id("draft-banner")).getText());

        // the instructor publishes it
        open(ada, "course/mine/");
        row(ada, title).findElement(By.cssSelector("button[id$=':publish']")).click();
        waitFor(ada).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "is published"));
        assertEquals("Published", row(ada, title).findElement(By.cssSelector(".state-badge")).getText());
        open(ada, "course/" + slug + "/");
        assertTrue(ada.findElements(By.id("draft-banner")).isEmpty(), "published: no banner");

        // the instructor gives it a cover
        Path cover = files.resolve("cover.png");
        ImageIO.write(new BufferedImage(64, 36, BufferedImage.TYPE_INT_RGB), "png", cover.toFile());
        open(ada, "course/image/" + courseId + "/");
        ada.findElement(By.id("cover:file")).sendKeys(cover.toString());
        ada.findElement(By.id("cover:upload")).click();
        waitFor(ada).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "The new cover is in place."));

        // the visitor finds it by searching, with its cover and no students yet, and opens it
        open(visitor, "");
        visitor.findElement(By.id("q")).sendKeys("JOURNEY " + code.toUpperCase());
        visitor.findElement(By.cssSelector("form.catalog-search button[type=submit]")).click();
        waitForPage(visitor, ".*[?&]q=.*");
        assertTrue(body(visitor).contains("1 course found for"), body(visitor));
        WebElement card = card(visitor, title);
        WebElement image = card.findElement(By.cssSelector("img.cover"));
        assertTrue(image.getAttribute("src").contains("/media/covers/" + courseId + "/"), image.getAttribute("src"));
        waitFor(visitor).until(d -> Long.valueOf(0).equals(((JavascriptExecutor) d).executeScript(
                "return arguments[0].complete ? 0 : 1", image)));
        assertEquals(64L, ((JavascriptExecutor) visitor).executeScript("return arguments[0].naturalWidth", image),
                "the cover is served to visitors");
        assertTrue(card.getText().contains("No students yet"), card.getText());
        visitor.findElement(By.linkText(title)).click();
        waitForPage(visitor, "/course/" + slug + "/$");
        assertTrue(visitor.findElements(By.id("draft-banner")).isEmpty());
        assertTrue(visitor.findElement(By.id("register-to-enroll")).isDisplayed());

        // a student enrolls
        WebDriver sam = signedIn("sam", "Study-Every-Day-26");
        open(sam, "course/" + slug + "/");
        sam.findElement(By.id("enroll")).click();
        waitForPage(sam, "/students/course/\\d+/$");
        assertTrue(body(sam).contains("Read this first."));
        open(sam, "students/courses/");
        assertTrue(body(sam).contains(title), "in my courses");
        assertFalse(body(sam).contains("no longer in the catalog"));

        // the count shows the student at once, on the overview and the catalog, cached by Educa before or not; the
        // visitor reloads, since these shared pages may be kept by a browser for EDUCA_CACHE_HTTP_MAX_AGE (60 s) and
        // this one opened the overview a moment ago (a reload asks again, with the page's ETag)
        open(visitor, "course/" + slug + "/");
        visitor.navigate().refresh();
        assertTrue(visitor.findElement(By.id("course-counts")).getText().contains("1 student"),
                visitor.findElement(By.id("course-counts")).getText());
        open(visitor, "course/subject/music/");
        visitor.navigate().refresh();
        assertTrue(card(visitor, title).getText().contains("1 student"), card(visitor, title).getText());
    }

    private WebElement card(WebDriver driver, String title) {
        return waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//article[.//a[text()='" + title + "']]")));
    }

    private WebDriver browser() {
        WebDriver driver = Browser.newDriver();
        browsers.add(driver);
        return driver;
    }

    private WebDriver signedIn(String username, String password) {
        WebDriver driver = browser();
        open(driver, "accounts/login/");
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        waitFor(driver).until(ExpectedConditions.not(ExpectedConditions.urlContains("/accounts/login/")));
        return driver;
    }

    private WebElement row(WebDriver driver, String title) {
        return waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[.//a[text()='" + title + "']]")));
    }

    private static String body(WebDriver driver) {
        return driver.findElement(By.tagName("body")).getText();
    }

    private static WebDriverWait waitFor(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Picks an option of a PrimeFaces select menu as a person does, until it shows it (as AuthoringBrowserIT does). */
    private static void choose(WebDriver driver, String menu, String option) {
        By label = By.id(menu + "_label");
        By item = By.cssSelector("[id='" + menu + "_panel'] li[data-label='" + option + "']");
        waitFor(driver).until(d -> {
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

    private static void waitForPage(WebDriver driver, String urlPattern) {
        try {
            waitFor(driver).until(ExpectedConditions.urlMatches(urlPattern));
        } catch (TimeoutException e) {
            throw new AssertionError("still at " + driver.getCurrentUrl() + ", which says:\n" + body(driver), e);
        }
    }

    private void open(WebDriver driver, String path) {
        driver.get(Deployments.onLoopback(base).resolve(path).toString());
    }
}
