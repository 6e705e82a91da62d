package org.educa.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.educa.config.startup.DemoData;
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

/**
 * The admin screens over HTTP: who may open them, and what an administrator's actions change. The table buttons are
 * PrimeFaces AJAX buttons; a plain postback naming the button runs the same action, so these tests submit the forms
 * the way a browser without JavaScript would.
 */
@ExtendWith(ArquillianExtension.class)
class AdminIT {

    private static final String[] ADMIN_PAGES = {"admin/", "admin/subjects/", "admin/users/", "admin/courses/",
        "admin/cache/"};
    private static final Pattern SLUGS = Pattern.compile("<code>([a-z0-9-]+)</code>");
    private static final Pattern GROWL = Pattern.compile("summary:\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.educa();
    }

    /** The application's URL as Payara reports it; see {@link Deployments#onLoopback}. */
    @ArquillianResource
    URL deployed;

    URL base;

    @BeforeEach
    void onLoopback() throws java.net.MalformedURLException {
        base = Deployments.onLoopback(deployed).toURL();
    }

    @Test
    void visitorsAreSentToSignIn() throws Exception {
        WebClient visitor = new WebClient(base.toURI());
        for (String path : ADMIN_PAGES) {
            Page page = visitor.get(path);
            assertEquals(302, page.status(), path);
            assertTrue(page.location().contains("/accounts/login/?next=" + URLEncoder.encode("/" + path,
                    StandardCharsets.UTF_8)), page.location());
        }
    }

    @Test
    void studentsAndInstructorsAreRefusedEveryAdminPage() throws Exception {
        for (WebClient user : List.of(signIn(DemoData.STUDENT, DemoData.STUDENT_PASSWORD),
                signIn(DemoData.INSTRUCTOR, DemoData.INSTRUCTOR_PASSWORD))) {
            for (String path : ADMIN_PAGES) {
                Page page = user.get(path);
                assertEquals(403, page.status(), path);
                assertTrue(page.contains("Access denied"), path);
            }
            assertFalse(user.get("").contains("/admin/\">Admin</a>"), "no admin link in the menu");
        }
    }

    @Test
    void administratorSeesEveryAdminPage() throws Exception {
        WebClient admin = admin();
        Page dashboard = admin.get("admin/");
        assertEquals(200, dashboard.status());
        assertTrue(dashboard.body().matches("(?s).*id=\"count-courses\">\\d+<.*"), "course count shown");
        for (String link : new String[] {"/admin/subjects/", "/admin/users/", "/admin/courses/", "/admin/cache/"}) {
            assertTrue(dashboard.contains(link + "\""), link);
        }
        assertTrue(admin.get("admin/subjects/").contains("<code>mathematics</code>"));
        Page users = admin.get("admin/users/");
        assertTrue(users.contains("class=\"username\">sam<"), "users listed");
        assertTrue(users.contains("Showing 1"), "paginated table");
        Page courses = admin.get("admin/courses/");
        assertTrue(courses.contains("/course/python-for-beginners/\">Python for Beginners</a>"));
        assertTrue(courses.contains("Clara Schumann"));
        assertTrue(courses.body().matches("(?s).*/course/" + DemoData.DRAFT + "/\">Statistics in Practice</a>(?:(?!</tr>).)*"
                + "class=\"state-badge state-draft\">Draft<.*"), "drafts are listed, and say so");
        assertTrue(courses.body().matches("(?s).*Python for Beginners</a>(?:(?!</tr>).)*class=\"state-badge state-published\">"
                + "Published<.*"));
        Page cache = admin.get("admin/cache/");
        assertTrue(cache.contains("Cluster members") && cache.contains("this member"), "the cache monitor");
    }

    @Test
    void newSubjectsGetASlugFromTheirTitleAndDuplicatesAUniqueOne() throws Exception {
        WebClient admin = admin();
        Page first = createSubject(admin, "Ancient Grëek Poetry");
        assertTrue(growl(first).contains("created with the slug ancient-greek-poetry"), growl(first));
        Page second = createSubject(admin, "Ancient Grëek Poetry");
        assertTrue(growl(second).contains("created with the slug ancient-greek-poetry-2"), growl(second));
        assertTrue(slugs(second).containsAll(List.of("ancient-greek-poetry", "ancient-greek-poetry-2")));
        assertEquals(200, admin.get("course/subject/ancient-greek-poetry-2/").status(), "in the catalog");
    }

