package org.educa.students;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.educa.business.account.UserService;
import org.educa.config.startup.DemoData;
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
 * The student pages over HTTP: registration rules, sign-in and sign-out, enrollment, who may study a course, media,
 * and the statement count of each page. The tests that need the large course (so that a query per row would show) run
 * inside Payara: they make it with {@link Fixtures} and read the pages over HTTP from there.
 */
@ExtendWith(ArquillianExtension.class)
class StudentIT {

    static final String LARGE_COURSE = "large-course";
    static final int LARGE_MODULES = 40;
    static final int LARGE_CONTENTS = 60;

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
    @RunAsClient
    void registrationShowsEveryBrokenRuleNextToItsField() throws Exception {
        WebClient visitor = new WebClient(base.toURI());
        Page form = visitor.get("students/register/");
        Page refused = register(visitor, form, "sam", "12345", "54321");
        assertEquals(200, refused.status());
        assertTrue(refused.contains("A user with that username already exists."));
        assertTrue(refused.contains("This password is too short. It must contain at least 8 characters."));
        assertTrue(refused.contains("This password is too common."));
        assertTrue(refused.contains("This password is entirely numeric."));
        assertTrue(refused.contains("didn’t match."));

        Page similar = register(visitor, refused, "frederick", "frederick1", "frederick1");
        assertTrue(similar.contains("The password is too similar to the username."));

        Page invalid = register(visitor, similar, "<script>x</script>", "Good-Password-9", "Good-Password-9");
        assertTrue(invalid.contains("Enter a valid username."));
        assertFalse(invalid.contains("<script>x</script>"), "what was typed is shown escaped");
        assertTrue(invalid.contains("&lt;script&gt;x&lt;/script&gt;"));

        Page tooLong = register(visitor, invalid, "u".repeat(151), "Good-Password-9", "Good-Password-9");
        assertTrue(tooLong.contains("Ensure this value has at most 150 characters."));
        assertFalse(tooLong.showsStackTrace());

        Page sameAsSamInCapitals = register(visitor, tooLong, "SAM", "Good-Password-9", "Good-Password-9");
        assertTrue(sameAsSamInCapitals.contains("A user with that username already exists."));
    }

    @Test
    @RunAsClient
    void aNewStudentIsSignedInWithAFreshSessionAndSeesTheEmptyState() throws Exception {
        WebClient visitor = new WebClient(base.toURI());
        Page form = visitor.get("students/register/");
        String before = visitor.sessionId().orElseThrow();
        Page done = register(visitor, form, "marie.curie", "Radium-and-Polonium", "Radium-and-Polonium");
        assertEquals(302, done.status());
        assertTrue(done.location().endsWith("/students/courses/"), done.location());
        assertNotEquals(before, visitor.sessionId().orElseThrow(), "the session id changes at sign-in");
        Page mine = visitor.get("students/courses/");
        assertTrue(mine.contains("Signed in as marie.curie"));
        assertTrue(mine.contains("You are not enrolled in any courses yet."));
        assertTrue(mine.contains("Browse the catalog"));
    }

    @Test
    @RunAsClient
    void signInFollowsOnlyLocalNextAddressesAndSignOutKillsTheSession() throws Exception {
        WebClient student = new WebClient(base.toURI());
        assertEquals(200, student.signIn("sam", "wrong-password").status());
        assertTrue(student.signIn("nobody-at-all", "wrong-password")
                .contains("Please enter a correct username and password."));

        Page offsite = signInWithNext(student, "https://evil.example/steal");
        assertTrue(offsite.location().endsWith("/students/courses/"), offsite.location());
        String session = student.sessionId().orElseThrow();
        Page signOut = student.post("accounts/logout/", Map.of("csrf", student.get("students/courses/").csrf()));
        assertEquals(302, signOut.status());

        WebClient thief = new WebClient(base.toURI());
        thief.setSessionId(session);
        Page stolen = thief.get("students/courses/");
        assertEquals(302, stolen.status(), "the old session id is dead after sign-out");
        assertTrue(stolen.location().contains("/accounts/login/?next="));

        for (String next : new String[] {"//evil.example/x", "/\\evil.example", "javascript:alert(1)"}) {
            WebClient other = new WebClient(base.toURI());
            Page page = signInWithNext(other, next);
            assertTrue(page.location().endsWith("/students/courses/"), next + " -> " + page.location());
        }
        WebClient local = new WebClient(base.toURI());
        assertTrue(signInWithNext(local, "/course/piano-technique/").location().endsWith("/course/piano-technique/"));
    }

