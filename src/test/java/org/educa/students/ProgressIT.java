package org.educa.students;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.educa.business.account.UserService;
import org.educa.config.startup.DemoData;
import org.educa.model.Role;
import org.educa.testing.Deployments;
import org.educa.testing.Fixtures;
import org.educa.testing.WebClient;
import org.educa.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The learner's path over HTTP, as a student's browser sends it: marking modules done (idempotent, in parallel, taken
 * back, refused without the token), progress that is each student's own, "Continue" leading where the student left
 * off (also when the page came from the cache), previous and next, leaving a course and coming back. Runs inside
 * Payara, so that each test makes its own course and students ({@link Fixtures}) and counts the rows it made.
 */
@ExtendWith(ArquillianExtension.class)
class ProgressIT {

    static final String INSTRUCTOR = "progress.instructor";
    static final String PASSWORD = "Steady-Progress-Path-31";

    @Deployment
    static WebArchive deployment() {
        return Deployments.educaWithClient();
    }

    @ArquillianResource
    URL base;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Inject
    UserService users;

    @Test
    void markingADoneModuleAgainChangesNothingAndTheMarkCanBeTakenBack() throws Exception {
        Course course = course("marking-course", "mark.student");
        WebClient student = signedIn("mark.student");
        Page first = student.get(course.module(0));
        assertTrue(first.contains("0 of 3 modules done"), "the progress before anything is done");
        assertTrue(first.contains(">Mark as done<"));

        for (int i = 0; i < 3; i++) {
            Page marked = student.post(course.progress(0), Map.of("done", "true", "csrf", first.csrf()));
            assertEquals(302, marked.status());
            assertTrue(marked.location().endsWith("/" + course.module(0)), marked.location());
        }
        assertEquals(1, completions("mark.student", course.id), "one row however often it is sent");
        Page done = student.get(course.module(0));
        assertTrue(done.contains("1 of 3 modules done"));
        assertTrue(done.contains(">Mark as not done<"));
        assertTrue(done.contains("You have marked this module done."));
        assertTrue(moduleLine(done, course.modules.get(0)).contains("done"), "the module is ticked");
        assertFalse(moduleLine(done, course.modules.get(1)).contains("done"), "the next one is not");

        Page json = student.post(course.progress(1), "application/x-www-form-urlencoded",
                WebClient.form(Map.of("done", "true", "csrf", first.csrf())).getBytes(), Map.of("Accept", "application/json"));
        assertEquals(200, json.status(), json.body());
        assertTrue(json.header("content-type").startsWith("application/json"));
        assertEquals("{\"done\":true,\"completed\":2,\"total\":3,\"percent\":66,\"finished\":false,"
                + "\"label\":\"2 of 3 modules done\"}", json.body(), "the study page's script gets the new progress");

        student.post(course.progress(0), Map.of("done", "false", "csrf", first.csrf()));
        student.post(course.progress(0), Map.of("done", "false", "csrf", first.csrf()));
        assertEquals(1, completions("mark.student", course.id), "taken back once, the other module still done");
        assertTrue(student.get(course.module(0)).contains("1 of 3 modules done"));
    }

    @Test
    void aMarkWithoutTheTokenOrForAnotherCourseOrByAnyoneButAStudentChangesNothing() throws Exception {
        Course course = course("refused-marks", "refused.student");
        course("other-marks", "refused.student");
        long otherModule = new Fixtures(em, tx, users).moduleIds("other-marks").get(0);
        WebClient student = signedIn("refused.student");
        String token = student.get(course.module(0)).csrf();

        assertEquals(403, student.post(course.progress(0), Map.of("done", "true")).status(), "no token");
        assertEquals(403, student.post(course.progress(0), Map.of("done", "true", "csrf", "forged")).status());
        assertEquals(403, student.post(course.progress(0) + "?csrf=" + token, Map.of("done", "true")).status(),
                "a token in the address does not count");
        assertEquals(405, student.get(course.progress(0)).status(), "a link cannot mark anything");
        Page nonsense = student.post(course.progress(0), Map.of("done", "maybe", "csrf", token));
        assertEquals(400, nonsense.status());
        assertFalse(nonsense.showsStackTrace());
        assertEquals(404, student.post("students/course/" + course.id + "/" + otherModule + "/progress/",
                Map.of("done", "true", "csrf", token)).status(), "a module of another course");
        assertEquals(404, student.post("students/course/" + course.id + "/999999999/progress/",
                Map.of("done", "true", "csrf", token)).status());

        WebClient owner = signedIn(INSTRUCTOR);
        String ownerToken = owner.get(course.module(0)).csrf();
        assertFalse(owner.get(course.module(0)).contains("Mark as done"), "the instructor has nothing to mark");
        assertEquals(404, owner.post(course.progress(0), Map.of("done", "true", "csrf", ownerToken)).status());
        WebClient admin = signedIn(DemoData.ADMIN, DemoData.ADMIN_PASSWORD);
        assertEquals(404, admin.post(course.progress(0), Map.of("done", "true",
                "csrf", admin.get(course.module(0)).csrf())).status(), "nor have administrators");
        WebClient visitor = new WebClient(base.toURI());
        Page anonymous = visitor.post(course.progress(0), Map.of("done", "true"));
        assertTrue(anonymous.status() == 302 || anonymous.status() == 403, "visitors: " + anonymous.status());
        assertEquals(0, completions("refused.student", course.id));
        assertEquals(0, completions(INSTRUCTOR, course.id));
        assertEquals(0, completions(DemoData.ADMIN, course.id));
    }

