package org.educa.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
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
import org.educa.business.authoring.CoursePublishing;
import org.educa.business.authoring.ModuleAuthoring;
import org.educa.business.authoring.ModuleDraft;
import org.educa.business.authoring.TextDraft;
import org.educa.business.cache.CacheNames;
import org.educa.business.cache.PageCache;
import org.educa.business.catalog.CatalogService;
import org.educa.business.learning.EnrollmentService;
import org.educa.business.learning.ProgressService;
import org.educa.config.startup.DemoData;
import org.educa.model.Role;
import org.educa.model.Subject;
import org.educa.testing.Deployments;
import org.educa.testing.Fixtures;
import org.educa.testing.WebClient;
import org.educa.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The caches at work: hits and misses, no statements on a hit, nobody getting someone else's page, and — for each
 * kind of change — a page read before the change (so its caches are full) shows the change right after it. That test
 * runs inside Payara on courses, a subject and accounts of its own ({@link Fixtures}), so that its changes touch no
 * page the other tests read: it reads the pages over HTTP, makes the changes through the services, and reads them
 * again.
 */
@ExtendWith(ArquillianExtension.class)
class CachingIT {

    static final String COURSE = "harmony-for-beginners";

    /** What the test of changes changes: its own instructor, subject, courses and student. */
    static final String INSTRUCTOR = "cache.instructor";
    static final String STUDENT = "cache.student";
    static final String PASSWORD = "Quiet-Harbour-Lamp-64";
    static final String SUBJECT = "acoustics";
    static final String CHANGED = "cached-course";
    static final String STUDIED = "studied-course";
    static final String RENAMED = "Cached Course, Renamed";

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
    CoursePublishing publishing;

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
    ProgressService progress;

    @Inject
    CacheManager cacheManager;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Test
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
    @RunAsClient
    void eachLanguageHasItsOwnCopyOfEveryCachedPage() throws Exception {
        String subject = "course/subject/physics/";
        Page spanish = new WebClient(base.toURI()).speaking("es-ES,es;q=0.9,en;q=0.5").get(subject);
        assertTrue(spanish.contains("<html lang=\"es\""), "the browser's first language Educa speaks");
        assertEquals("es", spanish.header("content-language"));
        assertTrue(spanish.header("vary").contains("Accept-Language"), "shared caches keep a copy per language");
        Page otherSpanish = new WebClient(base.toURI()).speaking("es").get(subject);
        assertEquals("hit", otherSpanish.header("x-educa-cache"), "visitors of one language share the per-site copy");
        assertEquals(spanish.body(), otherSpanish.body());
        WebClient chosenEnglish = new WebClient(base.toURI()).speaking("es");
        chosenEnglish.addCookie("educa-lang", "en");
        for (WebClient english : List.of(new WebClient(base.toURI()), new WebClient(base.toURI()).speaking("de, en;q=0.5"),
                chosenEnglish)) {
            Page page = english.get(subject);
            assertTrue(page.contains("<html lang=\"en\""), "never the Spanish copy to an English visitor");
            assertNotEquals(spanish.body(), page.body());
        }

        // per view and per fragment: a student's module page, then the same page after choosing Spanish
        WebClient sam = signedIn("sam", DemoData.STUDENT_PASSWORD);
        String course = "students/course/" + courseId(sam, "linear-algebra-foundations") + "/";
        String english = text(Locale.ROOT, "study.download", "exercises.txt");
        String inSpanish = text(Locale.forLanguageTag("es"), "study.download", "exercises.txt");
        assertNotEquals(english, inSpanish, "the Spanish bundle translates the download link");
        String module = moduleWith(sam, course, english);
        sam.addCookie("educa-lang", "es");
        Page first = sam.get(module);
        assertTrue(first.contains("<html lang=\"es\""));
        assertTrue(first.contains(inSpanish), "the module's contents rendered in Spanish, not the English fragment");
        assertFalse(first.contains(english));
        Page again = sam.get(module);
        assertEquals("hit", again.header("x-educa-cache"));
        assertEquals(first.body(), again.body());
        sam.addCookie("educa-lang", "en");
        Page back = sam.get(module);
        assertEquals("hit", back.header("x-educa-cache"), "the English copy is still there");
        assertTrue(back.contains(english));
        assertFalse(back.contains(inSpanish));
    }

