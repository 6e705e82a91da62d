package org.educa.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.educa.business.account.UserService;
import org.educa.business.authoring.CourseAuthoring;
import org.educa.business.authoring.CourseDraft;
import org.educa.business.cache.CacheNames;
import org.educa.business.cache.DegradingCaches;
import org.educa.business.catalog.CatalogService;
import org.educa.config.startup.DemoData;
import org.educa.model.Course;
import org.educa.testing.Deployments;
import org.educa.testing.WebClient;
import org.educa.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A data grid in trouble costs speed, never a page: with Payara's Hazelcast instance terminated for real (from inside
 * Payara, as an out-of-memory or a split cluster would leave it), every cache level fails, and the pages are still
 * served with their real content, straight from the database, with one warning per cache in the log.
 *
 * <p>Terminating the grid cannot be undone, so this is one test, inside Payara, in steps: pages are read over HTTP while
 * the grid is up (so every cache is full and a hit costs no statement), the grid is terminated and a course renamed
 * (the change commits although its evictions fail), then the same pages are read again and must show the database's
 * content, cost statements every time and show no stack trace; a student signed in before studies on, an
 * administrator signs in, and each failing cache was logged at most once a minute.
 *
 * <p>Sessions: with {@code --nocluster} (these tests and the run command) Payara keeps HTTP sessions in memory, not in
 * Hazelcast — it logs "Invalid Session Management Configuration for non-distributable app [educa] - defaulting to
 * memory: persistence-type = [hazelcast]" at deployment — so a student signed in before the grid died studies on in
 * the same session, and new sign-ins work (sign-in throttling is then off, logged by {@code LoginThrottle}). In a
 * cluster the sessions live in Hazelcast; losing a member's grid there is not what this test covers.
 */
@ExtendWith(ArquillianExtension.class)
class CacheFailureIT {

    static final String COURSE = "harmony-for-beginners";
    static final String STUDIED = "linear-algebra-foundations";
    static final String RENAMED = "Harmony Without a Cache";
    static final Map<String, String> PUBLIC_PAGES = Map.of(
            "", "Linear Algebra Foundations",
            "course/subject/music/", "Piano Technique",
            "course/" + COURSE + "/", "Harmony");

    /** A student who signed in while the grid was up, and the pages he studies. */
    WebClient sam;
    String coursePath;
    String modulePath;