    @Test
    @RunAsClient
    void signInLandsOnThePageOfThePersonsRoleUnlessALocalNextAsksOtherwise() throws Exception {
        String[][] accounts = {{DemoData.STUDENT, DemoData.STUDENT_PASSWORD, "/students/courses/"},
            {DemoData.INSTRUCTOR, DemoData.INSTRUCTOR_PASSWORD, "/course/mine/"},
            {DemoData.ADMIN, DemoData.ADMIN_PASSWORD, "/admin/"}};
        for (String[] account : accounts) {
            Page signedIn = new WebClient(base.toURI()).signIn(account[0], account[1]);
            assertEquals(302, signedIn.status(), account[0]);
            assertTrue(signedIn.location().endsWith(account[2]), account[0] + " -> " + signedIn.location());
        }
        WebClient ada = new WebClient(base.toURI());
        String path = "accounts/login/?next=%2Fcourse%2Fpiano-technique%2F";
        Page asked = ada.submit(ada.get(path), path, "login", Map.of("username", DemoData.INSTRUCTOR,
                "password", DemoData.INSTRUCTOR_PASSWORD), "submit");
        assertTrue(asked.location().endsWith("/course/piano-technique/"), "next wins: " + asked.location());
    }

    @Test
    @RunAsClient
    void registerErrorsAreMarkedOnTheirFieldsTiedToThemAndTheFocusGoesToTheFirst() throws Exception {
        WebClient visitor = new WebClient(base.toURI());
        Page refused = register(visitor, visitor.get("students/register/"), "sam", "12345", "54321");
        for (String field : new String[] {"username", "password", "confirmation"}) {
            String input = field(refused.body(), "(<input id=\"register:" + field + "\"[^>]*>)");
            assertTrue(input.contains("aria-invalid=\"true\""), input);
            assertTrue(input.contains("register:" + field + "-errors"), input);
            assertTrue(field(refused.body(), "(<div id=\"register:" + field + "-errors\".*?</div>)").contains("field-error"),
                    "the error is in the element the field names: " + field);
        }
        assertTrue(refused.contains("PrimeFaces.focus('register:username')"), "the focus goes to the first field in error");
        assertFalse(refused.contains("value=\"12345\""), "a refused password is not kept");
        assertFalse(refused.contains("value=\"54321\""), "nor its confirmation");
        assertFalse(refused.contains("<ul"), "no list of alerts");

        Page taken = register(visitor, refused, "sam", "Good-Password-9", "Good-Password-9");
        assertTrue(taken.contains("A user with that username already exists."));
        assertEquals(2, count(taken.body(), "value=\"Good-Password-9\""), "both passwords are kept when only the username"
                + " was wrong");
        assertTrue(field(taken.body(), "(<input id=\"register:username\"[^>]*>)").contains("value=\"sam\""));
        assertFalse(field(taken.body(), "(<input id=\"register:password\"[^>]*>)").contains("aria-invalid"),
                "only the field in error is marked");

        WebClient stranger = new WebClient(base.toURI());
        Page failed = stranger.signIn("sam", "wrong-password");
        String username = field(failed.body(), "(<input id=\"login:username\"[^>]*>)");
        assertTrue(username.contains("aria-invalid=\"true\"") && username.contains("login-errors"), username);
        assertTrue(username.contains("value=\"sam\""), "the username is kept");
        assertTrue(field(failed.body(), "(<div id=\"login-errors\".*?</div>)").contains("Please enter a correct username"));
    }