    /** The first module page of the course that shows this text (the demo data puts a file in every third module). */
    private static String moduleWith(WebClient client, String course, String text) {
        Matcher modules = Pattern.compile("href=\"[^\"]*/(" + Pattern.quote(course) + "\\d+/)\"").matcher(client.get(course).body());
        while (modules.find()) {
            if (client.get(modules.group(1)).contains(text)) {
                return modules.group(1);
            }
        }
        throw new AssertionError("no module of " + course + " shows " + text);
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return new MessageFormat(ResourceBundle.getBundle("org.educa.messages", locale).getString(key), locale)
                .format(arguments);
    }

    @Test
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
    void everyPageShowsEveryChangeAtOnce() throws Exception {
        Fixtures fixtures = new Fixtures(em, tx, users);
        fixtures.user(INSTRUCTOR, PASSWORD, "Hilda", "Geiringer", Role.INSTRUCTOR);
        fixtures.user(STUDENT, PASSWORD, "Cache", "Student");
        fixtures.subject("Acoustics", SUBJECT);
        fixtures.course(CHANGED).ownedBy(INSTRUCTOR).in(SUBJECT).titled("Cached Course").overview("Before the changes")
                .module("First").module("Second").module("Third").make();
        fixtures.course(STUDIED).ownedBy(INSTRUCTOR).in("mathematics").titled("Studied Course").overview("Studied")
                .module("Only module").text("Old notes", "Read before the changes").make();
        fixtures.enroll(STUDENT, STUDIED);
        String studied = "students/course/" + fixtures.courseId(STUDIED) + "/";

        // the pages read before the changes, twice, so that every cache holds them
        WebClient visitor = new WebClient(base.toURI());
        WebClient studentBefore = signedIn(STUDENT, PASSWORD);
        for (int i = 0; i < 2; i++) {
            visitor.get("");
            visitor.get("course/subject/" + SUBJECT + "/");
            visitor.get("course/" + CHANGED + "/");
            studentBefore.get("");
            studentBefore.get(studied);
            studentBefore.get("students/courses/");
        }
        assertEquals("hit", visitor.get("course/" + CHANGED + "/").header("x-educa-cache"));
        assertEquals("hit", studentBefore.get("students/courses/").header("x-educa-cache"));
        assertFalse(studentBefore.get("students/courses/").contains(RENAMED));

        // a course title, a module, a content, a subject, a name and an enrollment change
        long instructor = fixtures.userId(INSTRUCTOR);
        long admin = users.findByUsername(DemoData.ADMIN).orElseThrow().getId();
        long changed = fixtures.courseId(CHANGED);
        CourseDraft draft = courses.draft(changed, instructor);
        courses.update(changed, instructor, new CourseDraft(draft.getSubjectId(), RENAMED, draft.getSlug(),
                draft.getOverview()));

        List<ModuleDraft> rows = new ArrayList<>(modules.modules(changed, instructor).modules().stream()
                .map(module -> new ModuleDraft(module.id(), module.title(), module.description())).toList());
        rows.add(new ModuleDraft(null, "A fourth module", ""));
        modules.saveAll(changed, instructor, rows);

        long firstModule = fixtures.moduleIds(STUDIED).get(0);
        contents.save(firstModule, instructor, new TextDraft(null, "Fresh notes", "Added after the page was cached"));

        Subject acoustics = subjects.list(admin).stream().filter(s -> s.slug().equals(SUBJECT)).findFirst()
                .map(row -> subjects.get(admin, row.id())).orElseThrow();
        subjects.update(admin, acoustics.getId(), "Acoustics and Sound", acoustics.getSlug());

        userAdmin.rename(admin, instructor, "Hilda", "von Mises");
        enrollments.enroll(changed, fixtures.userId(STUDENT));

        // every page shows every change at once
        Page all = visitor.get("");
        assertTrue(all.contains(RENAMED), "course title in the catalog");
        assertTrue(all.contains("Acoustics and Sound"), "subject title in the sidebar");
        assertTrue(all.contains("Instructor: Hilda von Mises"), "instructor's new name");
        assertFalse(all.contains("Instructor: Hilda Geiringer"));
        Page overview = visitor.get("course/" + CHANGED + "/");
        assertTrue(overview.contains("<h1>" + RENAMED + "</h1>"));
        assertTrue(overview.contains("<span id=\"module-count\">4</span>"), "module added");
        assertTrue(overview.contains("1 student</span>"), "the new enrollment counted on the overview");
        assertTrue(visitor.get("course/subject/" + SUBJECT + "/").contains(RENAMED));

        WebClient student = signedIn(STUDENT, PASSWORD);
        assertTrue(student.get("").contains(RENAMED));
        Page study = student.get(studied);
        assertTrue(study.contains("Fresh notes"), "new content in the cached module page");
        assertTrue(study.contains("Added after the page was cached"));
        assertTrue(student.get("students/courses/").contains(RENAMED), "the new enrollment is listed");
        Page mine = studentBefore.get("students/courses/");
        assertTrue(mine.contains(RENAMED), "the new enrollment in my courses cached before it");
        assertTrue(mine.contains("Acoustics and Sound"), "the subject's new title in my courses cached before");
        assertTrue(mine.contains("Hilda von Mises"), "the instructor's new name in my courses cached before");
        assertFalse(mine.contains("Hilda Geiringer"));
        assertEquals(200, student.get("students/course/" + changed + "/").status());
    }

