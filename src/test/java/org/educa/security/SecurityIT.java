package org.educa.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.educa.business.account.LoginThrottle;
import org.educa.business.account.RegistrationThrottle;
import org.educa.business.account.UserService;
import org.educa.config.startup.DemoData;
import org.eclipse.microprofile.config.ConfigProvider;
import org.educa.testing.Deployments;
import org.educa.testing.Fixtures;
import org.educa.testing.RawHttp;
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
 * Educa's security promises over HTTP, with the database checked from inside Payara: headers, sign-in throttling,
 * races (enrollment, registration) and hostile input that other suites do not already cover (see docs/security.md).
 * Every test runs inside Payara: it starts with fresh sign-in and registration counters, makes the accounts and the
 * course it needs ({@link Fixtures}), sends its requests over HTTP from 127.0.0.1 unless it says otherwise (other
 * loopback addresses stand for other computers), and checks the database after them.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    static final String COURSE_SLUG = "security-course";
    static final String HOSTILE = "Hostile item";
    static final String ENROLL_RACER = "enroll.racer";
    static final String TWIN = "twin.racer";
    static final String THROTTLED = "throttled.student";
    static final String PASSWORD = "Quiet-Harbour-Lamp-72";
    static final String TAKEN = "A user with that username already exists.";
    static final String FAILED = "Please enter a correct username and password.";
    static final String REFUSED = "Too many failed sign-in attempts. Please wait";
    static final String UNREGISTERED = "refused.registrant";
    static final String SPACEY = "spacey.registrant";

    /** Other computers, as the server sees them: Linux routes all of 127.0.0.0/8 to the loopback interface. */
    static final InetAddress OWNER = loopback(2);
    static final InetAddress SPRAYER = loopback(3);
    static final InetAddress GUESSER = loopback(4);
    static final InetAddress REGISTRANT = loopback(5);
    static final InetAddress SPACES = loopback(6);

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

    @Inject
    LoginThrottle throttle;

    @Inject
    RegistrationThrottle registrationThrottle;

    @BeforeEach
    void countersStartAfresh() {
        throttle.forgetAll();
        registrationThrottle.forgetAll();
    }

    // --- headers ---

    @Test
    void everyResponseCarriesTheSecurityHeadersAndHtmlACharset() throws Exception {
        securityCourse();
        WebClient visitor = client();
        List<String> paths = List.of("", "", "course/" + COURSE_SLUG + "/", "course/" + COURSE_SLUG + "/",
                "accounts/login/", "students/register/", "nowhere/at/all/", "students/courses/",
                "course/x'%20OR%201=1--/");
        for (String path : paths) {
            Page page = visitor.get(path);
            String csp = page.header("Content-Security-Policy");
            assertTrue(csp != null, path + " has a CSP");
            for (String directive : List.of("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'",
                    "form-action 'self'", "default-src 'self'", "img-src 'self' blob:",
                    "frame-src https://www.youtube-nocookie.com https://player.vimeo.com")) {
                assertTrue(csp.contains(directive), path + ": " + directive + " in " + csp);
            }
            assertEquals("DENY", page.header("X-Frame-Options"), path);
            assertTrue(page.header("X-Content-Type-Options").contains("nosniff"), path);
            assertEquals("strict-origin-when-cross-origin", page.header("Referrer-Policy"), path);
            assertNull(page.header("Strict-Transport-Security"), "no HSTS over plain HTTP: " + path);
            String type = page.header("Content-Type");
            if (type != null && type.startsWith("text/html")) {
                assertTrue(type.toLowerCase().contains("charset=utf-8"), path + ": " + type);
            }
            assertFalse(page.body().contains(";jsessionid="), "no session id in a URL: " + path);
        }
        Page login = client().get("accounts/login/");
        String cookie = login.header("Set-Cookie");
        assertTrue(cookie != null && cookie.contains("JSESSIONID") && cookie.contains("HttpOnly"), cookie);
    }

    // --- sign-in throttling: 127.0.0.1 is the attacker unless said otherwise ---

    @Test
    void parallelGuessesFromOneAddressCheckAtMostFivePasswordsOfAnAccountThenTheRightOneIsRefusedToo()
            throws Exception {
        student(THROTTLED);
        List<Callable<String>> guesses = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            int n = i;
            guesses.add(() -> client().signIn(THROTTLED, "wrong-guess-" + n).body());
        }
        List<String> answers = inParallel(guesses, 16);
        long failed = answers.stream().filter(body -> body.contains(FAILED)).count();
        long refused = answers.stream().filter(body -> body.contains(REFUSED)).count();
        assertEquals(5, failed, "exactly five passwords were checked");
        assertEquals(11, refused, "the others were refused unchecked");

        Page right = client().signIn(THROTTLED, PASSWORD);
        assertEquals(200, right.status(), "even the right password is refused from this address now");
        assertTrue(right.contains(REFUSED + " 15 minutes and try again."), right.body());
        assertFalse(right.showsStackTrace());

        assertEquals(5, throttle.failuresOfAccount(THROTTLED), "refused attempts and the right one do not count");
        assertEquals(5, throttle.failuresOfAccount(THROTTLED.toUpperCase()), "usernames in any case are one");
        throttle.forgetAll();
        assertEquals(0, throttle.failuresOfAccount(THROTTLED));
    }

    @Test
    void theOwnerStillSignsInFromAnAddressThatHasNotFailedAndTheAttackerStaysRefused() throws Exception {
        student(THROTTLED);
        for (int i = 0; i < 5; i++) {
            assertInstanceOf(LoginThrottle.Allowed.class, throttle.begin(THROTTLED, "127.0.0.1"), "failure " + (i + 1));
        }
        assertTrue(client().signIn(THROTTLED, PASSWORD).contains(REFUSED), "five failures from 127.0.0.1");
        assertEquals(302, client(OWNER).signIn(THROTTLED, PASSWORD).status(), "signed in from 127.0.0.2");
        assertTrue(client().signIn(THROTTLED, PASSWORD).contains(REFUSED), "127.0.0.1 is still refused");
        assertEquals(302, client().signIn(DemoData.STUDENT, DemoData.STUDENT_PASSWORD).status(),
                "and only for that account");
    }

    @Test
    void unknownUsersAndWrongPasswordsLookAlikeAndTenFailuresDoNotStopAnAddress() throws Exception {
        long unknown = 0;
        long wrong = 0;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            Page a = client().signIn("nobody-" + UUID.randomUUID(), "Some-Password-1");
            unknown += System.nanoTime() - start;
            start = System.nanoTime();
            Page b = client().signIn(DemoData.STUDENT, "Some-Password-" + i);
            wrong += System.nanoTime() - start;
            assertTrue(a.contains(FAILED) && b.contains(FAILED), "the same message");
        }
        double ratio = (double) Math.max(unknown, wrong) / Math.min(unknown, wrong);
        assertTrue(ratio < 5.0, "about the same time: unknown " + unknown / 5_000_000 + " ms, wrong password "
                + wrong / 5_000_000 + " ms");
        // ten failures from this address, on six accounts: a school behind one address signs in on
        assertEquals(302, client().signIn(DemoData.ADMIN, DemoData.ADMIN_PASSWORD).status());
    }

    @Test
    void anAddressThatSprayedManyAccountsIsOneFailureFromItsLimit() {
        sprayTwoHundredNinetyNineAccounts();
    }

    @Test
    void afterThreeHundredFailuresAcrossAccountsAnAddressIsRefusedForEveryAccount() throws Exception {
        sprayTwoHundredNinetyNineAccounts();
        assertTrue(client(SPRAYER).signIn("sprayed-299", "Some-Password-1").contains(FAILED), "the 300th is checked");
        Page admin = client(SPRAYER).signIn(DemoData.ADMIN, DemoData.ADMIN_PASSWORD);
        assertEquals(200, admin.status());
        assertTrue(admin.contains(REFUSED + " 15 minutes and try again."), "refused unchecked: " + admin.body());
        assertEquals(302, client(OWNER).signIn(DemoData.ADMIN, DemoData.ADMIN_PASSWORD).status(),
                "the account is not locked for others");
    }

    @Test
    void twelveFailuresFromTwelveAddressesSlowTheAccount() {
        twelveFailuresFromTwelveAddresses();
    }

    @Test
    void onASlowedAccountAnAddressThatFailedWaitsAndAFreshOneDoesNot() throws Exception {
        student(THROTTLED);
        twelveFailuresFromTwelveAddresses();
        WebClient guesser = client(GUESSER);
        assertTrue(guesser.signIn(THROTTLED, "wrong-guess").contains(FAILED), "its first failure is not delayed");
        Page slowed = guesser.signIn(THROTTLED, PASSWORD);
        assertEquals(200, slowed.status());
        Matcher wait = Pattern.compile("Please try again in (\\d+) seconds?\\.").matcher(slowed.body());
        assertTrue(wait.find(), "13 failures: 8 s after the last: " + slowed.body());
        int seconds = Integer.parseInt(wait.group(1));
        assertTrue(seconds >= 1 && seconds <= 8, wait.group());

        assertEquals(302, client(OWNER).signIn(THROTTLED, PASSWORD).status(), "a fresh address signs in at once");

        Thread.sleep(seconds * 1000L + 200);
        assertEquals(302, guesser.signIn(THROTTLED, PASSWORD).status(),
                "after the wait it was told (from the last failure, not the owner's sign-in): slowed, never locked");

        assertEquals(13, throttle.failuresOfAccount(THROTTLED), "the right attempts gave theirs back");
        throttle.forgetAll();
        assertEquals(0, throttle.failuresOfAccount(THROTTLED));
    }

    // --- registration throttling and rules ---

    @Test
    void registrationsFromOneAddressAreRefusedBeyondTwentyAndAnotherAddressIsStillChecked() throws Exception {
        WebClient prober = client(REGISTRANT);
        Page page = prober.get("students/register/");
        for (int i = 0; i < 20; i++) {
            page = register(prober, page, "probe-" + i, "Quiet-Harbour-Lamp-72", "Quiet-Harbour-Lamp-73");
            assertTrue(page.contains("didn\u2019t match"), "attempt " + (i + 1) + " is checked: " + page.body());
        }
        page = register(prober, page, UNREGISTERED, PASSWORD, PASSWORD);
        assertEquals(200, page.status(), "no account made");
        assertTrue(page.contains("Too many registrations from your network. Please wait 15 minutes"), page.body());
        assertFalse(page.showsStackTrace());

        WebClient other = client(OWNER);
        Page elsewhere = register(other, other.get("students/register/"), "probe-0", PASSWORD, PASSWORD + "x");
        assertTrue(elsewhere.contains("didn\u2019t match"), "another address is not refused");

        assertEquals(0L, fixtures().accounts(UNREGISTERED), "the refused registration stored nothing");
        assertEquals(0L, em.createQuery("SELECT COUNT(u) FROM User u WHERE u.username LIKE 'probe-%'", Long.class)
                .getSingleResult(), "nor did the checked ones");
        assertTrue(registrationThrottle.begin(REGISTRANT.getHostAddress()).isPresent(), "the prober is refused");
        registrationThrottle.forgetAll();
        assertTrue(registrationThrottle.begin(REGISTRANT.getHostAddress()).isEmpty(), "the prober starts afresh");
    }

    @Test
    void aPasswordOfOnlySpacesIsRefused() throws Exception {
        WebClient visitor = client(SPACES);
        String spaces = "            ";
        Page page = register(visitor, visitor.get("students/register/"), SPACEY, spaces, spaces);
        assertEquals(200, page.status(), "no account made");
        assertTrue(page.contains("This password is only spaces."), page.body());
        assertEquals(0L, fixtures().accounts(SPACEY), "the refused registration stored nothing");
    }

    // --- concurrency ---

    @Test
    void fiftySimultaneousEnrollRequestsOfOneStudentMakeOneEnrollment() throws Exception {
        securityCourse();
        student(ENROLL_RACER);
        assertEquals(0L, fixtures().enrollments(ENROLL_RACER, COURSE_SLUG), "not enrolled before");
        WebClient student = new WebClient(base.toURI(), java.time.Duration.ofMinutes(4));
        assertEquals(302, student.signIn(ENROLL_RACER, PASSWORD).status());
        Page overview = student.get("course/" + COURSE_SLUG + "/");
        String course = field(overview.body(), "name=\"course\" value=\"(\\d+)\"");
        String token = overview.csrf();
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            requests.add(() -> student.post("students/enroll-course/", Map.of("course", course, "csrf", token))
                    .status());
        }
        List<Integer> statuses = inParallel(requests, 50);
        assertTrue(statuses.stream().allMatch(status -> status == 302), statuses.toString());
        assertEquals(1L, fixtures().enrollments(ENROLL_RACER, COURSE_SLUG), "the fifty requests made one enrollment");
    }

    @Test
    void twentySimultaneousRegistrationsOfOneUsernameMakeOneAccount() throws Exception {
        assertEquals(0L, fixtures().accounts(TWIN), "no account before");
        List<Callable<Page>> registrations = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // 20 password hashes at once: give a loaded machine time
            WebClient visitor = new WebClient(base.toURI(), java.time.Duration.ofMinutes(4));
            Page form = visitor.get("students/register/");
            String password = "Twin-Racer-Password-" + i;
            String username = i % 2 == 0 ? TWIN : TWIN.toUpperCase();
            String email = "twin-" + i + "@example.org";
            registrations.add(() -> visitor.submit(form, "students/register/", "register",
                    Map.of("username", username, "email", email, "password", password,
                            "confirmation", password), "submit"));
        }
        List<Page> pages = inParallel(registrations, 20);
        assertEquals(1, pages.stream().filter(page -> page.status() == 302).count(), "one account made");
        for (Page page : pages) {
            assertTrue(page.status() == 302 || page.contains(TAKEN), page.status() + " " + page.body());
            assertFalse(page.showsStackTrace());
        }
        assertEquals(1L, em.createQuery("SELECT COUNT(u) FROM User u WHERE LOWER(u.username) = :u", Long.class)
                .setParameter("u", TWIN).getSingleResult(), "the twenty registrations made one account");
    }

    // --- hostile input not covered elsewhere ---

    @Test
    void htmlBehindAnImageSignatureAndForeignVideoAddressesAreRefused() throws Exception {
        securityCourse();
        long itemsBefore = itemsOfTheSecurityModule();
        WebClient ada = client();
        assertEquals(302, ada.signIn(DemoData.INSTRUCTOR, DemoData.INSTRUCTOR_PASSWORD).status());
        String course = field(ada.get("course/" + COURSE_SLUG + "/").body(), "data-course=\"(\\d+)\"");
        String module = field(ada.get("course/" + course + "/module/").body(), "/course/module/(\\d+)/\"");

        String image = "course/module/" + module + "/content/image/create/";
        Page form = ada.get(image);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        for (String markup : List.of("<html><script>alert(1)</script></html>",
                "\0\0\0\rIHDR<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")) {
            ByteArrayOutputStream polyglot = new ByteArrayOutputStream();
            polyglot.write(png);
            polyglot.write(markup.getBytes(StandardCharsets.ISO_8859_1));
            String refused = upload(ada, image, form, "innocent.png", polyglot.toByteArray());
            assertTrue(refused.contains("is not a PNG, JPEG, GIF or WebP image"), refused);
        }
        Page saved = ada.submit(form, image, "content", Map.of("title", HOSTILE, "alt", HOSTILE), "save");
        assertFalse(saved.isRedirect(), "no image item without an image");

        String video = "course/module/" + module + "/content/video/create/";
        for (String url : List.of("javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>",
                "https://evil.example/watch?v=dQw4w9WgXcQ", "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
                "https://vimeo.com.evil.example/123456", "//www.youtube.com/watch?v=dQw4w9WgXcQ")) {
            Page videoForm = ada.get(video);
            Page refused = ada.submit(videoForm, video, "content", Map.of("title", HOSTILE, "url", url), "save");
            assertFalse(refused.isRedirect(), url);
            assertTrue(refused.contains("Only YouTube and Vimeo video addresses can be embedded"), url);
        }
        assertFalse(ada.get("course/module/" + module + "/").contains(HOSTILE), "nothing was added");
        assertEquals(0L, em.createQuery("SELECT COUNT(c) FROM Content c WHERE c.title = :t", Long.class)
                .setParameter("t", HOSTILE).getSingleResult(), "the refused items left no row");
        assertEquals(itemsBefore, itemsOfTheSecurityModule(), "the module holds what it held before");
    }

    @Test
    void sqlCharactersInAddressesFindNothingAndNeverFail() throws Exception {
        WebClient ada = client();
        assertEquals(302, ada.signIn(DemoData.INSTRUCTOR, DemoData.INSTRUCTOR_PASSWORD).status());
        for (String path : List.of("course/x'%20OR%20'1'='1/", "course/subject/music'--/",
                "students/course/1%20OR%201=1/", "students/course/1'/", "students/course/99999999999999999999/",
                "course/1;DROP%20TABLE%20users/edit/", "course/module/1'/", "course/module/1/content/text/1'/",
                "?page=1;SELECT%201", "?page=99999999999999999999", "course/subject/%25/",
                "media/1'%20OR%201=1")) {
            Page page = ada.get(path);
            assertTrue(List.of(200, 301, 302, 400, 404).contains(page.status()), path + " -> " + page.status());
            assertFalse(page.showsStackTrace(), path);
            assertFalse(page.body().matches("(?s).*(SQLException|SQL syntax|JDBC|Syntax error in SQL).*"), path);
        }
    }


    @Test
    void anUploadCutOffHalfWayLeavesNoFile() throws Exception {
        securityCourse();
        WebClient ada = client();
        assertEquals(302, ada.signIn(DemoData.INSTRUCTOR, DemoData.INSTRUCTOR_PASSWORD).status());
        String course = field(ada.get("course/" + COURSE_SLUG + "/").body(), "data-course=\"(\\d+)\"");
        String module = field(ada.get("course/" + course + "/module/").body(), "/course/module/(\\d+)/\"");
        String path = "course/module/" + module + "/content/file/create/";
        Page form = ada.get(path);
        java.util.Set<String> before = mediaFiles();

        String boundary = "----educa" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"content\"\r\n\r\ncontent\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"jakarta.faces.ViewState\"\r\n\r\n"
                + form.viewState().orElseThrow() + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"jakarta.faces.partial.ajax\"\r\n\r\n"
                + "true\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"jakarta.faces.source\"\r\n\r\n"
                + "content:upload\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"content:upload\"; filename=\"half.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n";
        byte[] half = new byte[512 * 1024];
        java.util.Arrays.fill(half, (byte) 'x');
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        sent.write(head.getBytes(StandardCharsets.ISO_8859_1));
        sent.write(half);
        // cut off: three quarters of the announced body never come
        new RawHttp(base.toURI()).sendCutOff("POST", "/" + path, Map.of("Cookie", "JSESSIONID=" + ada.sessionId().orElseThrow(),
                "Faces-Request", "partial/ajax", "Content-Type", "multipart/form-data; boundary=" + boundary),
                sent.toByteArray(), head.length() + 4L * half.length);
        Thread.sleep(2000);
        assertEquals(before, mediaFiles(), "no partial file in the media directory");
        assertTrue(ada.get("course/module/" + module + "/").status() == 200, "Educa carries on");
    }

    /** The files in Educa's media directory (this Payara's {@code educa.media.dir}). */
    private static java.util.Set<String> mediaFiles() throws java.io.IOException {
        java.nio.file.Path media = java.nio.file.Path.of(
                ConfigProvider.getConfig().getValue("educa.media.dir", String.class));
        if (!java.nio.file.Files.isDirectory(media)) {
            return java.util.Set.of();
        }
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(media)) {
            return files.map(file -> file.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        }
    }

    // --- helpers ---

    private Fixtures fixtures() {
        return new Fixtures(em, tx, users);
    }

    /** Ada's course with one module, which the enrollment race and the hostile items use. */
    private void securityCourse() {
        fixtures().course(COURSE_SLUG).ownedBy(DemoData.INSTRUCTOR).in("music").titled("Security course")
                .overview("Hardening").module("Only module").make();
    }

    /** {@link #THROTTLED} or {@link #ENROLL_RACER}, with {@link #PASSWORD}. */
    private void student(String username) {
        String[] names = username.equals(ENROLL_RACER) ? new String[] {"Enroll", "Racer"}
                : new String[] {"Throttled", "Student"};
        fixtures().user(username, PASSWORD, names[0], names[1]);
    }

    private long itemsOfTheSecurityModule() {
        return em.createQuery("SELECT COUNT(c) FROM Content c WHERE c.module.course.slug = :slug", Long.class)
                .setParameter("slug", COURSE_SLUG).getSingleResult();
    }

    /** 299 failures from {@link #SPRAYER}, each on another account: one short of the address's limit. */
    private void sprayTwoHundredNinetyNineAccounts() {
        for (int i = 0; i < 299; i++) {
            assertInstanceOf(LoginThrottle.Allowed.class, throttle.begin("sprayed-" + i, SPRAYER.getHostAddress()),
                    "failure " + (i + 1));
        }
    }

    /** Twelve failures on {@link #THROTTLED}, each from another address: the account is slowed. */
    private void twelveFailuresFromTwelveAddresses() {
        for (int i = 0; i < 12; i++) {
            assertInstanceOf(LoginThrottle.Allowed.class, throttle.begin(THROTTLED, "198.51.100." + i),
                    "an address that has not failed on the account is never delayed");
        }
        assertEquals(12, throttle.failuresOfAccount(THROTTLED));
    }

    private WebClient client() throws Exception {
        return new WebClient(base.toURI());
    }

    /** A client coming from {@code from} instead of 127.0.0.1. */
    private WebClient client(InetAddress from) throws Exception {
        return new WebClient(base.toURI(), from);
    }

    private static InetAddress loopback(int last) {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) last});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Page register(WebClient visitor, Page form, String username, String password,
            String confirmation) {
        return visitor.submit(form, "students/register/", "register",
                Map.of("username", username, "email", java.util.UUID.randomUUID() + "@example.org", "password", password,
                        "confirmation", confirmation), "submit");
    }

    private static <T> List<T> inParallel(List<Callable<T>> tasks, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> done : pool.invokeAll(tasks)) {
                results.add(done.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private static String upload(WebClient client, String path, Page form, String fileName, byte[] bytes)
            throws Exception {
        Page response = client.uploadToContentForm(path, form, fileName, bytes);
        assertEquals(200, response.status());
        return response.body();
    }

    private static String field(String body, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No match for " + regex + " in\n" + body);
        }
        return matcher.group(1);
    }
}
