package org.educa.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.educa.config.startup.DemoData;
import org.educa.testing.Browser;
import org.educa.testing.Deployments;
import org.educa.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The cache monitor in a browser: after a student's catalog visits it shows the hits and misses those visits made,
 * and its buttons clear the caches. The student is signed in, so the visits go through the data caches (a visitor's
 * would be answered whole by the per-site cache).
 */
@ExtendWith(ArquillianExtension.class)
class CacheMonitorIT {

    private static final String SUBJECTS = "educa-catalog-subjects";
    private static final String PAGES = "educa-catalog-pages";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.educa();
    }

    @ArquillianResource
    URL deployed;

    @Test
    void showsTheHitsAndMissesOfCatalogVisitsAndClearsCaches() throws Exception {
        try (Browser admin = new Browser(deployed)) {
            WebDriverWait wait = new WebDriverWait(admin.driver(), Duration.ofSeconds(30));
            wait.ignoring(StaleElementReferenceException.class);
            admin.open("accounts/login/?next=/admin/cache/")
                    .type("#login\\:username", DemoData.ADMIN)
                    .type("#login\\:password", DemoData.ADMIN_PASSWORD)
                    .clickAndWait("#login\\:submit");
            assertEquals("/admin/cache/", admin.path());
            assertTrue(admin.text().contains("this member"), "the cluster members table names this member");
            assertEquals(2, admin.findAll(".ui-chart canvas").size(), "two charts");

            admin.find("#cache\\:clearAll").click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
            admin.audit("cache monitor, confirm dialog open");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                    "Every cache has been cleared on every member."));
            assertEquals(0, figure(admin, SUBJECTS, "entries"));
            long[] subjectsBefore = {figure(admin, SUBJECTS, "hits"), figure(admin, SUBJECTS, "misses")};
            long[] pagesBefore = {figure(admin, PAGES, "hits"), figure(admin, PAGES, "misses")};

            WebClient student = new WebClient(Deployments.onLoopback(deployed));
            assertEquals(302, student.signIn(DemoData.STUDENT, DemoData.STUDENT_PASSWORD).status());
            for (String path : List.of("", "", "", "course/subject/mathematics/", "course/subject/mathematics/")) {
                WebClient.Page page = student.get(path);
                assertEquals(200, page.status(), path);
                assertTrue(page.contains("Signed in as"), "a signed-in page, not the per-site cache's");
            }

            admin.clickAndWait("#cache\\:refresh");
            // five catalog pages: the subjects once missed, then four hits; two pages of courses, each missed once
            assertEquals(subjectsBefore[0] + 4, figure(admin, SUBJECTS, "hits"), "subjects: hits");
            assertEquals(subjectsBefore[1] + 1, figure(admin, SUBJECTS, "misses"), "subjects: misses");
            assertEquals(pagesBefore[0] + 3, figure(admin, PAGES, "hits"), "course pages: hits");
            assertEquals(pagesBefore[1] + 2, figure(admin, PAGES, "misses"), "course pages: misses");
            assertEquals(1, figure(admin, SUBJECTS, "entries"));
            assertEquals(2, figure(admin, PAGES, "entries"));
            admin.screenshot("cache-monitor");

            admin.find("section[data-cache='" + PAGES + "'] button[id$=':clear']").click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                    "The cache “Catalog pages” has been cleared on every member."));
            wait.until(driver -> figure(admin, PAGES, "entries") == 0);
            assertEquals(1, figure(admin, SUBJECTS, "entries"), "the other caches keep their entries");
        }
    }

    /** A figure of this member (the only one here) for one cache, as the monitor's table shows it. */
    private static long figure(Browser browser, String cache, String column) {
        WebElement cell = browser.find("section[data-cache='" + cache + "'] td." + column);
        return Long.parseLong(cell.getText().trim());
    }
}
