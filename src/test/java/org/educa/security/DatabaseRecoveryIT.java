package org.educa.security;

import static org.educa.testing.StartedEduca.freePort;
import static org.educa.testing.StartedEduca.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.educa.config.startup.DemoData;
import org.educa.testing.StartedEduca;
import org.educa.testing.WebClient;
import org.educa.testing.WebClient.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Educa as operators run it ({@code server-config/start}, HTTP and HTTPS) over a real PostgreSQL server reached
 * through a {@link TcpProxy}, so that the test can take the database away and give it back:
 * <ul>
 * <li>over HTTPS every response carries HSTS and the session cookie is {@code Secure} and has one {@code
 * SameSite=Lax} (docs/security.md), and both listeners are bound to 127.0.0.1 only;</li>
 * <li>a made-up {@code JSESSIONIDVERSION} cookie is answered like any request, and nothing is logged;</li>
 * <li>while the database cannot be reached, pages answer 503 with the friendly page and a {@code Retry-After},
 * never a stack trace; once it is back, the same process serves them again by itself, sign-in included;</li>
 * <li>meanwhile the member reports not ready ({@code /health/ready} {@code DOWN} on the public port, Educa's
 * {@code educa-database} check down on the management port) but alive, and ready again by itself.</li>
 * </ul>
 * Caches are off so that every page really asks the database.
 */
class DatabaseRecoveryIT {