    @Test
    @RunAsClient
    void registeringOrSigningInFromACoursePageComesBackToItWithAnInvitationToEnrollOnce() throws Exception {
        WebClient visitor = new WebClient(base.toURI());
        Page overview = visitor.get("course/piano-technique/");
        String href = field(overview.body(), "id=\"register-to-enroll\"\\s+href=\"([^\"]+)\"");
        assertTrue(href.endsWith("/students/register/?next=/course/piano-technique/"), href);
        String register = href.substring(href.indexOf("students/register/"));
        Page done = visitor.submit(visitor.get(register), register, "register", Map.of("username", "clef",
                "email", "clef@example.org", "password", "Treble-And-Bass-88", "confirmation", "Treble-And-Bass-88"), "submit");
        assertEquals(302, done.status());
        assertTrue(done.location().endsWith("/course/piano-technique/"), done.location());
        Page back = visitor.get("course/piano-technique/");
        assertTrue(back.contains("Your account is ready. Enroll now to start the course."));
        String enroll = field(back.body(), "(<button[^>]*id=\"enroll\"[^>]*>)");
        assertTrue(enroll.contains("autofocus") && enroll.contains("aria-describedby=\"enroll-invitation\""), enroll);
        Page again = visitor.get("course/piano-technique/");
        assertFalse(again.contains("Your account is ready."), "said once");
        assertFalse(field(again.body(), "(<button[^>]*id=\"enroll\"[^>]*>)").contains("autofocus"));
        assertFalse(visitor.get("course/linear-algebra-foundations/").contains("Enroll now to start"), "nor elsewhere");

        WebClient clef = new WebClient(base.toURI());
        String path = "accounts/login/?next=/course/piano-technique/";
        clef.submit(clef.get(path), path, "login", Map.of("username", "clef", "password", "Treble-And-Bass-88"),
                "submit");
        assertTrue(clef.get("course/piano-technique/").contains("You are signed in. Enroll now to start the course."));
        WebClient enrolled = new WebClient(base.toURI());
        path = "accounts/login/?next=/course/linear-algebra-foundations/";
        enrolled.submit(enrolled.get(path), path, "login", Map.of("username", "sam",
                "password", DemoData.STUDENT_PASSWORD), "submit");
        Page continued = enrolled.get("course/linear-algebra-foundations/");
        assertTrue(continued.contains("Continue the course"));
        assertFalse(continued.contains("Enroll now to start"), "no invitation to a course they are in");
    }

    @Test
    @RunAsClient
    void enrollingIsAProtectedPostThatEnrollsOnce() throws Exception {
        WebClient student = new WebClient(base.toURI());
        student.signIn("sam", DemoData.STUDENT_PASSWORD);
        Page overview = student.get("course/piano-technique/");
        assertTrue(overview.contains("Enroll now"));
        String courseId = field(overview.body(), "name=\"course\" value=\"(\\d+)\"");

        assertEquals(403, student.post("students/enroll-course/", Map.of("course", courseId)).status());
        assertEquals(403, student.post("students/enroll-course/", Map.of("course", courseId, "csrf", "forged")).status());
        assertFalse(student.get("students/courses/").contains("Piano Technique"), "nothing changed");

        String token = overview.csrf();
        for (int i = 0; i < 3; i++) {
            Page enrolled = student.post("students/enroll-course/", Map.of("course", courseId, "csrf", token));
            assertEquals(302, enrolled.status());
            assertTrue(enrolled.location().endsWith("/students/course/" + courseId + "/"));
        }
        Page mine = student.get("students/courses/");
        assertEquals(1, count(mine.body(), "Piano Technique</a>"), "enrolled once");
        Page again = student.get("course/piano-technique/");
        assertTrue(again.contains("Continue the course"));
        assertFalse(again.contains("Enroll now"));
        assertEquals(404, student.post("students/enroll-course/", Map.of("course", "999999", "csrf", token)).status());
        assertEquals(404, student.post("students/enroll-course/", Map.of("course", "x'--", "csrf", token)).status());
    }

