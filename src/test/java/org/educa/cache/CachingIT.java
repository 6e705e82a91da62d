package org.educa.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.cache.Cache;
import javax.cache.CacheManager;
import org.educa.business.account.UserService;
import org.educa.business.admin.SubjectAdminService;
import org.educa.business.admin.UserAdminService;
import org.educa.business.authoring.ContentAuthoring;
import org.educa.business.authoring.CourseAuthoring;
import org.educa.business.authoring.CourseDraft;
import org.educa.business.authoring.ModuleAuthoring;
import org.educa.business.authoring.ModuleDraft;
import org.educa.business.authoring.TextDraft;
import org.educa.business.cache.CacheNames;
import org.educa.business.cache.PageCache;
import org.educa.business.catalog.CatalogService;
import org.educa.business.learning.EnrollmentService;
import org.educa.config.startup.DemoData;
import org.educa.model.Subject;
import org.educa.testing.Deployments;
import org.educa.testing.WebClient;
import org.educa.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The caches at work: hits and misses, no statements on a hit, nobody getting someone else's page, and — for each
 * kind of change — a page read before the change (so its caches are full) shows the change right after it. Changes are
 * made inside Payara through the services, pages are read over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CachingIT {

    static final String COURSE = "harmony-for-beginners";

    /** Sam's session of the pages read before the changes, read again after them. */
    static WebClient samBefore;

    @Deployment
    static WebArchive deployment() {
        return Deployments.educaWithClient();
    }

    @ArquillianResource
    URL base;

    @Inject
    UserService users;

    @Inject
    CatalogService catalog;

    @Inject
    CourseAuthoring courses;

    @Inject
    ModuleAuthoring modules;

    @Inject
    ContentAuthoring contents;

    @Inject
    SubjectAdminService subjects;

    @Inject
    UserAdminService userAdmin;

    @Inject
    EnrollmentService enrollments;

    @Inject
    CacheManager cacheManager;

    @Test
    @Order(1)
    @RunAsClient
    void anonymousPagesComeFromTheSiteCacheWithoutStatements() throws Exception {
        WebClient visitor = new WebClient(base.toURI());
        assertEquals("miss", visitor.get("course/subject/music/").header("x-educa-cache"));
        long before = visitor.statements();
        Page hit = visitor.get("course/subject/music/");
        assertEquals("hit", hit.header("x-educa-cache"));
        assertEquals(before, visitor.statements(), "a hit runs no statement");
        assertTrue(hit.contains("Harmony for Beginners"));
        for (int i = 0; i < 2; i++) {
            Page missing = visitor.get("course/subject/no-such-subject/");
            assertEquals(404, missing.status());
            assertFalse("hit".equals(missing.header("x-educa-cache")), "a 404 is never cached");
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void signedInCatalogPagesComeFromTheDataCachesWithoutStatements() throws Exception {
        WebClient sam = signedIn("sam", DemoData.STUDENT_PASSWORD);
        sam.get("");
        sam.get("course/piano-technique/");
        long before = sam.statements();
        Page catalogPage = sam.get("");
        assertEquals(before, sam.statements(), "catalog from the data cache: no statement");
        assertTrue(catalogPage.contains("Signed in as Sam Student"));
        assertTrue(catalogPage.header("x-educa-cache") == null, "signed-in users get their own page");
    }

    @Test
    @Order(3)
    @RunAsClient
    void studentCoursePagesAreCachedPerUserAndSessionAndNeverLeak() throws Exception {
        WebClient sam = signedIn("sam", DemoData.STUDENT_PASSWORD);
        WebClient otherSam = signedIn("sam", DemoData.STUDENT_PASSWORD);
        WebClient admin = signedIn("admin", DemoData.ADMIN_PASSWORD);
        WebClient visitor = new WebClient(base.toURI());
        String course = "students/course/" + courseId(sam, "linear-algebra-foundations") + "/";
        List<String> tokens = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            Page samPage = sam.get(course);
            Page otherSamPage = otherSam.get(course);
            Page adminPage = admin.get(course);
            Page visitorPage = visitor.get(course);
            assertEquals(round == 0 ? "miss" : "hit", samPage.header("x-educa-cache"));
            Page samCourses = sam.get("students/courses/");
            assertEquals(round == 0 ? "miss" : "hit", samCourses.header("x-educa-cache"), "my courses, per view");
            assertTrue(samCourses.contains("Signed in as Sam Student"));
            assertFalse(admin.get("students/courses/").contains("Sam Student"), "nobody gets sam's list");
            assertTrue(samPage.contains("Signed in as Sam Student"));
            assertTrue(adminPage.contains("Signed in as Grace Hopper"));
            assertFalse(adminPage.contains("Sam Student"));
            assertEquals(302, visitorPage.status(), "visitors are sent to sign in, never served a cached page");
            assertEquals(samCourses.csrf(), samPage.csrf(), "sam's page carries sam's token");
            assertEquals(otherSam.get("students/courses/").csrf(), otherSamPage.csrf(), "each session its own");
            assertNotEquals(samPage.csrf(), otherSamPage.csrf());
            tokens.add(samPage.csrf());
        }
        assertEquals(tokens.get(0), tokens.get(1));
        long before = sam.statements();
        sam.get("students/courses/");
        assertEquals(before, sam.statements(), "a cached my courses runs no statement");
        assertFalse("hit".equals(sam.get("students/courses/?x=1").header("x-educa-cache")),
                "a made-up query string is never kept");
        assertFalse("hit".equals(sam.get("students/courses/?x=1").header("x-educa-cache")));
    }

    @Test
    @Order(4)
    @RunAsClient
    void onlyTheUrlsThePagesAnswerAreKept() throws Exception {
        WebClient visitor = new WebClient(base.toURI());
        for (String made : List.of("?utm=1", "?page=1&x=2", "course/" + COURSE + "/?page=2")) {
            visitor.get(made);
            Page again = visitor.get(made);
            assertEquals(200, again.status(), made);
            assertFalse("hit".equals(again.header("x-educa-cache")), made + " is rendered afresh, never kept");
        }
        visitor.get("?page=1");
        assertEquals("hit", visitor.get("?page=1").header("x-educa-cache"), "catalog pages by number are kept");
    }

    @Test
    @Order(10)
    @RunAsClient
    void fillCachesBeforeTheChanges() throws Exception {
        WebClient visitor = new WebClient(base.toURI());
        WebClient sam = signedIn("sam", DemoData.STUDENT_PASSWORD);
        samBefore = sam;
        for (int i = 0; i < 2; i++) {
            visitor.get("");
            visitor.get("course/subject/music/");
            visitor.get("course/" + COURSE + "/");
            sam.get("");
            sam.get("students/course/" + courseId(sam, "linear-algebra-foundations") + "/");
            sam.get("students/courses/");
        }
        assertEquals("hit", visitor.get("course/" + COURSE + "/").header("x-educa-cache"));
        assertEquals("hit", sam.get("students/courses/").header("x-educa-cache"));
        assertFalse(sam.get("students/courses/").contains("Harmony, Renamed"));
    }

    @Test
    @Order(11)
    void changeACourseTitleAModuleAContentASubjectAndAName() {
        long clara = users.findByUsername(DemoData.SECOND_INSTRUCTOR).orElseThrow().getId();
        long ada = users.findByUsername(DemoData.INSTRUCTOR).orElseThrow().getId();
        long admin = users.findByUsername(DemoData.ADMIN).orElseThrow().getId();
        long harmony = catalog.overview(COURSE).id();
        CourseDraft draft = courses.draft(harmony, clara);
        courses.update(harmony, clara, new CourseDraft(draft.getSubjectId(), "Harmony, Renamed", draft.getSlug(),
                draft.getOverview()));

        List<ModuleDraft> rows = new ArrayList<>(modules.modules(harmony, clara).modules().stream()
                .map(module -> new ModuleDraft(module.id(), module.title(), module.description())).toList());
        rows.add(new ModuleDraft(null, "A fourth module", ""));
        modules.saveAll(harmony, clara, rows);

        long algebra = catalog.overview("linear-algebra-foundations").id();
        long firstModule = modules.modules(algebra, ada).modules().get(0).id();
        contents.save(firstModule, ada, new TextDraft(null, "Fresh notes", "Added after the page was cached"));

        Subject music = subjects.list(admin).stream().filter(s -> s.slug().equals("music")).findFirst()
                .map(row -> subjects.get(admin, row.id())).orElseThrow();
        subjects.update(admin, music.getId(), "Music and Sound", music.getSlug());

        userAdmin.rename(admin, ada, "Augusta Ada", "King");
        enrollments.enroll(harmony, users.findByUsername(DemoData.STUDENT).orElseThrow().getId());
    }

    @Test
    @Order(12)
    @RunAsClient
    void everyPageShowsEveryChangeAtOnce() throws Exception {
        WebClient visitor = new WebClient(base.toURI());
        Page all = visitor.get("");
        assertTrue(all.contains("Harmony, Renamed"), "course title in the catalog");
        assertTrue(all.contains("Music and Sound"), "subject title in the sidebar");
        assertTrue(all.contains("Instructor: Augusta Ada King"), "instructor's new name");
        assertFalse(all.contains("Instructor: Ada Lovelace"));
        Page overview = visitor.get("course/" + COURSE + "/");
        assertTrue(overview.contains("<h1>Harmony, Renamed</h1>"));
        assertTrue(overview.contains("<span id=\"module-count\">4</span>"), "module added");
        assertTrue(visitor.get("course/subject/music/").contains("Harmony, Renamed"));

        WebClient sam = signedIn("sam", DemoData.STUDENT_PASSWORD);
        assertTrue(sam.get("").contains("Harmony, Renamed"));
        Page study = sam.get("students/course/" + courseId(sam, "linear-algebra-foundations") + "/");
        assertTrue(study.contains("Fresh notes"), "new content in the cached module page");
        assertTrue(study.contains("Added after the page was cached"));
        assertTrue(sam.get("students/courses/").contains("Harmony, Renamed"), "the new enrollment is listed");
        Page mine = samBefore.get("students/courses/");
        assertTrue(mine.contains("Harmony, Renamed"), "the new enrollment in my courses cached before it");
        assertTrue(mine.contains("Music and Sound"), "the subject's new title in my courses cached before");
        assertTrue(mine.contains("Augusta Ada King"), "the instructor's new name in my courses cached before");
        assertFalse(mine.contains("Ada Lovelace"));
        assertEquals(200, sam.get("students/course/" + courseId(sam, COURSE) + "/").status());
    }

    @Test
    @Order(20)
    void everyCacheIsBoundedSoThatPagesCannotFillTheHeap() {
        Cache<Object, Object> site = cacheManager.getCache(CacheNames.SITE);
        byte[] body = new byte[1024];
        for (int i = 0; i < 10_000; i++) {
            site.put("/bounded/" + i, new PageCache.CachedPage("text/html", body));
        }
        int kept = 0;
        for (Cache.Entry<Object, Object> ignored : site) {
            kept++;
        }
        site.removeAll();
        assertTrue(kept >= 1_000 && kept <= 3_600, "10,000 pages put, at most about 3.5 x 1,000 kept: " + kept);
    }

    private WebClient signedIn(String username, String password) throws Exception {
        WebClient client = new WebClient(base.toURI());
        Page page = client.signIn(username, password);
        assertEquals(302, page.status(), "signed in as " + username);
        return client;
    }

    private static String courseId(WebClient client, String slug) {
        Matcher matcher = Pattern.compile("data-course=\"(\\d+)\"").matcher(client.get("course/" + slug + "/").body());
        assertTrue(matcher.find(), slug);
        return matcher.group(1);
    }

}