    private static final Duration BOOT = Duration.ofSeconds(240);
    private static final Duration RECOVERY = Duration.ofSeconds(30);
    private static final String CATALOG = "";
    private static final String OVERVIEW = "course/linear-algebra-foundations/";
    private static final String COURSE_TITLE = "Linear Algebra Foundations";
    private static final String COURSE_TEXT = "Vectors, matrices and the linear maps between them.";
    private static final String HSTS = "max-age=31536000; includeSubDomains";
    /** What the failure behind a 503 is made of: SQL, the driver, the pool, EclipseLink, the socket. */
    private static final Pattern TECHNICAL = Pattern.compile(
            "SQL|postgres|jdbc|Pooling|Persistence|eclipse|Connection refused|ConnectException",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern READY = Pattern.compile("Payara Micro .* ready in");
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("org.educa.messages");

    static StartedEduca educa;
    static int httpPort;
    static int httpsPort;
    static int managementPort;
    static SSLContext trustingAny;
    static final Path LOG = Path.of("target", "database-recovery-it.log");

    @BeforeAll
    static void startEduca() throws Exception {
        trustingAny = trustingAnyCertificate();
        httpPort = freePort();
        httpsPort = freePort();
        managementPort = freePort();
        educa = StartedEduca.start(LOG, Map.of(
                "PORT", String.valueOf(httpPort),
                "MANAGEMENT_PORT", String.valueOf(managementPort), // not 9080, which another Educa may hold
                "EDUCA_DEMO_DATA_ENABLED", "true",
                "EDUCA_MEDIA_DIR", Path.of("target", "database-recovery-media").toAbsolutePath().toString(),
                "EDUCA_SESSION_SECURE_COOKIE", "true", // as README asks wherever HTTPS is served
                "EDUCA_CACHE_ENABLED", "false",
                "EDUCA_CACHE_SITE_ENABLED", "false",
                "EDUCA_CACHE_VIEW_ENABLED", "false"),
                "--sslport", String.valueOf(httpsPort));
        educa.waitFor("Educa serves http://127.0.0.1:" + httpPort + "/", BOOT, () -> status(http(), CATALOG) == 200);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (educa != null) {
            educa.close();
        }
    }

    /**
     * Whatever ran before (the database taken away and given back), each test starts on an Educa that serves its
     * catalog and has logged all it had to say.
     */
    @BeforeEach
    void educaServesAndItsLogIsQuiet() throws IOException {
        educa.waitFor("Educa serves http://127.0.0.1:" + httpPort + "/", RECOVERY,
                () -> status(http(), CATALOG) == 200);
        educa.waitForQuietLog(RECOVERY);
    }

    @Test
    void overHttpsResponsesCarryHstsAndTheSessionCookieIsSecure() {
        WebClient visitor = https();
        for (String path : List.of(CATALOG, OVERVIEW, "nowhere/at/all/")) {
            Page page = visitor.get(path);
            assertEquals(HSTS, page.header("Strict-Transport-Security"), "HSTS over HTTPS: " + path);
            assertNull(page.header("Server"), "no server name over HTTPS either: " + path);
            assertNull(page.header("X-Powered-By"), path);
        }
        assertNull(http().get(CATALOG).header("Strict-Transport-Security"), "never over plain HTTP");

        Page login = visitor.get("accounts/login/");
        assertEquals(200, login.status());
        String cookie = login.header("Set-Cookie");
        assertTrue(cookie != null && cookie.contains("JSESSIONID="), "a session cookie: " + cookie);
        for (String attribute : List.of("Secure", "HttpOnly", "SameSite=Lax")) {
            assertTrue(cookie.contains(attribute), attribute + " over HTTPS: " + cookie);
        }
        assertEquals(1, cookie.split("SameSite", -1).length - 1, "SameSite once, from the application: " + cookie);
    }

    @Test
    void httpHttpsAndHazelcastListenOnLoopbackOnly() throws IOException {
        List<InetAddress> others = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .toList();
        assumeFalse(others.isEmpty(), "this machine has no address but loopback");
        Matcher member = Pattern.compile("Address: /127\\.0\\.0\\.1:(\\d+)").matcher(educa.log());
        assertTrue(member.find(), "Hazelcast's member address is on loopback:\n" + educa.logTail());
        int hazelcastPort = Integer.parseInt(member.group(1));
        for (InetAddress address : others) {
            for (int port : List.of(httpPort, httpsPort, hazelcastPort)) {
                assertThrows(ConnectException.class, () -> {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(address, port), 2000);
                    }
                }, "nothing listens on " + address.getHostAddress() + ":" + port);
            }
        }
        assertEquals(200, status(https(), CATALOG), "while HTTPS answers on 127.0.0.1:" + httpsPort);
    }

    @Test
    void withoutItsDatabaseEducaAnswers503AndRecoversByItselfWhenItIsBack() throws Exception {
        WebClient visitor = http();
        Page catalog = visitor.get(CATALOG);
        assertEquals(200, catalog.status());
        assertTrue(catalog.contains(COURSE_TITLE), "the demo courses are listed");
        assertTrue(visitor.get(OVERVIEW).contains(COURSE_TEXT), "the overview shows the course");

        educa.cable().cut();
        try {
            // the first requests meet pooled connections the database dropped, the later ones a refused connection
            for (String path : List.of(CATALOG, OVERVIEW, CATALOG, OVERVIEW)) {
                Page down = visitor.get(path);
                assertEquals(503, down.status(), path + " while the database is away:\n" + down.body());
                assertTrue(down.contains(MESSAGES.getString("errors.503.title"))
                        && down.contains(MESSAGES.getString("errors.503.text")), "the friendly page:\n" + down.body());
                assertEquals("30", down.header("Retry-After"), "when to try again: " + path);
                assertFalse(down.showsStackTrace() || TECHNICAL.matcher(down.body()).find(),
                        "no technical details:\n" + down.body());
            }
            Page notReady = visitor.get("health/ready");
            assertEquals(503, notReady.status(), "not ready without its database");
            assertEquals("DOWN", notReady.body());
            Page alive = visitor.get("health/live");
            assertEquals(200, alive.status(), "but alive: nothing to restart");
            assertEquals("UP", alive.body());
            Page detail = management().get("health/ready");
            String checks = detail.body().replace(" ", "");
            assertEquals(503, detail.status(), checks);
            assertTrue(checks.contains("{\"name\":\"educa-database\",\"status\":\"DOWN\"")
                    || checks.matches("(?s).*\"educa-database\".{0,80}\"status\":\"DOWN\".*"),
                    "the database check is the one down: " + checks);
            assertTrue(checks.matches("(?s).*\"educa-migrations\".{0,80}\"status\":\"UP\".*")
                    && checks.matches("(?s).*\"educa-data-grid\".{0,80}\"status\":\"UP\".*"),
                    "the others are up: " + checks);
        } finally {
            educa.cable().restore();
        }

        Instant restored = Instant.now();
        educa.waitFor("the pages are served again", RECOVERY,
                () -> status(visitor, CATALOG) == 200 && status(visitor, OVERVIEW) == 200);
        System.out.println("DatabaseRecoveryIT: served again " + Duration.between(restored, Instant.now()).toMillis()
                + " ms after the database came back");
        educa.waitFor("ready again", RECOVERY, () -> status(visitor, "health/ready") == 200);
        assertEquals("UP", visitor.get("health/ready").body());
        String checks = management().get("health/ready").body().replace(" ", "");
        assertFalse(checks.contains("\"DOWN\""), "every check up again: " + checks);
        assertTrue(visitor.get(CATALOG).contains(COURSE_TITLE));
        assertTrue(visitor.get(OVERVIEW).contains(COURSE_TEXT));

        WebClient sam = https(); // the session cookie is Secure here
        Page signedIn = sam.signIn(DemoData.STUDENT, DemoData.STUDENT_PASSWORD);
        assertEquals(302, signedIn.status(), "sam signs in:\n" + signedIn.body());
        Page courses = sam.get("students/courses/");
        assertEquals(200, courses.status());
        assertTrue(courses.contains("Signed in as"), courses.body());

        assertTrue(educa.isAlive(), "the same process");
        Matcher ready = READY.matcher(educa.log());
        assertTrue(ready.find() && !ready.find(), "Payara Micro started once and was never restarted");
    }

    @Test
    void aMalformedSessionVersionCookieIsAnsweredLikeAnyRequestAndLogsNothing() throws IOException {
        long logged = educa.logSize();
        for (String version : List.of("1:0", "zz:zz", "garbage", "2f")) {
            WebClient visitor = http();
            visitor.setSessionId("0123456789abcdef");
            visitor.addCookie("JSESSIONIDVERSION", version);
            Page catalog = visitor.get(CATALOG);
            assertEquals(200, catalog.status(), version);
            assertTrue(catalog.contains(COURSE_TITLE), "the catalog, not an empty page: " + version);
        }
        // sessions in memory (pre-boot-single.asadmin): Payara does not read the version cookie at all
        String added = educa.log().substring((int) logged);
        assertFalse(added.contains("Exception") || added.contains("\tat "), "nothing logged:\n" + added);
    }

    private static WebClient http() {
        return new WebClient(URI.create("http://127.0.0.1:" + httpPort + "/"));
    }

    private static WebClient management() {
        return new WebClient(URI.create("http://127.0.0.1:" + managementPort + "/"));
    }

    private static WebClient https() {
        return new WebClient(URI.create("https://127.0.0.1:" + httpsPort + "/"), trustingAny);
    }

    /** Payara Micro's default certificate is self-signed and not issued for 127.0.0.1: trusted here, in a test. */
    private static SSLContext trustingAnyCertificate() throws GeneralSecurityException {
        TrustManager any = new X509ExtendedTrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {any}, null);
        return tls;
    }

}