    @Test
    void onlyEnrolledStudentsTheOwnerAndAdministratorsMayStudyACourse() throws Exception {
        String large = String.valueOf(largeCourseOwnedByClaraWithSamEnrolled());
        WebClient visitor = new WebClient(base.toURI());
        Page anonymous = visitor.get("students/course/" + large + "/");
        assertEquals(302, anonymous.status());
        assertTrue(anonymous.location().contains("/accounts/login/?next=%2Fstudents%2Fcourse%2F" + large));

        WebClient stranger = new WebClient(base.toURI());
        stranger.signIn("ada", DemoData.INSTRUCTOR_PASSWORD);
        Page refused = stranger.get("students/course/" + large + "/");
        assertEquals(404, refused.status());
        assertFalse(refused.contains("large"), "not even the title is given away");
        Page card = visitor.get("course/subject/music/");
        assertTrue(card.contains(">A &lt;b&gt;large&lt;/b&gt; course</a>"), "the catalog card escapes the title");
        assertFalse(card.contains("<b>large</b>"));

        for (String[] account : new String[][] {{"sam", DemoData.STUDENT_PASSWORD},
            {"clara", DemoData.SECOND_INSTRUCTOR_PASSWORD}, {"admin", DemoData.ADMIN_PASSWORD}}) {
            WebClient allowed = new WebClient(base.toURI());
            allowed.signIn(account[0], account[1]);
            Page page = allowed.get("students/course/" + large + "/");
            assertEquals(200, page.status(), account[0]);
            assertTrue(page.contains("Module 40"), account[0]);
        }

        WebClient sam = new WebClient(base.toURI());
        sam.signIn("sam", DemoData.STUDENT_PASSWORD);
        Page course = sam.get("students/course/" + large + "/");
        assertTrue(course.contains("&lt;img src=x onerror=alert(1)&gt;"), "text is escaped");
        assertFalse(course.contains("<img src=x"));
        String otherCoursesModule = field(sam.get("students/course/" + demoCourseOfSam(sam) + "/").body(),
                "/students/course/\\d+/(\\d+)/");
        assertEquals(404, sam.get("students/course/" + large + "/" + otherCoursesModule + "/").status());
        assertEquals(404, sam.get("students/course/" + large + "/99999999999/").status());
        assertEquals(404, sam.get("students/course/99999999999999999999/").status());
        assertEquals(404, sam.get("students/course/abc/").status());
    }

    @Test
    @RunAsClient
    void mediaGoesOnlyToThoseWhoMayStudyTheCourse() throws Exception {
        WebClient sam = new WebClient(base.toURI());
        sam.signIn("sam", DemoData.STUDENT_PASSWORD);
        String course = demoCourseOfSam(sam);
        String image = null;
        for (int module = 0; module < 3 && image == null; module++) {
            Page page = sam.get("students/course/" + course + "/" + moduleIds(sam, course)[module] + "/");
            Matcher matcher = Pattern.compile("/media/([0-9a-f]{32}\\.(png|txt))").matcher(page.body());
            image = matcher.find() ? matcher.group(1) : null;
        }
        assertTrue(image != null, "a demo course of sam's holds a stored file");
        Page file = sam.get("media/" + image);
        assertEquals(200, file.status());
        assertEquals("nosniff", file.header("x-content-type-options"));
        assertTrue(file.header("content-disposition").contains("filename*=UTF-8''"));

        assertEquals(404, new WebClient(base.toURI()).get("media/" + image).status(), "visitors get nothing");
        WebClient stranger = new WebClient(base.toURI());
        stranger.signIn("clara", DemoData.SECOND_INSTRUCTOR_PASSWORD);
        assertEquals(404, stranger.get("media/" + image).status(), "nor do people not in the course");
        assertEquals(404, sam.get("media/..%2F..%2Fetc%2Fpasswd").status());
        assertEquals(404, sam.get("media/" + "0".repeat(32) + ".png").status());
    }

