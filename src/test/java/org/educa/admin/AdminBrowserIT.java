package org.educa.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import org.educa.config.startup.DemoData;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An administrator at work in a real browser (headless Chromium). */
@ExtendWith(ArquillianExtension.class)
class AdminBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.educa();
    }

    /** The application's URL as Payara reports it; see {@link Deployments#onLoopback}. */
    @ArquillianResource
    URL deployed;

    URL base;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws java.net.MalformedURLException {
        base = Deployments.onLoopback(deployed).toURL();
        browser = Browser.newDriver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            Browser.close(browser);
        }
    }

    @Test
    void administratorFindsAUserAndMakesThemAnInstructor() {
        browser.get(base + "admin/users/");
        wait.until(ExpectedConditions.urlContains("/accounts/login/"));
        browser.findElement(By.id("login:username")).sendKeys(DemoData.ADMIN);
        browser.findElement(By.id("login:password")).sendKeys(DemoData.ADMIN_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlToBe(base + "admin/users/"));

        browser.findElement(By.id("users:search")).sendKeys("Student");
        wait.until(driver -> driver.findElements(By.cssSelector("#users\\:table tbody tr")).size() == 1
                && driver.findElement(By.id("users:table")).getText().contains("sam"));
        WebElement row = browser.findElement(By.cssSelector("#users\\:table tbody tr"));
        assertTrue(row.getText().contains("Sam Student"));
        assertEquals(0, row.findElements(By.cssSelector(".role-instructor")).size(), "not an instructor yet");

        browser.findElement(By.id("users:table:0:grantInstructor")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                "Sam Student (sam) is now an instructor."));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("users:table:0:revokeInstructor")));
        assertEquals("Instructor", browser.findElement(By.cssSelector("#users\\:table tbody tr .role-instructor"))
                .getText());

        browser.get(base + "admin/users/?q=sam");
        assertTrue(browser.findElement(By.cssSelector("#users\\:table tbody tr")).getText().contains("Instructor"),
                "still an instructor after a reload");
    }

    @Test
    void everyAdminPageWithItsDialogsOpenPassesTheAccessibilityCheckAtDesktopAndPhoneWidths() {
        browser.get(base + "accounts/login/");
        browser.findElement(By.id("login:username")).sendKeys(DemoData.ADMIN);
        browser.findElement(By.id("login:password")).sendKeys(DemoData.ADMIN_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlToBe(base + "admin/"));
        for (String page : new String[] {"admin/", "admin/users/", "admin/courses/", "admin/subjects/"}) {
            browser.get(base + page);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            screenshotAtPhoneWidth(page.replace('/', '-') + "390");
        }

        browser.findElement(By.id("subjects:table:0:edit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit:editTitle")));
        Browser.audit(browser, "admin subjects, edit dialog open");
        browser.findElement(By.id("edit:editTitle")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("edit:editTitle")));

        browser.findElement(By.id("subjects:table:0:delete")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-no")));
        Browser.audit(browser, "admin subjects, confirm dialog open");
        browser.findElement(By.cssSelector(".ui-confirmdialog-no")).click();

        WebElement edit = browser.findElement(By.id("subjects:table:0:edit"));
        WebElement icon = edit.findElement(By.cssSelector(".ui-icon"));
        WebElement label = edit.findElement(By.cssSelector(".ui-button-text"));
        String overlap = "return arguments[0].getBoundingClientRect().right"
                + " <= arguments[1].getBoundingClientRect().left + parseFloat(getComputedStyle(arguments[1]).paddingLeft)";
        assertTrue((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(overlap, icon, label),
                "the icon ends before the label's text begins");
    }

    private void screenshotAtPhoneWidth(String name) {
        browser.manage().window().setSize(org.educa.testing.Axe.PHONE);
        try {
            java.nio.file.Path directory = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
            java.nio.file.Files.write(directory.resolve(name + ".png"),
                    ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            browser.manage().window().setSize(org.educa.testing.Axe.DESKTOP);
        }
    }
}
