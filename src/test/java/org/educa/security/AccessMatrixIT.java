package org.educa.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.educa.config.startup.DemoData;
import org.educa.model.Role;
import org.educa.testing.Deployments;
import org.educa.testing.RawHttp;
import org.educa.testing.Spellings;
import org.educa.testing.Spellings.Spelling;
import org.educa.testing.Spellings.Target;
import org.educa.testing.TestImages;
import org.educa.testing.WebClient;
import org.educa.testing.WebClient.Page;
import org.educa.view.Access;
import org.educa.view.Route;
import org.educa.view.Routes;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every route of {@link Routes} (read from the table, so a new page is covered without a new test), and every servlet,
 * requested by a visitor, a student, an instructor and an administrator, by GET and by POST, in every spelling of
 * {@link Spellings}: only the roles a route allows ever get its page, every other spelling is refused for everyone,
 * and nothing answers 500. Then the smaller roads: session ids in URLs, ids in bodies, view states posted to other
 * URLs, tokens in query strings, other HTTP methods.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    private static final Set<Integer> REFUSED = Set.of(400, 403, 404, 405);
    private static final Pattern OVERVIEW_LINK =
            Pattern.compile("href=\"[^\"]*?/course/(?!mine/|create/)([a-z0-9][a-z0-9-]*)/\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.educa();
    }

    @ArquillianResource
    URL url;

    /** A person the matrix plays, with the session their sign-in made (none for the visitor). */
    private record Caller(String name, Set<Role> roles, WebClient client, String sessionId) {

        boolean signedIn() {
            return sessionId != null;
        }

        String cookie() {
            return client.cookieHeader();
        }
    }

    @Test
    void everyRouteInEverySpellingOpensOnlyForTheRolesItAllows() {
        WebClient ada = signedIn(DemoData.INSTRUCTOR, DemoData.INSTRUCTOR_PASSWORD);
        WebClient sam = signedIn(DemoData.STUDENT, DemoData.STUDENT_PASSWORD);
        Map<String, String> values = samples(ada, sam);
        List<Caller> callers = List.of(
                new Caller("visitor", Set.of(), new WebClient(base()), null),
                caller("student", EnumSet.of(Role.STUDENT), sam),
                caller("instructor", EnumSet.of(Role.STUDENT, Role.INSTRUCTOR), ada),
                caller("administrator", EnumSet.allOf(Role.class),
                        signedIn(DemoData.ADMIN, DemoData.ADMIN_PASSWORD)));
        RawHttp http = new RawHttp(base());
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (Route route : Routes.ALL) {
            String path = route.path(values);
            for (Caller caller : callers) {
                boolean allowed = route.access().allows(caller.signedIn(), caller.roles()::contains);
                Target target = new Target(path, route.view(), caller.sessionId());
                for (String method : List.of("GET", "POST")) {
                    RawHttp.Response plain = http.send(method, path, caller.cookie(), body(method));
                    requests++;
                    checkPlain(wrong, method + " " + path + " as " + caller.name(), plain, allowed,
                            caller.signedIn(), "GET".equals(method) && showsAPage(route, caller));
                    requests += checkSpellings(wrong, http, method, target, caller);
                }
            }
        }
        String draft = firstGroup(Pattern.compile("state-draft.*?/course/(\\d+)/edit/", Pattern.DOTALL),
                ada.get("course/mine/").body());
        String cover = uploadCover(ada, draft);
        try {
            requests += servlets(wrong, http, values.get("media"), cover, callers);
        } finally {
            String path = "course/image/" + draft + "/";
            assertEquals(302, ada.uploadWithForm(path, ada.get(path), "cover", "remove", "file", "", new byte[0])
                    .status(), "cover removed");
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + requests + " requests were answered wrongly:\n"
                + String.join("\n", wrong));
        assertEquals(403, sam.get("admin/").status(), "the student is no administrator after it all");
        assertEquals(403, sam.get("course/mine/").status(), "nor an instructor");
    }

    /**
     * Whether a GET of the route shows the caller a page when they may open it: not for the actions that are POSTs only
     * (enrolling, marking modules done: 405 or a redirect), and leaving a course only for the student enrolled in it
     * (the sample course's instructor and the administrator have nothing to leave: 404).
     */
    private static boolean showsAPage(Route route, Caller caller) {
        return switch (route.name()) {
            case "students.enroll", "students.progress", "students.finish" -> false;
            case "students.leave" -> caller.name().equals("student");
            // the sample {id} is a course's, no user's: nothing to delete there, 404 for the administrator too
            case "admin.user.delete" -> false;
            default -> true;
        };
    }

    /** A page by its own path: the allowed get it, the others are sent to sign in (visitors) or refused (403). */
    private static void checkPlain(List<String> wrong, String request, RawHttp.Response response, boolean allowed,
            boolean signedIn, boolean mustShowPage) {
        boolean toSignIn = response.status() / 100 == 3 && response.header("location").contains("/accounts/login/");
        if (response.status() >= 500) {
            wrong.add(request + ": " + response.status());
        } else if (!allowed && !(signedIn ? response.status() == 403 : toSignIn)) {
            wrong.add(request + ": not allowed, but answered " + response.status() + " " + response.header("location"));
        } else if (allowed && mustShowPage && !(response.status() == 200 || response.status() / 100 == 3 && !toSignIn)) {
            wrong.add(request + ": allowed, but answered " + response.status() + " " + response.header("location"));
        }
    }

    private int checkSpellings(List<String> wrong, RawHttp http, String method, Target target, Caller caller) {
        URI base = base();
        int requests = 0;
        for (Spelling spelling : Spellings.OTHERS) {
            for (String spelled : spelling.of(target).stream().toList()) {
                String cookie = spelling.sendsCookie() ? caller.cookie() : null;
                RawHttp.Response response = http.send(method, spelled, cookie, body(method));
                requests++;
                if (response.status() == 301) {
                    // Payara itself redirects a path parameter on a folder of the WAR (/admin;x/cache/ to /admin/),
                    // before any filter runs: what counts is where that leads
                    String location = URI.create(response.header("location")).getRawPath()
                            .substring(base.getRawPath().length() - 1);
                    response = http.send("GET", location, cookie, null);
                    requests++;
                    if (answersAsItsRoute(location, response, cookie != null ? caller : null)) {
                        continue;
                    }
                }
                if (grizzlyFailedToNormalise(response)) {
                    continue;
                }
                if (!REFUSED.contains(response.status()) || response.body().contains("jakarta.faces.ViewState")) {
                    wrong.add(method + " " + spelled + " (" + spelling.name() + ") as " + caller.name() + ": "
                            + response.status() + " " + response.header("location"));
                }
            }
        }
        return requests;
    }

    /**
     * Whether {@code response} is what the route of {@code path} answers {@code caller} (null: a visitor): its page
     * if they may open it, otherwise sign-in for a visitor and 403 for the signed-in.
     */
    private static boolean answersAsItsRoute(String path, RawHttp.Response response, Caller caller) {
        boolean signedIn = caller != null && caller.signedIn();
        return Routes.ALL.stream().filter(route -> route.pattern().matcher(path).matches()).findFirst()
                .map(route -> route.access().allows(signedIn, role -> signedIn && caller.roles().contains(role))
                        ? response.status() == 200
                        : signedIn ? response.status() == 403
                                : response.status() == 302 && response.header("location").contains("/accounts/login/"))
                .orElse(false);
    }

    /**
     * Payara's HTTP layer (Grizzly) now and then fails inside its URI normalisation on a path ending in {@code /.}
     * ({@code ArrayIndexOutOfBoundsException} in {@code HttpRequestURIDecoder.normalizeBytes}) and answers an empty 200
     * of its own before any filter runs: nothing of Educa answered (no security headers), nothing was served.
     */
    private static boolean grizzlyFailedToNormalise(RawHttp.Response response) {
        return response.status() == 200 && response.body().isEmpty()
                && response.header("x-content-type-options").isEmpty();
    }

    /**
     * The servlets: media for those who may study its course, a draft's cover for its instructor and administrators
     * only, the public probes and diagnostics (on in the tests) for all.
     */
    private int servlets(List<String> wrong, RawHttp http, String media, String cover, List<Caller> callers) {
        int requests = 0;
        for (Caller caller : callers) {
            for (String path : List.of(media, cover, "/ready", "/health/ready", "/health/live", "/diagnostics/sql")) {
                RawHttp.Response plain = http.send("GET", path, caller.cookie(), null);
                requests++;
                boolean seesDraft = caller.name().equals("instructor") || caller.name().equals("administrator");
                int expected = path.equals(media) && !caller.signedIn() || path.equals(cover) && !seesDraft ? 404 : 200;
                if (plain.status() != expected) {
                    wrong.add("GET " + path + " as " + caller.name() + ": " + plain.status() + ", not " + expected);
                }
                for (String method : List.of("GET", "POST")) {
                    requests += checkSpellings(wrong, http, method, new Target(path, null, caller.sessionId()), caller);
                }
            }
        }
        return requests;
    }

    @Test
    void aSessionIdInTheUrlIsIgnoredAndNeverMakesAChange() {
        WebClient sam = signedIn(DemoData.STUDENT, DemoData.STUDENT_PASSWORD);
        String sessionId = sam.sessionId().orElseThrow();
        Map.Entry<String, String> course = notEnrolledCourse(sam);
        String csrf = sam.get("course/" + course.getValue() + "/").csrf();
        RawHttp http = new RawHttp(base());

        RawHttp.Response courses = http.send("GET", "/students/courses/;jsessionid=" + sessionId, null, null);
        assertTrue(REFUSED.contains(courses.status()), "refused: " + courses.status());
        assertFalse(courses.body().contains("/accounts/logout/"), "not signed in: no sign-out button");
        RawHttp.Response enroll = http.send("POST", "/students/enroll-course/;jsessionid=" + sessionId, null,
                "csrf=" + csrf + "&course=" + course.getKey());
        assertTrue(REFUSED.contains(enroll.status()), "refused: " + enroll.status());
        assertFalse(sam.get("students/courses/").contains("/students/course/" + course.getKey() + "/"),
                "no enrollment was made");
    }

    @Test
    void idsComeFromThePathOnly() {
        WebClient ada = signedIn(DemoData.INSTRUCTOR, DemoData.INSTRUCTOR_PASSWORD);
        long own = firstNumber(Pattern.compile("/course/(\\d+)/edit/"), ada.get("course/mine/").body());
        String ownTitle = titleInForm(ada.get("course/" + own + "/edit/"));
        Page form = ada.get("course/create/");
        String subject = firstGroup(Pattern.compile("<option value=\"(\\d+)\""), form.body());
        Map<String, String> fields = formFields(form, "course", Map.of("subject_input", subject,
                "title", "A new course, not an edit", "slug", "not-an-edit", "overview", "x"), "save");
        fields.put("id", String.valueOf(own));

        Page created = ada.post("course/create/", fields);

        assertEquals(302, created.status(), created.body());
        assertEquals(ownTitle, titleInForm(ada.get("course/" + own + "/edit/")), "the own course is unchanged");
        assertTrue(ada.get("course/mine/").contains("A new course, not an edit"), "a new course was created");
    }

    @Test
    void aViewStatePostedToAnotherItemsUrlSavesNothing() {
        WebClient ada = signedIn(DemoData.INSTRUCTOR, DemoData.INSTRUCTOR_PASSWORD);
        long course = firstNumber(Pattern.compile("/course/(\\d+)/edit/"), ada.get("course/mine/").body());
        List<String> editors = new ArrayList<>();
        Matcher module = Pattern.compile("/course/module/(\\d+)/\"").matcher(ada.get("course/" + course + "/module/").body()
                + ada.get("course/mine/").body());
        while (module.find() && editors.size() < 2) {
            Matcher text = Pattern.compile("/course/module/\\d+/content/text/\\d+/")
                    .matcher(ada.get("course/module/" + module.group(1) + "/").body());
            if (text.find() && !editors.contains(text.group())) {
                editors.add(text.group());
            }
        }
        assertEquals(2, editors.size(), "two text items of two modules");
        String first = editors.get(0).substring(1);
        String second = editors.get(1).substring(1);
        String secondTitle = titleInForm(ada.get(second));
        Page firstForm = ada.get(first);
        String firstTitle = titleInForm(firstForm);

        Page posted = ada.post(second, formFields(firstForm, "content",
                Map.of("title", "Saved to the wrong item", "body", "nothing"), "save"));

        assertEquals(400, posted.status());
        assertEquals(secondTitle, titleInForm(ada.get(second)), "the item of the URL is unchanged");
        assertEquals(firstTitle, titleInForm(ada.get(first)), "the item of the view is unchanged");
    }

    @Test
    void theEnrollTokenCountsOnlyInTheBodyAndPagesTakeOnlyGetHeadAndPost() {
        WebClient sam = signedIn(DemoData.STUDENT, DemoData.STUDENT_PASSWORD);
        Map.Entry<String, String> course = notEnrolledCourse(sam);
        String csrf = sam.get("course/" + course.getValue() + "/").csrf();

        Page inQuery = sam.post("students/enroll-course/?csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8),
                Map.of("course", course.getKey()));

        assertEquals(403, inQuery.status());
        assertFalse(sam.get("students/courses/").contains("/students/course/" + course.getKey() + "/"));

        WebClient ada = signedIn(DemoData.INSTRUCTOR, DemoData.INSTRUCTOR_PASSWORD);
        long own = firstNumber(Pattern.compile("/course/(\\d+)/edit/"), ada.get("course/mine/").body());
        Page edit = ada.get("course/" + own + "/edit/");
        String title = titleInForm(edit);
        String query = formFields(edit, "course", Map.of("title", "Changed by PUT"), "save").entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE")) {
            RawHttp.Response response = new RawHttp(base()).send(method, "/course/" + own + "/edit/?" + query,
                    ada.cookieHeader(), null);
            assertTrue(REFUSED.contains(response.status()), method + ": " + response.status());
        }
        assertEquals(title, titleInForm(ada.get("course/" + own + "/edit/")), "nothing changed");
    }

    // --- helpers

    private URI base() {
        return Deployments.onLoopback(url);
    }

    private WebClient signedIn(String username, String password) {
        WebClient client = new WebClient(base());
        assertEquals(302, client.signIn(username, password).status(), "signed in as " + username);
        return client;
    }

    private static Caller caller(String name, Set<Role> roles, WebClient client) {
        return new Caller(name, roles, client, client.sessionId().orElseThrow());
    }

    private static String body(String method) {
        return "POST".equals(method) ? "x=1" : null;
    }

    /**
     * Real values for every placeholder: the instructor's first published course (which the student is enrolled in for
     * the test), one of its modules with a content item, a subject, and a stored image of that course.
     */
    private Map<String, String> samples(WebClient ada, WebClient sam) {
        Map<String, String> values = new LinkedHashMap<>();
        String mine = ada.get("course/mine/").body();
        // a published one, which the student can enroll in (her newest may be a draft: the demo's, or one a test made)
        String course = firstGroup(Pattern.compile("state-published.*?/course/(\\d+)/edit/", Pattern.DOTALL), mine);
        values.put("id", course);
        String overview = firstGroup(Pattern.compile("name=\"course:slug\"[^>]*value=\"([^\"]*)\""),
                ada.get("course/" + course + "/edit/").body());
        values.put("slug", overview);
        values.put("subject", firstGroup(Pattern.compile("/course/subject/([a-z0-9-]+)/"),
                new WebClient(base()).get("").body()));
        Page enrollPage = sam.get("course/" + overview + "/");
        if (enrollPage.contains("name=\"csrf\"")) {
            assertEquals(302, sam.post("students/enroll-course/",
                    Map.of("csrf", enrollPage.csrf(), "course", course)).status(), "the student enrolls");
        }
        Matcher modules = Pattern.compile("/students/course/" + course + "/(\\d+)/")
                .matcher(sam.get("students/course/" + course + "/").body());
        while (modules.find() && !values.containsKey("media")) {
            String module = modules.group(1);
            Matcher item = Pattern.compile("/course/module/" + module + "/content/([a-z]+)/(\\d+)/")
                    .matcher(ada.get("course/module/" + module + "/").body());
            if (item.find() && !values.containsKey("module")) {
                values.put("module", module);
                values.put("kind", item.group(1));
                values.put("item", item.group(2));
            }
            Matcher media = Pattern.compile("\"[^\"]*?(/media/[^\"?]+)\"")
                    .matcher(sam.get("students/course/" + course + "/" + module + "/").body());
            if (media.find()) {
                values.put("media", media.group(1));
            }
        }
        values.put("token", "A".repeat(43)); // a mailed link's token that no link has: the page says so, to anyone
        assertEquals(Set.of("id", "slug", "subject", "module", "kind", "item", "media", "token"), values.keySet(),
                values.toString());
        return values;
    }

    /** The instructor gives her draft a cover (public nowhere while it is a draft): its path. */
    private static String uploadCover(WebClient instructor, String course) {
        String path = "course/image/" + course + "/";
        assertEquals(302, instructor.uploadWithForm(path, instructor.get(path), "cover", "upload", "file", "cover.png",
                TestImages.png(0x0E7490)).status(), "the draft's cover uploaded");
        return firstGroup(Pattern.compile("\"[^\"]*?(/media/covers/[^\"?]+)\""), instructor.get(path).body());
    }

    /** A course the student is not enrolled in: its id and slug. */
    private Map.Entry<String, String> notEnrolledCourse(WebClient student) {
        Matcher slugs = OVERVIEW_LINK.matcher(student.get("").body());
        while (slugs.find()) {
            Page overview = student.get("course/" + slugs.group(1) + "/");
            Matcher id = Pattern.compile("name=\"course\" value=\"(\\d+)\"").matcher(overview.body());
            if (overview.contains("name=\"csrf\"") && id.find()) {
                return Map.entry(id.group(1), slugs.group(1));
            }
        }
        throw new AssertionError("no course to enroll in");
    }

    private static Map<String, String> formFields(Page page, String form, Map<String, String> values, String button) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(form, form);
        Matcher input = Pattern.compile("name=\"(" + form + ":[\\w:]+)\"[^>]*?value=\"([^\"]*)\"").matcher(page.body());
        while (input.find()) {
            fields.put(input.group(1), input.group(2));
        }
        values.forEach((name, value) -> fields.put(form + ":" + name, value));
        fields.put(form + ":" + button, "");
        fields.put("jakarta.faces.ViewState", page.viewState().orElseThrow());
        return fields;
    }

    private static String titleInForm(Page page) {
        return firstGroup(Pattern.compile("name=\"(?:course|content):title\"[^>]*value=\"([^\"]*)\""), page.body());
    }

    private static long firstNumber(Pattern pattern, String text) {
        return Long.parseLong(firstGroup(pattern, text));
    }

    private static String firstGroup(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("No " + pattern + " in:\n" + text);
        }
        return matcher.group(1);
    }
}