    @Test
    void studentPagesRunTheSameNumberOfStatementsWhateverTheirSize() throws Exception {
        String large = String.valueOf(largeCourseOwnedByClaraWithSamEnrolled());
        WebClient sam = new WebClient(base.toURI());
        sam.signIn("sam", DemoData.STUDENT_PASSWORD);
        String small = demoCourseOfSam(sam);
        long smallPage = statementsOf(sam, "students/course/" + small + "/");
        long largePage = statementsOf(sam, "students/course/" + large + "/");
        assertEquals(smallPage, largePage, "40 modules and 60 contents cost what 3 modules do");
        assertTrue(largePage <= 4, "course page ran " + largePage);
        assertTrue(statementsOf(sam, "students/courses/") <= 4);
        assertTrue(statementsOf(sam, "course/" + LARGE_COURSE + "/") <= 4);
    }

    /** A course of 40 modules, 60 texts in the first, with markup in its title, overview and texts (in Payara). */
    private long largeCourseOwnedByClaraWithSamEnrolled() {
        Fixtures fixtures = new Fixtures(em, tx, users);
        Fixtures.CourseFixture course = fixtures.course(LARGE_COURSE).ownedBy(DemoData.SECOND_INSTRUCTOR).in("music")
                .titled("A <b>large</b> course").overview("<script>alert('overview')</script>\nSecond line");
        for (int m = 0; m < LARGE_MODULES; m++) {
            course.module("Module title " + m);
        }
        for (int c = 0; c < LARGE_CONTENTS; c++) {
            course.text("Text " + c, "<img src=x onerror=alert(1)>\nline " + c);
        }
        long id = course.make();
        fixtures.enroll(DemoData.STUDENT, LARGE_COURSE);
        return id;
    }

    private static long statementsOf(WebClient client, String path) {
        client.get(path);
        long before = client.statements();
        assertEquals(200, client.get(path).status(), path);
        return client.statements() - before;
    }

    private static Page register(WebClient visitor, Page form, String username, String password, String confirmation) {
        return visitor.submit(form, "students/register/", "register", Map.of("username", username,
                "email", java.util.UUID.randomUUID() + "@example.org", "password", password, "confirmation", confirmation),
                "submit");
    }

    private static Page signInWithNext(WebClient client, String next) {
        String path = "accounts/login/?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8);
        Page form = client.get(path);
        return client.submit(form, path, "login", Map.of("username", "sam", "password", DemoData.STUDENT_PASSWORD),
                "submit");
    }

    /** Linear Algebra Foundations, Ada's course that the demo data enrolled Sam in. */
    private static String demoCourseOfSam(WebClient sam) {
        return field(sam.get("course/linear-algebra-foundations/").body(), "data-course=\"(\\d+)\"");
    }

    private static String[] moduleIds(WebClient client, String course) {
        Matcher matcher = Pattern.compile("/students/course/" + course + "/(\\d+)/").matcher(
                client.get("students/course/" + course + "/").body());
        java.util.List<String> ids = new java.util.ArrayList<>();
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids.toArray(String[]::new);
    }

    private static String field(String body, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No match for " + regex);
        }
        for (int group = 1; group <= matcher.groupCount(); group++) {
            if (matcher.group(group) != null) {
                return matcher.group(group);
            }
        }
        return matcher.group();
    }

    private static int count(String body, String text) {
        return body.split(Pattern.quote(text), -1).length - 1;
    }
}