    /**
     * Each step of the learner's path — marking a module done, taking the mark back, a module added to the course,
     * leaving and enrolling again — shows at once on the student's pages read before it (so held by the per-view
     * cache), and evicts exactly those: another student's pages of the same course stay hits.
     */
    @Test
    void everyStepOfTheLearnersPathShowsAtOnceAndEvictsOnlyTheStudentsOwnPages() throws Exception {
        Fixtures fixtures = new Fixtures(em, tx, users);
        fixtures.user(INSTRUCTOR, PASSWORD, "Hilda", "Geiringer", Role.INSTRUCTOR);
        fixtures.user("path.learner", PASSWORD, "Path", "Learner");
        fixtures.user("path.bystander", PASSWORD, "Path", "Bystander");
        long course = fixtures.course("path-cached").ownedBy(INSTRUCTOR).in("mathematics").titled("Path Cached")
                .overview("Three steps").module("Step one").module("Step two").module("Step three").make();
        fixtures.enroll("path.learner", "path-cached");
        fixtures.enroll("path.bystander", "path-cached");
        List<Long> steps = fixtures.moduleIds("path-cached");
        long learner = fixtures.userId("path.learner");
        String study = "students/course/" + course + "/" + steps.get(1) + "/";
        WebClient learnerPages = signedIn("path.learner", PASSWORD);
        WebClient bystander = signedIn("path.bystander", PASSWORD);
        for (WebClient client : List.of(learnerPages, bystander)) {
            client.get(study);
            client.get("students/courses/");
            assertEquals("hit", client.get(study).header("x-educa-cache"));
            assertEquals("hit", client.get("students/courses/").header("x-educa-cache"));
        }

        progress.mark(course, steps.get(0), learner, true);
        assertShows(learnerPages, study, "1 of 3 modules done", "a module marked done");
        assertEquals("hit", bystander.get(study).header("x-educa-cache"), "another student's page is not touched");
        assertTrue(bystander.get(study).contains("0 of 3 modules done"));
        assertEquals("hit", bystander.get("students/courses/").header("x-educa-cache"));

        progress.mark(course, steps.get(0), learner, false);
        assertShows(learnerPages, study, "0 of 3 modules done", "the mark taken back");
        progress.mark(course, steps.get(2), learner, true);
        assertShows(learnerPages, study, "1 of 3 modules done", "another module marked done");

        long instructor = fixtures.userId(INSTRUCTOR);
        List<ModuleDraft> rows = new ArrayList<>(modules.modules(course, instructor).modules().stream()
                .map(module -> new ModuleDraft(module.id(), module.title(), module.description())).toList());
        rows.add(new ModuleDraft(null, "Step four", ""));
        modules.saveAll(course, instructor, rows);
        assertShows(learnerPages, study, "1 of 4 modules done", "a module added to the course");
        assertShows(bystander, study, "0 of 4 modules done", "a module added to the course");

        enrollments.leave(course, learner);
        assertEquals(404, learnerPages.get(study).status(), "left: the cached module page is gone");
        assertFalse(learnerPages.get("students/courses/").contains("Path Cached"), "left: gone from my courses");
        assertEquals("hit", bystander.get(study).header("x-educa-cache"), "the other student stays");

        enrollments.enroll(course, learner);
        assertShows(learnerPages, study, "1 of 4 modules done", "enrolled again: the progress is back");
    }

