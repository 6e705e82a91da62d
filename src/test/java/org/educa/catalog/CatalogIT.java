package org.educa.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.educa.testing.Deployments;
import org.educa.testing.WebClient;
import org.educa.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public catalog and course overview, as a visitor's browser receives them. */
@ExtendWith(ArquillianExtension.class)
class CatalogIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.educa();
    }

    @ArquillianResource
    URL base;

    WebClient visitor;

    @BeforeEach
    void newVisitor() throws Exception {
        visitor = new WebClient(base.toURI());
    }

    @Test
    void catalogListsSubjectsWithCountsAndEveryCourse() {
        Page page = visitor.get("");
        assertEquals(200, page.status());
        assertTrue(page.contains("<li class=\"selected\">"), "'All' is selected");
        assertTrue(page.body().matches("(?s).*Mathematics</span>\\s*<span class=\"count\">3</span>.*"));
        assertTrue(page.contains("Python for Beginners"));
        assertTrue(page.contains("Instructor: Clara Schumann"));
        assertTrue(page.contains("3 modules"));
        assertTrue(page.header("content-type").startsWith("text/html;charset=UTF-8"), page.header("content-type"));
        assertFalse(page.contains("jakarta.faces.ViewState"), "the catalog keeps no view state");
    }

    @Test
    void subjectPageShowsOnlyItsCoursesAndHighlightsTheSubject() {
        Page page = visitor.get("course/subject/music/");
        assertEquals(200, page.status());
        assertTrue(page.contains("Harmony for Beginners"));
        assertFalse(page.contains("Python for Beginners"));
        assertTrue(page.body().matches(
                "(?s).*<li class=\"selected\">\\s*<a href=\"[^\"]*/course/subject/music/\"\\s+aria-current=\"page\">.*"),
                "the subject is marked, for the eye and for screen readers");
    }

    @Test
    void unknownSubjectsCoursesAndPagesAreTheNotFoundPage() {
        for (String path : new String[] {"course/subject/astrology/", "course/no-such-course/", "?page=2",
            "?page=abc", "?page=-1", "?page=1%27%20OR%201=1--", "course/subject/x%27%3B--/", "nowhere/at/all/"}) {
            Page page = visitor.get(path);
            assertEquals(404, page.status(), path);
            assertTrue(page.contains("Page not found"), path);
            assertFalse(page.showsStackTrace(), path);
        }
    }

    @Test
    void pathsWithoutTheTrailingSlashRedirect() {
        Page page = visitor.get("course/subject/music");
        assertEquals(301, page.status());
        assertTrue(page.location().endsWith("/course/subject/music/"), page.location());
    }

    @Test
    void overviewShowsTheCourseAndInvitesVisitorsToRegister() {
        Page page = visitor.get("course/python-for-beginners/");
        assertEquals(200, page.status());
        assertTrue(page.contains("<h1>Python for Beginners</h1>"));
        assertTrue(page.contains("Ada Lovelace"));
        assertTrue(page.contains("Your first programs in Python.<br />\nNo experience needed"), "line breaks are kept");
        assertTrue(page.contains("Register to enroll"));
        assertFalse(page.contains("Enroll now"));
    }

    @Test
    void catalogPagesRunAFixedNumberOfStatements() {
        visitor.get("");
        long before = visitor.statements();
        visitor.get("");
        long catalog = visitor.statements() - before;
        before = visitor.statements();
        visitor.get("course/subject/mathematics/");
        long subject = visitor.statements() - before;
        assertTrue(catalog <= 4, "catalog ran " + catalog + " statements");
        assertTrue(subject <= 4, "subject page ran " + subject + " statements");
    }

    /**
     * Pages by most students are never kept, so they show what a catalog page costs uncached: the sidebar's subjects
     * come from their cache, the page reads the subjects' counts once, its ids, and its courses with their modules
     * counted in the same statement (it was four: the module counts apart).
     */
    @Test
    void anUncachedCatalogPageRunsThreeStatements() {
        for (String path : List.of("?sort=students", "course/subject/mathematics/?sort=students")) {
            visitor.get(path);
            long before = visitor.statements();
            Page page = visitor.get(path);
            assertEquals(200, page.status(), path);
            assertEquals(3, visitor.statements() - before, path);
        }
    }
}