    @Test
    void blankTitlesAreRefusedAndCreateNothing() throws Exception {
        WebClient admin = admin();
        int before = slugs(admin.get("admin/subjects/")).size();
        Page page = createSubject(admin, "   ");
        assertEquals(200, page.status());
        assertTrue(growl(page).contains("Please enter a title"), growl(page));
        assertEquals(before, slugs(page).size());
    }

    @Test
    void subjectsInUseCannotBeDeletedButUnusedOnesCan() throws Exception {
        WebClient admin = admin();
        Page refused = deleteSubject(admin, "mathematics");
        // three published demo courses and ada's draft: a draft uses its subject too
        assertTrue(growl(refused).contains("cannot be deleted: 4 courses use it"), growl(refused));
        assertTrue(slugs(refused).contains("mathematics"));

        createSubject(admin, "Short-lived Topic");
        Page deleted = deleteSubject(admin, "short-lived-topic");
        assertTrue(growl(deleted).contains("deleted"), growl(deleted));
        assertFalse(slugs(deleted).contains("short-lived-topic"));
        assertEquals(404, admin.get("course/subject/short-lived-topic/").status());
    }

    @Test
    void markupInTitlesIsShownAsText() throws Exception {
        WebClient admin = admin();
        Page page = createSubject(admin, "<script>alert('x')</script> Hacking");
        assertFalse(page.contains("<script>alert('x')</script>"), "escaped in the admin list");
        assertTrue(page.contains("&lt;script&gt;alert("), "shown as text");
        Page catalog = admin.get("");
        assertFalse(catalog.contains("<script>alert('x')</script>"), "escaped in the catalog");
    }

    @Test
    void rolesGrantedAndRevokedApplyAtOnceToSessionsAlreadySignedIn() throws Exception {
        WebClient admin = admin();
        WebClient sam = signIn(DemoData.STUDENT, DemoData.STUDENT_PASSWORD);
        assertEquals(403, sam.get("course/mine/").status());
        try {
            Page granted = userAction(admin, DemoData.STUDENT, "grantInstructor");
            assertTrue(growl(granted).contains("Sam Student (sam) is now an instructor."), growl(granted));
            assertTrue(granted.contains("role-tag role-instructor"));

            Page mine = sam.get("course/mine/");
            assertEquals(200, mine.status(), "the session signed in before is an instructor's now");
            assertTrue(mine.contains("<h1>Courses I teach</h1>"), mine.body());
            assertEquals(200, signIn(DemoData.STUDENT, DemoData.STUDENT_PASSWORD).get("course/mine/").status());
        } finally {
            userAction(admin, DemoData.STUDENT, "revokeInstructor");
        }
        assertEquals(403, sam.get("course/mine/").status(), "revoked at once");
        assertEquals(403, signIn(DemoData.STUDENT, DemoData.STUDENT_PASSWORD).get("course/mine/").status());
        assertTrue(sam.get("students/courses/").contains("Signed in as Sam Student"), "still signed in as a student");
    }

    @Test
    void deactivationSignsOutAtOnceAndRefusesSignInUntilReactivated() throws Exception {
        WebClient admin = admin();
        WebClient clara = signIn(DemoData.SECOND_INSTRUCTOR, DemoData.SECOND_INSTRUCTOR_PASSWORD);
        assertEquals(200, clara.get("course/mine/").status());
        try {
            Page deactivated = userAction(admin, DemoData.SECOND_INSTRUCTOR, "deactivate");
            assertTrue(growl(deactivated).contains("can no longer sign in"), growl(deactivated));
            assertTrue(deactivated.contains("Deactivated"));

            Page refused = clara.get("course/mine/");
            assertTrue(refused.isRedirect() && refused.location().contains("/accounts/login/"),
                    "the session signed in before is sent to sign in: " + refused.status());
            assertFalse(clara.get("").contains("Signed in as"), "and is signed out");
            Page failed = attemptSignIn(DemoData.SECOND_INSTRUCTOR, DemoData.SECOND_INSTRUCTOR_PASSWORD);
            assertEquals(200, failed.status());
            assertTrue(failed.contains("Please enter a correct username and password"));
        } finally {
            userAction(admin, DemoData.SECOND_INSTRUCTOR, "reactivate");
        }
        assertTrue(clara.get("course/mine/").isRedirect(), "reactivation does not bring the ended session back");
        assertTrue(attemptSignIn(DemoData.SECOND_INSTRUCTOR, DemoData.SECOND_INSTRUCTOR_PASSWORD).isRedirect());
    }