    @Test
    void marksSentInParallelMakeOneRow() throws Exception {
        Course course = course("parallel-marks", "parallel.student");
        int requests = 8;
        List<WebClient> tabs = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            WebClient tab = signedIn("parallel.student");
            tabs.add(tab);
            tokens.add(tab.get(course.module(1)).csrf());
        }
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            WebClient tab = tabs.get(i);
            String token = tokens.get(i);
            answers.add(pool.submit(() -> {
                start.await();
                return tab.post(course.progress(1), Map.of("done", "true", "csrf", token)).status();
            }));
        }
        start.countDown();
        for (Future<Integer> answer : answers) {
            assertEquals(302, answer.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(1, completions("parallel.student", course.id));
    }

    @Test
    void eachStudentSeesOnlyTheirOwnProgress() throws Exception {
        Course course = course("own-progress", "own.first", "own.second");
        WebClient first = signedIn("own.first");
        WebClient second = signedIn("own.second");
        second.get(course.module(0));
        second.get("students/courses/");
        first.post(course.progress(0), Map.of("done", "true", "csrf", first.get(course.module(0)).csrf()));

        assertTrue(first.get(course.module(0)).contains("1 of 3 modules done"));
        assertTrue(card(first.get("students/courses/"), course.id).contains("1 of 3 modules done"));
        Page theirs = second.get(course.module(0));
        assertTrue(theirs.contains("0 of 3 modules done"), "the other student's page, cached before, is theirs");
        assertFalse(moduleLine(theirs, course.modules.get(0)).contains("done"));
        assertTrue(card(second.get("students/courses/"), course.id).contains("0 of 3 modules done"));
        assertTrue(signedIn("own.second").get(course.module(0)).contains("0 of 3 modules done"), "nor in a new session");
    }

    @Test
    void continueLeadsToTheModuleOpenedLastEvenWhenThePageCameFromTheCache() throws Exception {
        Course course = course("resumed-course", "resume.student");
        WebClient student = signedIn("resume.student");
        assertTrue(continueOf(student, course).endsWith(course.module(0)), "not opened yet: the course's first module");
        student.get(course.module(0));
        student.get(course.module(2));
        assertTrue(continueOf(student, course).endsWith(course.module(2)), continueOf(student, course));
        String overviewContinue = field(student.get("course/resumed-course/").body(),
                "id=\"continue\"\\s+href=\"[^\"]*/(students/course/\\d+/continue/)\"");
        assertTrue(student.get(overviewContinue).location().endsWith(course.module(2)), "the overview continues there too");

        Page hit = student.get(course.module(0));
        assertEquals("hit", hit.header("x-educa-cache"));
        assertTrue(continueOf(student, course).endsWith(course.module(0)), "a page from the cache still counts");

        student.get(course.module(0));
        long before = student.statements();
        Page again = student.get(course.module(0));
        assertEquals("hit", again.header("x-educa-cache"));
        assertEquals(before, student.statements(), "the module recorded already: a hit runs no statement");

        WebClient tomorrow = signedIn("resume.student");
        assertTrue(continueOf(tomorrow, course).endsWith(course.module(0)), "remembered past the session");
    }

    @Test
    void previousNextAndBreadcrumbsLeadThroughTheCourseToItsEnd() throws Exception {
        Course course = course("path-course", "path.student");
        WebClient student = signedIn("path.student");
        Page first = student.get(course.module(0));
        assertFalse(first.contains("id=\"previous-module\""), "nothing before the first module");
        assertTrue(field(first.body(), "id=\"next-module\"[^>]*href=\"([^\"]+)\"").endsWith(course.module(1)),
                "next leads to the second");
        assertTrue(first.contains("aria-label=\"You are here\""), "breadcrumbs");
        assertTrue(first.contains(">Courses</a>") && first.contains(">Music</a>"), "courses and the subject");
        Page middle = student.get(course.module(1));
        assertTrue(middle.contains("id=\"previous-module\""));
        assertTrue(middle.contains("id=\"next-module\""));
        Page last = student.get(course.module(2));
        assertFalse(last.contains("id=\"next-module\""));
        assertTrue(last.contains("This is the last module of the course."));
        assertTrue(last.contains("Still to do: 3 modules, starting with “Path 1”."), last.body());
        assertTrue(last.contains("Back to My courses"));

        Page finished = student.post("students/course/" + course.id + "/finish/", Map.of("csrf", last.csrf()));
        assertEquals(302, finished.status());
        assertEquals(3, completions("path.student", course.id), "every module done");
        Page end = student.get(course.module(2));
        assertTrue(end.contains("You have finished this course. Well done!"));
        assertTrue(card(student.get("students/courses/"), course.id).contains("Finished"));
        assertEquals(403, student.post("students/course/" + course.id + "/finish/", Map.of()).status());
    }

    @Test
    void aStudentWhoLeavesCanNoLongerStudyTheCourseAndFindsTheProgressOnComingBack() throws Exception {
        Course course = course("left-course", "leaving.student");
        WebClient student = signedIn("leaving.student");
        Page module = student.get(course.module(1));
        student.post(course.progress(0), Map.of("done", "true", "csrf", module.csrf()));
        assertTrue(field(module.body(), "id=\"leave\" href=\"([^\"]+)\"").endsWith("students/course/" + course.id
                + "/leave/"), "the way out");

        Page confirm = student.get("students/course/" + course.id + "/leave/");
        assertEquals(200, confirm.status());
        assertTrue(confirm.contains("Leave left-course title?"));
        assertTrue(confirm.contains("if you enroll again later, your progress is back"));
        assertEquals(403, student.post("students/course/" + course.id + "/leave/", Map.of()).status());
        assertEquals(1, fixtures().enrollments("leaving.student", "left-course"), "still enrolled");

        Page left = student.post("students/course/" + course.id + "/leave/", Map.of("csrf", confirm.csrf()));
        assertEquals(302, left.status());
        assertTrue(left.location().endsWith("/students/courses/?left=left-course"), left.location());
        Page mine = student.open("students/courses/?left=left-course");
        assertTrue(mine.contains("You have left left-course title."));
        assertFalse(student.get("students/courses/").contains("left-course title"), "gone from my courses");
        assertEquals(404, student.get(course.module(1)).status(), "the module page cached before is gone");
        assertEquals(404, student.get("students/course/" + course.id + "/").status());
        assertEquals(404, student.get("students/course/" + course.id + "/leave/").status(), "nothing left to leave");
        assertEquals(1, completions("leaving.student", course.id), "the progress is kept");

        Page overview = student.get("course/left-course/");
        student.post("students/enroll-course/", Map.of("course", String.valueOf(course.id), "csrf", overview.csrf()));
        assertTrue(student.get(course.module(0)).contains("1 of 3 modules done"), "the progress is back");
        assertTrue(card(student.get("students/courses/"), course.id).contains("1 of 3 modules done"));
    }

    @Test
    void aStudentWhoLeftGetsNoMoreOfTheCoursesFiles() throws Exception {
        Fixtures fixtures = fixtures();
        fixtures.user("media.leaver", PASSWORD, "Media", "Leaver");
        fixtures.enroll("media.leaver", "linear-algebra-foundations");
        WebClient student = signedIn("media.leaver");
        String course = field(student.get("course/linear-algebra-foundations/").body(), "data-course=\"(\\d+)\"");
        String file = null;
        Matcher modules = Pattern.compile("/students/course/" + course + "/(\\d+)/\"").matcher(
                student.get("students/course/" + course + "/").body());
        while (file == null && modules.find()) {
            Matcher media = Pattern.compile("/media/([0-9a-f]{32}\\.\\w+)").matcher(
                    student.get("students/course/" + course + "/" + modules.group(1) + "/").body());
            file = media.find() ? media.group(1) : null;
        }
        assertTrue(file != null, "the demo course holds a stored file");
        assertEquals(200, student.get("media/" + file).status());
        Page confirm = student.get("students/course/" + course + "/leave/");
        student.post("students/course/" + course + "/leave/", Map.of("csrf", confirm.csrf()));
        assertEquals(404, student.get("media/" + file).status(), "its files are closed to them");
    }

    @Test
    void theStudyPagesRunAsManyStatementsForFortyModulesAsForThreeWithProgress() throws Exception {
        Fixtures fixtures = fixtures();
        Course small = course("bounded-small", "bounded.student");
        fixtures.user(INSTRUCTOR, PASSWORD, "Paula", "Path", Role.INSTRUCTOR);
        Fixtures.CourseFixture large = fixtures.course("bounded-large").ownedBy(INSTRUCTOR).titled("bounded-large title");
        for (int m = 0; m < 40; m++) {
            large.module("Large " + m);
        }
        Course big = new Course(large.make(), fixtures.moduleIds("bounded-large"));
        fixtures.enroll("bounded.student", "bounded-large");
        WebClient student = signedIn("bounded.student");
        String smallToken = student.get(small.module(0)).csrf();
        for (int m = 0; m < 2; m++) {
            student.post(small.progress(m), Map.of("done", "true", "csrf", smallToken));
        }
        for (int m = 0; m < 30; m++) {
            student.post(big.progress(m), Map.of("done", "true", "csrf", smallToken));
        }
        long smallPage = missOf("bounded.student", small.module(1));
        long largePage = missOf("bounded.student", big.module(1));
        assertEquals(smallPage, largePage, "40 modules, 30 of them done, cost what 3 do");
        // the course with its modules in one statement, the enrollment with the modules done in another (were four)
        assertTrue(largePage <= 5, "a study page ran " + largePage);
        long mine = missOf("bounded.student", "students/courses/");
        // the courses with their modules counted in the same statement (were apart)
        assertTrue(mine <= 4, "my courses ran " + mine);
    }

    /** The statements of one page rendered afresh for the student (a new session: no cached copy). */
    private long missOf(String username, String path) {
        WebClient client = signedIn(username);
        long before = client.statements();
        Page page = client.get(path);
        assertEquals(200, page.status(), path);
        assertEquals("miss", page.header("x-educa-cache"));
        return client.statements() - before;
    }

    /** A course of three modules (Path 1, 2, 3) of the test's instructor, with these students enrolled. */
    private Course course(String slug, String... students) {
        Fixtures fixtures = fixtures();
        fixtures.user(INSTRUCTOR, PASSWORD, "Paula", "Path", Role.INSTRUCTOR);
        long id = fixtures.course(slug).ownedBy(INSTRUCTOR).titled(slug + " title").overview("Step by step")
                .module("Path 1").module("Path 2").module("Path 3").text("Notes", "Read me").make();
        for (String student : students) {
            fixtures.user(student, PASSWORD, "Student", student);
            fixtures.enroll(student, slug);
        }
        return new Course(id, fixtures.moduleIds(slug));
    }

    private record Course(long id, List<Long> modules) {

        String module(int index) {
            return "students/course/" + id + "/" + modules.get(index) + "/";
        }

        String progress(int index) {
            return module(index) + "progress/";
        }
    }

    private Fixtures fixtures() {
        return new Fixtures(em, tx, users);
    }

    private long completions(String username, long courseId) {
        return em.createQuery("SELECT COUNT(mc) FROM ModuleCompletion mc WHERE mc.student.username = :username"
                + " AND mc.course.id = :courseId", Long.class)
                .setParameter("username", username).setParameter("courseId", courseId).getSingleResult();
    }

    private WebClient signedIn(String username) {
        return signedIn(username, PASSWORD);
    }

    private WebClient signedIn(String username, String password) {
        try {
            WebClient client = new WebClient(base.toURI());
            assertEquals(302, client.signIn(username, password).status(), username);
            return client;
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where the course card's "Continue" on my courses leads (through the redirect that finds the module). */
    private static String continueOf(WebClient student, Course course) {
        String href = field(card(student.get("students/courses/"), course.id),
                "class=\"btn btn-primary continue\"[^>]*href=\"[^\"]*/(students/course/\\d+/continue/)\"");
        Page followed = student.get(href);
        assertEquals(302, followed.status(), href);
        return followed.location();
    }

    /** The course's card on my courses. */
    private static String card(Page mine, long courseId) {
        return field(mine.body(), "(?s)(<article class=\"course-card\" data-course=\"" + courseId + "\">.*?</article>)");
    }

    /** The line of a module in the study page's list (a module neither open nor done has no class). */
    private static String moduleLine(Page page, long moduleId) {
        return field(page.body(), "(<li(?: class=\"[^\"]*\")? data-module=\"" + moduleId + "\">)");
    }

    private static String field(String body, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No match for " + regex + " in\n" + body);
        }
        return matcher.group(1);
    }
}
