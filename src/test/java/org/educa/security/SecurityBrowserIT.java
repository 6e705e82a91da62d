package org.educa.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Content-Security-Policy in a real browser: every page visited, and the PrimeFaces AJAX of the CMS (drag and
 * drop) and of the user administration, run without a single CSP violation. Violations are collected by a listener
 * the browser installs in every document before its own scripts run.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityBrowserIT {

    private static final String COLLECT = "window.__csp = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + "  window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '') + ':'"
            + "    + e.lineNumber); });";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.educa();
    }

    @ArquillianResource
    URL base;

    WebDriver browser;
    WebDriverWait wait;
    final List<String> violations = new ArrayList<>();

    @BeforeEach
    void openBrowser() {
        browser = Browser.newDriver();
        Browser.chromium(browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", COLLECT));
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
    void pagesAndPrimeFacesAjaxRunUnderThePolicy() {
        open("");
        ((JavascriptExecutor) browser).executeScript("var i = document.createElement('img'); i.alt = '';"
                + "i.src = 'https://evil.example/pixel.png'; document.body.appendChild(i);");
        wait.until(d -> !((List<?>) ((JavascriptExecutor) d).executeScript("return window.__csp")).isEmpty());
        collect();
        assertEquals(1, violations.size(), "the collector sees a foreign image: " + violations);
        assertTrue(violations.get(0).contains("img-src"), violations.toString());
        violations.clear();

        for (String path : List.of("", "course/subject/music/", "accounts/login/", "students/register/", "nowhere/")) {
            open(path);
        }
        signIn(DemoData.INSTRUCTOR, DemoData.INSTRUCTOR_PASSWORD);
        open("course/mine/");
        String modules = browser.findElement(By.cssSelector("a[href*='/module/']")).getAttribute("href");
        collect();
        browser.get(modules);
        WebElement manage = wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Manage contents")));
        collect();
        manage.click();
        wait.until(ExpectedConditions.urlMatches("/course/module/\\d+/$"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#contents\\:items_data > tr .drag-handle"));
        if (rows.size() >= 2) {
            new Actions(browser).clickAndHold(rows.get(rows.size() - 1)).moveByOffset(0, -10)
                    .moveToElement(rows.get(0)).moveByOffset(0, -15).release().perform();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "The new order is saved"));
        }
        List<WebElement> up = browser.findElements(By.cssSelector("[id^='sidebar:modules:'][id$=':up']"));
        if (!up.isEmpty()) {
            String before = browser.findElement(By.tagName("body")).getText();
            up.get(up.size() - 1).click();
            wait.until(d -> !d.findElement(By.tagName("body")).getText().equals(before));
        }
        collect();

        open("accounts/logout/");
        browser.findElement(By.cssSelector("form button, form input[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/accounts/logout/"));
        collect();
        signIn(DemoData.ADMIN, DemoData.ADMIN_PASSWORD);
        open("admin/users/");
        browser.findElement(By.id("users:search")).sendKeys("Student");
        wait.until(d -> d.findElements(By.cssSelector("#users\\:table tbody tr")).size() == 1
                && d.findElement(By.id("users:table")).getText().contains("sam"));
        open("admin/cache/");
        open("admin/subjects/");
        collect();
        assertEquals(List.of(), violations, "no Content-Security-Policy violations");
        assertTrue(Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript("return !!window.PrimeFaces")));
    }

    private void signIn(String username, String password) {
        open("accounts/login/");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/accounts/login/")));
        collect();
    }

    private void open(String path) {
        collect();
        browser.get(Deployments.onLoopback(base).resolve(path).toString());
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    @SuppressWarnings("unchecked")
    private void collect() {
        Object found = ((JavascriptExecutor) browser).executeScript("var v = window.__csp || []; window.__csp = []; return v;");
        if (found instanceof List<?> list) {
            list.forEach(item -> violations.add(browser.getCurrentUrl() + " -> " + item));
        }
    }
}