    @Test
    void administratorsCannotDeactivateThemselvesNorDropTheirOwnAdminRole() throws Exception {
        WebClient admin = admin();
        Page deactivate = userAction(admin, DemoData.ADMIN, "deactivate");
        assertTrue(growl(deactivate).contains("You cannot deactivate your own account."), growl(deactivate));
        Page revoke = userAction(admin, DemoData.ADMIN, "revokeAdmin");
        assertTrue(growl(revoke).contains("You cannot revoke your own ADMIN role."), growl(revoke));
        assertTrue(revoke.contains("role-tag role-admin") && revoke.contains("status-active"), "nothing changed");
        assertEquals(200, admin().get("admin/").status(), "can still sign in and administer");
    }

    @Test
    void searchFindsUsersByNameAnyCaseAndTakesSqlCharactersLiterally() throws Exception {
        WebClient admin = admin();
        Page byName = admin.get("admin/users/?q=" + enc("LOVELACE"));
        assertTrue(byName.contains("class=\"username\">ada<"));
        assertFalse(byName.contains("class=\"username\">sam<"));
        for (String search : new String[] {"'", "%", "_", ";", "' OR '1'='1", "%_;--", "\\", "!"}) {
            Page page = admin.get("admin/users/?q=" + enc(search));
            assertEquals(200, page.status(), search);
            assertTrue(page.contains("No user matches this search."), search);
            assertFalse(page.contains("Something went wrong") || page.contains("SQLException")
                    || page.contains("\tat org."), search);
        }
    }

    private WebClient admin() throws Exception {
        return signIn(DemoData.ADMIN, DemoData.ADMIN_PASSWORD);
    }

    private WebClient signIn(String username, String password) throws Exception {
        WebClient client = new WebClient(base.toURI());
        assertTrue(client.signIn(username, password).isRedirect(), username + " signed in");
        return client;
    }

    private Page attemptSignIn(String username, String password) throws Exception {
        return new WebClient(base.toURI()).signIn(username, password);
    }

    private static Page createSubject(WebClient admin, String title) {
        Page page = admin.get("admin/subjects/");
        return admin.submit(page, "admin/subjects/", "subjects", Map.of("title", title), "create");
    }

    private static Page deleteSubject(WebClient admin, String slug) {
        Page page = admin.get("admin/subjects/");
        int row = slugs(page).indexOf(slug);
        assertTrue(row >= 0, slug + " listed");
        return admin.submit(page, "admin/subjects/", "subjects", Map.of(), "table:" + row + ":delete");
    }

    /** Presses a button in the row of the one user the search for their username finds. */
    private static Page userAction(WebClient admin, String username, String button) {
        String path = "admin/users/?q=" + enc(username);
        Page page = admin.get(path);
        assertTrue(page.contains("id=\"users:table:0:" + button + "\""), button + " offered for " + username);
        assertFalse(page.contains("users:table:1:"), "one user found for " + username);
        return admin.submit(page, path, "users", Map.of("search", username), "table:0:" + button);
    }

    private static List<String> slugs(Page page) {
        List<String> slugs = new ArrayList<>();
        Matcher matcher = SLUGS.matcher(page.body());
        while (matcher.find()) {
            slugs.add(matcher.group(1));
        }
        return slugs;
    }

    /** The growl's messages, as text. */
    private static String growl(Page page) {
        StringBuilder text = new StringBuilder();
        Matcher matcher = GROWL.matcher(page.body());
        while (matcher.find()) {
            text.append(matcher.group(1).replace("\\-", "-").replace("\\/", "/")).append('\n');
        }
        return text.toString();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