    /** What Educa logged about failing caches after the grid was terminated. */
    static final List<LogRecord> LOGGED = new CopyOnWriteArrayList<>();
    long terminatedAt;
    /** The loggers watched: the degrading caches (every level) and Weld's observer failures. */
    static final List<String> WATCHED = List.of(DegradingCaches.class.getName(), "org.jboss.weld.Event");
    /**
     * The watched loggers themselves, held here: the log manager keeps loggers only weakly, so a logger whose class
     * has not been made yet (Weld's, before an observer fails) could be collected with the handler on it and
     * be made anew without it.
     */
    static final List<Logger> HELD = WATCHED.stream().map(Logger::getLogger).toList();
    static final Handler COLLECTOR = new Handler() {
        @Override
        public void publish(LogRecord record) {
            LOGGED.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Deployment
    static WebArchive deployment() {
        return Deployments.educaWithClient();
    }

    @ArquillianResource
    URL base;

    @Inject
    HazelcastInstance hazelcast;

    @Inject
    CatalogService catalog;

    @Inject
    UserService users;

    @Inject
    CourseAuthoring courses;

    @PersistenceContext
    EntityManager em;

    @Test
    void aDataGridInTroubleCostsSpeedNeverAPage() throws Exception {
        whileTheGridIsUpPagesComeFromTheCaches();
        try {
            theGridIsTerminatedAndAChangeStillCommits();
            anonymousPagesComeFromTheDatabase();
            aSignedInStudentStudiesOn();
            anAdministratorSignsInAndTheMonitorSaysTheCacheIsUnavailable();
        } finally {
            HELD.forEach(logger -> logger.removeHandler(COLLECTOR));
        }
        eachFailingCacheWasLoggedOnceAMinute();
    }

    private void whileTheGridIsUpPagesComeFromTheCaches() throws Exception {
        WebClient visitor = new WebClient(base.toURI());
        PUBLIC_PAGES.keySet().forEach(visitor::get);
        long before = visitor.statements();
        for (Map.Entry<String, String> page : PUBLIC_PAGES.entrySet()) {
            Page hit = visitor.get(page.getKey());
            assertEquals("hit", hit.header("x-educa-cache"), page.getKey());
            assertTrue(hit.contains(page.getValue()), page.getKey());
        }
        assertEquals(before, visitor.statements(), "hits cost no statement");

        sam = new WebClient(base.toURI());
        assertEquals(302, sam.signIn(DemoData.STUDENT, DemoData.STUDENT_PASSWORD).status());
        Matcher course = Pattern.compile("data-course=\"(\\d+)\"").matcher(sam.get("course/" + STUDIED + "/").body());
        assertTrue(course.find());
        coursePath = "students/course/" + course.group(1) + "/";
        Matcher modules = Pattern.compile("/(" + Pattern.quote(coursePath) + "\\d+/)\"").matcher(sam.get(coursePath).body());
        assertTrue(modules.find() && modules.find(), "the course lists its modules");
        modulePath = modules.group(1);
        sam.get(modulePath);
        Page cached = sam.get(modulePath);
        assertEquals("hit", cached.header("x-educa-cache"));
        assertTrue(cached.contains("Notes: core ideas"));
    }

    private void theGridIsTerminatedAndAChangeStillCommits() {
        HELD.forEach(logger -> logger.addHandler(COLLECTOR));
        terminatedAt = System.currentTimeMillis();
        hazelcast.getLifecycleService().terminate();
        assertFalse(hazelcast.getLifecycleService().isRunning());

        assertTrue(catalog.subjects().stream().anyMatch(subject -> subject.slug().equals("music")),
                "the data level answers from the database");
        long clara = users.findByUsername(DemoData.SECOND_INSTRUCTOR).orElseThrow().getId();
        long harmony = catalog.overview(COURSE).id();
        CourseDraft draft = courses.draft(harmony, clara);
        courses.update(harmony, clara, new CourseDraft(draft.getSubjectId(), RENAMED, draft.getSlug(),
                draft.getOverview()));
        assertEquals(RENAMED, em.find(Course.class, harmony).getTitle(), "committed although no cache was evicted");
    }

    private void anonymousPagesComeFromTheDatabase() throws Exception {
        WebClient visitor = new WebClient(base.toURI());
        for (int round = 0; round < 2; round++) {
            for (Map.Entry<String, String> page : PUBLIC_PAGES.entrySet()) {
                assertServedFromTheDatabase(visitor, page.getKey(), page.getValue());
            }
            assertServedFromTheDatabase(visitor, "course/" + COURSE + "/", "<h1>" + RENAMED + "</h1>");
            assertServedFromTheDatabase(visitor, "course/subject/music/", RENAMED);
        }
    }

    private void aSignedInStudentStudiesOn() {
        for (int round = 0; round < 2; round++) {
            Page page = assertServedFromTheDatabase(sam, modulePath, "Notes: core ideas");
            assertTrue(page.contains("Signed in as Sam Student"), "the same session, still signed in");
            assertTrue(page.contains("<h1 id=\"module-title\">Core ideas</h1>"));
            assertServedFromTheDatabase(sam, coursePath, "Notes: getting started");
            assertServedFromTheDatabase(sam, "", RENAMED);
        }
    }

    private void anAdministratorSignsInAndTheMonitorSaysTheCacheIsUnavailable() throws Exception {
        WebClient admin = new WebClient(base.toURI());
        assertEquals(302, admin.signIn(DemoData.ADMIN, DemoData.ADMIN_PASSWORD).status(), "signed in without the grid");
        Page monitor = admin.get("admin/cache/");
        assertEquals(200, monitor.status(), monitor.body());
        assertTrue(monitor.contains("id=\"cache-unavailable\""), monitor.body());
        assertTrue(monitor.contains("The cache cannot be reached"));
        assertFalse(monitor.showsStackTrace());
    }

    private void eachFailingCacheWasLoggedOnceAMinute() {
        assertTrue(LOGGED.stream().noneMatch(record -> record.getLoggerName().equals("org.jboss.weld.Event")),
                "no eviction failed out of its observer");
        List<String> warnings = LOGGED.stream().filter(record -> record.getLevel() == Level.WARNING)
                .map(LogRecord::getMessage).toList();
        long minutes = 1 + (System.currentTimeMillis() - terminatedAt) / 60_000;
        for (String cache : List.of(CacheNames.SUBJECTS, CacheNames.COURSE_PAGES, CacheNames.OVERVIEWS,
                CacheNames.FRAGMENTS, CacheNames.SITE, CacheNames.VIEWS)) {
            long count = warnings.stream().filter(message -> message.contains("[" + cache + ";")).count();
            assertTrue(count >= 1 && count <= minutes, cache + " warned " + count + " times: " + warnings);
        }
        assertTrue(warnings.size() <= CacheNames.ALL.size() * minutes, "one warning per cache a minute: " + warnings);
    }

    /** Gets the page twice over: 200, its content, no stack trace, not from a cache, and statements run. */
    private static Page assertServedFromTheDatabase(WebClient client, String path, String content) {
        long before = client.statements();
        Page page = client.get(path);
        assertEquals(200, page.status(), path + ":\n" + page.body());
        assertTrue(page.contains(content), path + " shows " + content);
        assertFalse(page.showsStackTrace(), path);
        assertNotEquals("hit", page.header("x-educa-cache"), path);
        assertTrue(client.statements() > before, path + " went to the database");
        return page;
    }
}
