package org.educa.security;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.educa.config.startup.DemoData;
import org.educa.testing.Deployments;
import org.educa.testing.RawHttp;
import org.educa.testing.TestImages;
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
 * What a client sees of Educa's hardening (docs/security.md): requests refused as the client's fault answer 400 or
 * 413 with their page and cost the server's log at most a line, never a stack trace (the log is counted by
 * {@code GET /diagnostics/log}, on in the tests); redirects never take their host from the {@code Host} header;
 * pages of a session are private to caches; the session cookie has one {@code SameSite=Lax}, although this Payara
 * runs without server-config/'s pre-boot commands; binary types carry no charset; images must decode.
 */
@ExtendWith(ArquillianExtension.class)
class HardeningIT {

    private static final Pattern MODULE_LINK = Pattern.compile("href=\"[^\"]*/course/module/(\\d+)/\"");
    private static final Pattern LOG_COUNTS = Pattern.compile("warnings=(\\d+) traces=(\\d+)");
    private static final String EXPIRED = "data-error=\"expired\"";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.educa();
    }

    @ArquillianResource
    URL base;

    // --- 6. errors that cost an attacker more than us ---

    /** Before each test, as the log counts of some of them would otherwise include it. */
    @BeforeEach
    void warmUp() {
        // Payara logs a warning with a trace once, the first time an error page is shown; not what is measured here
        assertEquals(404, client().get("nowhere/at/all/").status());
        signIn(DemoData.INSTRUCTOR, DemoData.INSTRUCTOR_PASSWORD);
        assertTrue(LOG_COUNTS.matcher(client().get("diagnostics/log").body()).find(), "the log is counted");
    }

    @Test
    void thePolicyLetsTheUploadPreviewDrawBlobImagesAndNothingElse() {
        String policy = client().get("accounts/login/").header("content-security-policy");
        List<String> images = Arrays.stream(policy.split(";")).map(String::trim)
                .filter(directive -> directive.startsWith("img-src ")).toList();
        assertEquals(List.of("img-src 'self' blob:"), images,
                "images from this site and the upload preview's blob: addresses, no data: or foreign images: " + policy);
        assertTrue(policy.contains("object-src 'none'") && policy.contains("frame-ancestors 'none'"), policy);
    }

    @Test
    void aMadeUpOrForeignViewStateGetsTheExpiredPageAndNoStackTrace() {
        Log before = log();
        WebClient visitor = client();
        Page form = visitor.get("accounts/login/");
        WebClient other = client();
        String foreign = other.get("accounts/login/").viewState().orElseThrow();
        List<String> states = List.of("1234567890:987654321", "garbage", "stateless", "", foreign);
        for (int round = 0; round < 3; round++) {
            for (String state : states) {
                Map<String, String> fields = new LinkedHashMap<>(Map.of("login", "login", "login:username", "x",
                        "login:password", "y", "login:submit", ""));
                fields.put("jakarta.faces.ViewState", state);
                Page plain = visitor.post("accounts/login/", fields);
                assertEquals(400, plain.status(), "'" + state + "': " + plain.body());
                assertTrue(plain.contains(EXPIRED), plain.body());
                assertFalse(plain.showsStackTrace(), plain.body());
                assertTrue(plain.header("content-security-policy") != null, "the page has its headers");

                fields.remove("login:submit");
                fields.put("jakarta.faces.partial.ajax", "true");
                fields.put("jakarta.faces.source", "login:submit");
                fields.put("jakarta.faces.partial.execute", "@all");
                Page ajax = visitor.ajax("accounts/login/", fields);
                assertEquals(200, ajax.status(), "Faces' JavaScript shows only a 200");
                assertTrue(ajax.contains("<partial-response") && ajax.contains(EXPIRED), ajax.body());
                assertFalse(ajax.showsStackTrace(), ajax.body());
            }
        }
        assertEquals(302, visitor.submit(form, "accounts/login/", "login", Map.of("username", DemoData.STUDENT,
                "password", DemoData.STUDENT_PASSWORD), "submit").status());
        log().assertAtMostLinesSince(before, 1, "30 refused postbacks: one rate-limited line");
    }

    @Test
    void formsOverTheContainersSizeLimitAnswer413() {
        Log before = log();
        WebClient visitor = client();
        visitor.get("accounts/login/");
        byte[] body = ("login=login&login%3Ausername=" + "a".repeat(3 * 1024 * 1024)).getBytes(UTF_8);
        Page refused = visitor.post("accounts/login/", "application/x-www-form-urlencoded", body, Map.of());
        assertEquals(413, refused.status(), refused.body());
        assertTrue(refused.contains("data-error=\"413\""), refused.body());
        assertFalse(refused.showsStackTrace(), refused.body());
        assertEquals("text/html;charset=UTF-8", refused.header("content-type"));
        // Grizzly's own "Post too large" line and Educa's count: no stack trace
        log().assertAtMostLinesSince(before, 2, "a form over the limit");
    }

    @Test
    void malformedReorderAndUploadRequestsAnswer400() {
        Log before = log();
        WebClient ada = signIn(DemoData.INSTRUCTOR, DemoData.INSTRUCTOR_PASSWORD);
        String module = adasModuleWithTwoItems(ada);
        String path = "course/module/" + module + "/";
        Page contents = ada.get(path);
        assertEquals(200, ada.ajax(path, reorder(contents, "0", "1")).status(), "a real reorder works");
        contents = ada.get(path);
        for (String[] move : new String[][] {{"abc", "1"}, {"0", "xyz"}, {"", ""}, {"99", "0"}, {"0", "99"},
            {"-5", "0"}, {"0", "-3"}, {"1e3", "0"}}) {
            Page refused = ada.ajax(path, reorder(contents, move[0], move[1]));
            assertEquals(400, refused.status(), Arrays.toString(move) + ": " + refused.body());
            assertFalse(refused.showsStackTrace(), refused.body());
            assertFalse(refused.contains("data-error=\"500\""), refused.body());
        }
        assertEquals(200, ada.get(path).status(), "the page still works");

        String upload = path + "content/image/create/";
        Page form = ada.get(upload);
        String state = form.viewState().orElseThrow();
        String boundary = "----educa-hardening";
        String type = "multipart/form-data; boundary=" + boundary;
        String truncated = multipart(boundary, state, Map.of("content:upload_totalFilesCount", "1"), false);
        List<String[]> malformed = List.of(
                new String[] {"cut off inside the file", type, truncated},
                new String[] {"no boundary", "multipart/form-data", truncated},
                new String[] {"no file count", type, multipart(boundary, state, Map.of(), true)},
                new String[] {"a file count that is no number", type,
                    multipart(boundary, state, Map.of("content:upload_totalFilesCount", "many"), true)});
        for (String[] bad : malformed) {
            Page refused = ada.post(upload, bad[1], bad[2].getBytes(ISO_8859_1), Map.of("Faces-Request", "partial/ajax"));
            assertEquals(400, refused.status(), bad[0] + ": " + refused.body());
            assertFalse(refused.showsStackTrace(), refused.body());
        }
        Page fine = ada.post(upload, "multipart/form-data; boundary=" + boundary,
                multipart(boundary, state, Map.of("content:upload_totalFilesCount", "1"), true).getBytes(ISO_8859_1),
                Map.of("Faces-Request", "partial/ajax"));
        assertEquals(200, fine.status(), "the well-formed request is answered");
        assertTrue(fine.contains("is not a PNG, JPEG, GIF or WebP image"), fine.body());
        log().assertAtMostLinesSince(before, 2, "malformed postbacks and bodies: one line per kind");
    }

    @Test
    void redirectsNeverTakeTheirHostFromTheHostHeader() throws IOException {
        RawHttp.Response router = raw("GET", "admin/users/", null, null);
        assertEquals(302, router.status());
        assertSitePath(router.header("Location"), "/accounts/login/?next=");

        RawHttp.Response slash = raw("GET", "admin/users", null, null);
        assertEquals(301, slash.status());
        assertSitePath(slash.header("Location"), "/admin/users/");

        WebClient visitor = client();
        Page form = visitor.get("accounts/login/"); // ExternalContext.redirect after signing in
        RawHttp.Response signedIn = raw("POST", "accounts/login/", visitor.cookieHeader(), WebClient.form(Map.of(
                "login", "login",
                "login:username", DemoData.INSTRUCTOR, "login:password", DemoData.INSTRUCTOR_PASSWORD,
                "login:submit", "", "jakarta.faces.ViewState", form.viewState().orElseThrow())));
        assertEquals(302, signedIn.status(), signedIn.headers().toString());
        assertSitePath(signedIn.header("Location"), "/course/mine/");

        WebClient ada = signIn(DemoData.INSTRUCTOR, DemoData.INSTRUCTOR_PASSWORD);
        String text = "course/module/" + adasModule(ada) + "/content/text/create/";
        Page textForm = ada.get(text); // OmniFaces' Faces.redirect after saving
        RawHttp.Response saved = raw("POST", text, ada.cookieHeader(), WebClient.form(Map.of("content", "content",
                "content:title", "Redirected",
                "content:body", "Body", "content:save", "", "jakarta.faces.ViewState",
                textForm.viewState().orElseThrow())));
        assertEquals(302, saved.status(), saved.headers().toString());
        assertSitePath(saved.header("Location"), "/course/module/");
    }

    // --- 7. private pages are private to caches ---

    @Test
    void onlyPagesTheSameForEveryVisitorMayBeKeptByASharedCache() {
        WebClient visitor = client();
        for (String path : List.of("", "", "course/linear-algebra-foundations/", "course/linear-algebra-foundations/")) {
            Page page = visitor.get(path);
            assertEquals(200, page.status(), path);
            assertEquals("public, max-age=60", page.header("cache-control"), path + " (" + page.header("x-educa-cache")
                    + ")");
            assertTrue(page.header("vary").contains("Cookie"), "never the anonymous copy to someone signed in");
        }
        assertEquals("hit", visitor.get("").header("x-educa-cache"), "the replayed page, too");
        assertEquals("private, no-store", visitor.get("accounts/login/").header("cache-control"), "makes a session");
        assertEquals("private, no-store", visitor.get("nowhere/at/all/").header("cache-control"), "error pages");
        assertEquals("private, no-store", visitor.get("").header("cache-control"), "now the visitor has a session");

        WebClient sam = signIn(DemoData.STUDENT, DemoData.STUDENT_PASSWORD);
        for (String path : List.of("", "course/linear-algebra-foundations/", "students/courses/", "students/courses/")) {
            Page page = sam.get(path);
            assertEquals(200, page.status(), path);
            assertEquals("private, no-store", page.header("cache-control"), path + " " + page.header("x-educa-cache"));
        }
        assertEquals("hit", sam.get("students/courses/").header("x-educa-cache"), "replays are private too");

        WebClient ada = signIn(DemoData.INSTRUCTOR, DemoData.INSTRUCTOR_PASSWORD);
        String path = "course/module/" + adasModuleWithTwoItems(ada) + "/";
        Page ajax = ada.ajax(path, reorder(ada.get(path), "1", "0"));
        assertEquals(200, ajax.status());
        assertEquals("private, no-store", ajax.header("cache-control"), "not Mojarra's no-cache for AJAX");

        Matcher stylesheet = Pattern.compile("href=\"[^\"]*/(jakarta\\.faces\\.resource/educa/educa\\.css[^\"]*)\"")
                .matcher(visitor.get("").body());
        assertTrue(stylesheet.find(), "the page links Educa's stylesheet");
        String resource = stylesheet.group(1).replace("&amp;", "&");
        Page css = visitor.get(resource);
        assertEquals(200, css.status(), resource);
        assertTrue(css.header("cache-control") != null && css.header("cache-control").contains("max-age")
                && !css.header("cache-control").contains("no-store"), "Faces resources keep theirs: "
                + css.header("cache-control"));
    }

    // --- 9. SameSite, 10. charset on text only, images decoded ---

    @Test
    void theSessionCookieHasExactlyOneSameSiteLax() throws IOException {
        RawHttp.Response login = raw("GET", "accounts/login/", null, null);
        List<String> sessions = login.all("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertEquals(1, sessions.size(), login.headers().toString());
        assertEquals(1, count(sessions.get(0), "SameSite"), sessions.get(0));
        assertTrue(sessions.get(0).contains("SameSite=Lax") && sessions.get(0).contains("HttpOnly"), sessions.get(0));

        WebClient visitor = client();
        Page signedIn = visitor.signIn(DemoData.STUDENT, DemoData.STUDENT_PASSWORD);
        assertEquals(302, signedIn.status());
        String cookies = signedIn.header("set-cookie");
        assertTrue(cookies.contains("JSESSIONID="), "a new session id at sign-in: " + cookies);
        assertEquals(1, count(cookies, "SameSite=Lax"), cookies);
    }

    @Test
    void binaryTypesHaveNoCharsetAndImagesMustDecode() throws IOException {
        WebClient ada = signIn(DemoData.INSTRUCTOR, DemoData.INSTRUCTOR_PASSWORD);
        String module = adasModule(ada);
        String path = "course/module/" + module + "/content/image/create/";
        Page form = ada.get(path);
        byte[] png = png();
        String cut = ada.uploadToContentForm(path, form, "half.png", Arrays.copyOf(png, png.length / 2)).body();
        assertTrue(cut.contains("is not a PNG, JPEG, GIF or WebP image"), "a PNG cut in half: " + cut);
        assertTrue(ada.uploadToContentForm(path, form, "dot.png", png).contains("Uploaded"));
        assertEquals(302, ada.submit(form, path, "content", Map.of("title", "Charset dot", "alt", "A dot"), "save").status());

        Matcher study = Pattern.compile("/students/course/(\\d+)/" + module + "/")
                .matcher(ada.get("course/module/" + module + "/").body());
        assertTrue(study.find(), "the module's student view");
        Matcher media = Pattern.compile("/media/([0-9a-f]{32}\\.png)").matcher(ada.get(study.group().substring(1))
                .body());
        String name = null;
        while (media.find()) {
            name = media.group(1); // the last one: the image just saved is the module's last item
        }
        assertTrue(name != null, "the image is on the page");
        Page image = ada.get("media/" + name);
        assertEquals(200, image.status());
        assertEquals("image/png", image.header("content-type"), "no charset on a binary type");
        assertEquals("private, max-age=3600", image.header("cache-control"));
        assertEquals("text/html;charset=UTF-8", ada.get("").header("content-type"));
    }

    @Test
    void aMalformedSessionVersionCookieCostsTheLogAtMostALine() {
        Log before = log();
        for (String version : List.of("1:0", "zz:zz", "2:0", "1:0")) {
            WebClient visitor = client();
            visitor.setSessionId("0123456789abcdef");
            visitor.addCookie("JSESSIONIDVERSION", version);
            // Payara parses the cookie before any filter runs (sessions in the data grid, as here) and ends the
            // request with an empty 200 that the application cannot change; what it can keep small is the log
            assertEquals(200, visitor.get("").status(), version);
        }
        assertTrue(client().get("").contains("class=\"course-card\""), "the catalog is served as ever");
        log().assertAtMostLinesSince(before, 1, "malformed JSESSIONIDVERSION cookies");
    }

    // --- helpers ---

    private WebClient client() {
        try {
            return new WebClient(base.toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private WebClient signIn(String username, String password) {
        WebClient client = client();
        assertEquals(302, client.signIn(username, password).status(), username);
        return client;
    }

    /** One of ada's demo modules (the first on her course list). */
    private static String adasModule(WebClient ada) {
        Matcher module = MODULE_LINK.matcher(ada.get("course/mine/").body());
        assertTrue(module.find(), "ada has modules");
        return module.group(1);
    }

    private static String adasModuleWithTwoItems(WebClient ada) {
        String module = adasModule(ada);
        String path = "course/module/" + module + "/";
        for (int i = 0; i < 2 && count(ada.get(path).body(), "class=\"item-title\"") < 2; i++) {
            String text = path + "content/text/create/";
            Page form = ada.get(text);
            assertEquals(302, ada.submit(form, text, "content", Map.of("title", "Item " + i, "body", "Body"), "save")
                    .status());
        }
        return module;
    }

    /** What PrimeFaces sends when a content row is dropped elsewhere, with these indices as they come. */
    private static Map<String, String> reorder(Page page, String from, String to) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("contents", "contents");
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "contents:items");
        fields.put("jakarta.faces.partial.execute", "contents:items");
        fields.put("jakarta.faces.partial.render", "contents growl");
        fields.put("jakarta.faces.behavior.event", "rowReorder");
        fields.put("jakarta.faces.partial.event", "rowReorder");
        fields.put("contents:items_rowreorder", "true");
        fields.put("contents:items_fromIndex", from);
        fields.put("contents:items_toIndex", to);
        fields.put("jakarta.faces.ViewState", page.viewState().orElseThrow());
        return fields;
    }

    /** The content form's upload as PrimeFaces sends it, with extra fields, complete or cut off inside the file. */
    private static String multipart(String boundary, String viewState, Map<String, String> extra, boolean complete) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("content", "content");
        fields.put("jakarta.faces.ViewState", viewState);
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "content:upload");
        fields.put("jakarta.faces.partial.execute", "content:upload");
        fields.put("jakarta.faces.partial.render", "content:messages content:uploadMessage content:file");
        fields.putAll(extra);
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value)
                .append("\r\n"));
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"content:upload\"; ")
                .append("filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\nnot an image");
        return complete ? body.append("\r\n--").append(boundary).append("--\r\n").toString() : body.toString();
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private void assertSitePath(String location, String start) {
        String root = Deployments.onLoopback(base).getPath();
        String expected = root.substring(0, root.length() - 1) + start;
        assertTrue(location != null && location.startsWith(expected), expected + "... expected, not " + location);
        assertFalse(location.contains("evil.example"), location);
    }

    /** A request as any client can send it: with {@code Host: evil.example}. */
    private RawHttp.Response raw(String method, String path, String cookie, String form) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "evil.example");
        if (cookie != null) {
            headers.put("Cookie", cookie);
        }
        return new RawHttp(Deployments.onLoopback(base)).sendWith(method, "/" + path, headers, form);
    }

    /** The server's log records so far: at WARNING or above, and with a stack trace. */
    private Log log() {
        String counts = client().get("diagnostics/log").body();
        Matcher matcher = LOG_COUNTS.matcher(counts);
        assertTrue(matcher.find(), counts);
        return new Log(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)));
    }

    private record Log(long warnings, long traces) {

        void assertAtMostLinesSince(Log before, long lines, String what) {
            assertEquals(before.traces(), traces, what + ": no stack trace in the server's log");
            assertTrue(warnings - before.warnings() <= lines, what + ": " + (warnings - before.warnings())
                    + " warnings logged, at most " + lines + " expected");
        }
    }

    private static byte[] png() {
        return TestImages.png(0x3366CC);
    }
}