    /**
     * Publishing and unpublishing (issue 15) show at once on every level, each read right before the change (so held)
     * and right after it: the anonymous catalog and overview (per-site), the subject counts and the overview record
     * (data), and an enrolled student's study page and "my courses" (per view).
     */
    @Test
    void publishingAndUnpublishingShowAtOnceOnEveryLevel() throws Exception {
        Fixtures fixtures = new Fixtures(em, tx, users);
        fixtures.user(INSTRUCTOR, PASSWORD, "Hilda", "Geiringer", Role.INSTRUCTOR);
        fixtures.user("publish.student", PASSWORD, "Publish", "Student");
        fixtures.subject("Phonetics", "phonetics");
        long course = fixtures.course("published-cached").ownedBy(INSTRUCTOR).in("phonetics").titled("Publish Cached")
                .draft().module("Only module").text("Notes", "Publish notes").make();
        long instructor = fixtures.userId(INSTRUCTOR);
        String overview = "course/published-cached/";
        String study = "students/course/" + course + "/";
        WebClient visitor = new WebClient(base.toURI());
        for (int i = 0; i < 2; i++) {
            visitor.get("");
            visitor.get(overview);
        }
        assertEquals("hit", visitor.get("").header("x-educa-cache"));
        assertFalse(visitor.get("").contains("Publish Cached"));
        assertEquals(404, visitor.get(overview).status());
        assertEquals(0, phonetics(), "the data cache counts no published course");
        assertFalse(catalog.overview("published-cached").published(), "the overview record (now cached) is a draft");

        publishing.publish(course, instructor);
        Page listed = visitor.get("");
        assertEquals("miss", listed.header("x-educa-cache"), "the site's catalog page was evicted");
        assertTrue(listed.contains("Publish Cached"), "published: in the catalog at once");
        assertEquals(200, visitor.get(overview).status(), "published: the overview at once");
        assertEquals(1, phonetics(), "published: counted at once");
        assertTrue(catalog.overview("published-cached").published(), "published: the overview record at once");

        fixtures.enroll("publish.student", "published-cached");
        WebClient student = signedIn("publish.student", PASSWORD);
        for (int i = 0; i < 2; i++) { // (the fixture's enrollment cleared the caches)
            student.get(study);
            student.get("students/courses/");
            visitor.get(overview);
        }
        assertEquals("hit", student.get(study).header("x-educa-cache"));
        assertEquals("hit", student.get("students/courses/").header("x-educa-cache"));
        assertEquals("hit", visitor.get(overview).header("x-educa-cache"));
        assertFalse(student.get(study).contains("no longer in the catalog"));

        publishing.unpublish(course, instructor);
        assertFalse(visitor.get("").contains("Publish Cached"), "unpublished: out of the catalog at once");
        assertEquals(404, visitor.get(overview).status(), "unpublished: the cached overview is gone");
        assertEquals(0, phonetics(), "unpublished: no longer counted");
        assertFalse(catalog.overview("published-cached").published());
        Page studying = student.get(study);
        assertEquals("miss", studying.header("x-educa-cache"), "the student's study page was evicted");
        assertTrue(studying.contains("This course is no longer in the catalog"), "and says so");
        Page mine = student.get("students/courses/");
        assertEquals("miss", mine.header("x-educa-cache"), "the student's my courses was evicted");
        assertTrue(mine.contains("id=\"unlisted-" + course + "\""), "and says so on the card");
    }

    private long phonetics() {
        return catalog.subjects().stream().filter(row -> row.slug().equals("phonetics")).findFirst().orElseThrow()
                .courses();
    }

    /** The page and "my courses" show the text, and were rendered anew for it (then kept again). */
    private static void assertShows(WebClient client, String study, String text, String after) {
        Page page = client.get(study);
        assertTrue(page.contains(text), after + ": the study page says " + text);
        assertEquals("miss", page.header("x-educa-cache"), after + ": the study page was evicted");
        Page mine = client.get("students/courses/");
        assertTrue(mine.contains(text), after + ": my courses says " + text);
        assertEquals("miss", mine.header("x-educa-cache"), after + ": my courses was evicted");
    }

    @Test
    void everyCacheIsBoundedSoThatPagesCannotFillTheHeap() {
        Cache<Object, Object> site = cacheManager.getCache(CacheNames.SITE);
        byte[] body = new byte[1024];
        for (int i = 0; i < 10_000; i++) {
            site.put("/bounded/" + i, new PageCache.CachedPage("text/html", body, null));
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
