package org.educa.operations;

import static org.educa.testing.StartedEduca.freePort;
import static org.educa.testing.StartedEduca.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.educa.config.startup.DemoData;
import org.educa.testing.StartedEduca;
import org.educa.testing.TestImages;
import org.educa.testing.WebClient;
import org.educa.testing.WebClient.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Educa's own metrics and its machine-readable logs, as operators run it ({@code server-config/start} with
 * {@code EDUCA_LOG_FORMAT=json}, over PostgreSQL, with the demo data):
 * <ul>
 * <li>the management port serves Educa's metrics in Prometheus text beside Payara's, and the public port serves no
 * metrics at all;</li>
 * <li>requests are counted and timed by route, never by URL; cache reads by cache and level; sign-ins by outcome;
 * enrollments made and left; uploads by kind and outcome;</li>
 * <li>the log is one JSON object per line, every request gets an {@code X-Request-Id} (a sane one sent by a proxy is
 * kept), and the lines logged while a request runs carry it.</li>
 * </ul>
 */
class MetricsAndLogsIT {

    private static final Duration BOOT = Duration.ofSeconds(240);
    private static final Path LOG = Path.of("target", "metrics-and-logs-it.log");
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*\\})?\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    static StartedEduca educa;
    static int httpPort;
    static int managementPort;

    @BeforeAll
    static void startEduca() throws Exception {
        httpPort = freePort();
        managementPort = freePort();
        educa = StartedEduca.start(LOG, Map.of(
                "PORT", String.valueOf(httpPort),
                "MANAGEMENT_PORT", String.valueOf(managementPort),
                "EDUCA_LOG_FORMAT", "json",
                "EDUCA_DEMO_DATA_ENABLED", "true",
                "EDUCA_LOGIN_PAIR_MAX_FAILURES", "2",
                "EDUCA_MEDIA_DIR", Path.of("target", "metrics-and-logs-media").toAbsolutePath().toString()));
        educa.waitFor("Educa is ready on http://127.0.0.1:" + httpPort + "/ready", BOOT,
                () -> status(publicPort(), "ready") == 200);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (educa != null) {
            educa.close();
        }
    }

    @Test
    void educasMetricsAreOnTheManagementPortInPrometheusTextAndNotOnThePublicPort() {
        assertEquals(200, publicPort().get("").status());
        Page application = managementPort().get("metrics?scope=application");
        assertEquals(200, application.status(), application.body());
        assertTrue(application.header("Content-Type").startsWith("text/plain"), application.header("Content-Type"));
        for (String name : List.of("educa_requests", "educa_responses", "educa_cache_hits", "educa_cache_misses")) {
            assertTrue(application.contains("# TYPE " + name), name + " in:\n" + application.body());
            assertTrue(application.contains("# HELP " + name), name + " has its description");
        }
        assertTrue(managementPort().get("metrics").contains("educa_requests"), "also in the whole of /metrics");

        WebClient visitor = publicPort();
        for (String path : List.of("metrics", "metrics?scope=application", "metrics/application", "metrics/",
                "metrics?scope=base")) {
            Page page = visitor.get(path);
            assertTrue(page.status() == 404 || page.status() == 403, "/" + path + " answers " + page.status());
            assertFalse(page.contains("educa_") || page.contains("# TYPE"), "/" + path + ":\n" + page.body());
        }
    }

    @Test
    void requestsAreCountedAndTimedByRouteNeverByUrl() {
        Map<String, String> overview = Map.of("route", "course.overview");
        double before = metric("educa_requests_seconds_count", overview);
        double okBefore = metric("educa_responses_total", Map.of("route", "course.overview", "status", "2xx"));
        double noneBefore = metric("educa_responses_total", Map.of("route", "none", "status", "4xx"));
        assertEquals(200, new WebClient(publicUri()).get("course/piano-technique/").status());
        assertEquals(200, new WebClient(publicUri()).get("course/linear-algebra-foundations/").status());
        assertEquals(404, new WebClient(publicUri()).get("no/such/page-at-all/").status());

        assertEquals(before + 2, metric("educa_requests_seconds_count", overview), "two overviews, one route");
        assertEquals(okBefore + 2, metric("educa_responses_total", Map.of("route", "course.overview", "status", "2xx")));
        assertEquals(noneBefore + 1, metric("educa_responses_total", Map.of("route", "none", "status", "4xx")));
        assertTrue(metric("educa_requests_seconds_sum", overview) > 0, "their time");

        String text = applicationMetrics();
        for (String url : List.of("piano-technique", "linear-algebra", "page-at-all", "/course/")) {
            assertFalse(text.contains(url), "no URL in the metrics: " + url);
        }
        assertTrue(text.contains("route=\"servlet:ProbeServlet\""), "the readiness probes have their own name");
    }

    @Test
    void cacheReadsAreCountedByCacheAndLevel() {
        Map<String, String> site = Map.of("cache", "educa-site", "level", "site");
        double hits = metric("educa_cache_hits_total", site);
        double misses = metric("educa_cache_misses_total", site);
        for (int i = 0; i < 3; i++) {
            Page page = new WebClient(publicUri()).get("course/subject/music/"); // no session: the site cache
            assertEquals(200, page.status());
        }
        double newHits = metric("educa_cache_hits_total", site) - hits;
        double newMisses = metric("educa_cache_misses_total", site) - misses;
        assertEquals(3, newHits + newMisses, "each of three reads once: " + newHits + " hits, " + newMisses + " misses");
        assertTrue(newHits >= 2, "kept after the first: " + newHits);
        assertTrue(applicationMetrics().contains("level=\"data\""), "the data level is counted too");
    }

    @Test
    void signInsAreCountedByOutcome() {
        double failed = metric("educa_signins_total", Map.of("outcome", "failed"));
        double throttled = metric("educa_signins_total", Map.of("outcome", "throttled"));
        double succeeded = metric("educa_signins_total", Map.of("outcome", "succeeded"));
        WebClient guesser = new WebClient(publicUri());
        assertEquals(200, guesser.signIn("clara", "wrong-guess-1").status());
        assertEquals(200, guesser.signIn("clara", "wrong-guess-2").status());
        Page refused = guesser.signIn("clara", "wrong-guess-3");
        assertEquals(200, refused.status());
        assertEquals(302, new WebClient(publicUri()).signIn(DemoData.STUDENT, DemoData.STUDENT_PASSWORD).status());

        assertEquals(failed + 2, metric("educa_signins_total", Map.of("outcome", "failed")));
        assertEquals(throttled + 1, metric("educa_signins_total", Map.of("outcome", "throttled")));
        assertEquals(succeeded + 1, metric("educa_signins_total", Map.of("outcome", "succeeded")));
    }

    @Test
    void enrollmentsAreCountedOnceCommitted() {
        double enrolled = metric("educa_enrollments_total", Map.of("change", "enrolled"));
        double left = metric("educa_enrollments_total", Map.of("change", "left"));
        WebClient student = new WebClient(publicUri());
        assertEquals(302, student.signIn(DemoData.STUDENT, DemoData.STUDENT_PASSWORD).status());
        Page overview = student.get("course/piano-technique/");
        String course = field(overview.body(), "name=\"course\" value=\"(\\d+)\"");
        assertEquals(302, student.post("students/enroll-course/", Map.of("course", course, "csrf", overview.csrf()))
                .status());
        assertEquals(302, student.post("students/enroll-course/", Map.of("course", course, "csrf", overview.csrf()))
                .status(), "enrolled already: nothing new");
        assertEquals(403, student.post("students/enroll-course/", Map.of("course", course, "csrf", "forged")).status());
        assertEquals(enrolled + 1, metric("educa_enrollments_total", Map.of("change", "enrolled")));

        Page confirm = student.get("students/course/" + course + "/leave/");
        assertEquals(302, student.post("students/course/" + course + "/leave/", Map.of("csrf", confirm.csrf()))
                .status());
        assertEquals(left + 1, metric("educa_enrollments_total", Map.of("change", "left")));
    }

    @Test
    void uploadsAreCountedByKindAndOutcome() {
        Map<String, String> accepted = Map.of("kind", "cover", "outcome", "accepted");
        Map<String, String> refused = Map.of("kind", "cover", "outcome", "refused");
        double acceptedBefore = metric("educa_uploads_total", accepted);
        double refusedBefore = metric("educa_uploads_total", refused);
        double bytesBefore = metric("educa_upload_bytes_total", Map.of("kind", "cover"));
        WebClient admin = new WebClient(publicUri());
        assertEquals(302, admin.signIn(DemoData.ADMIN, DemoData.ADMIN_PASSWORD).status());
        String course = field(admin.get("course/piano-technique/").body(), "name=\"course\" value=\"(\\d+)\"");
        String path = "course/image/" + course + "/";
        byte[] png = TestImages.png(0x3366cc);
        Page saved = admin.uploadWithForm(path, admin.get(path), "cover", "upload", "file", "cover.png", png);
        assertEquals(302, saved.status(), saved.body());
        Page notImage = admin.uploadWithForm(path, admin.get(path), "cover", "upload", "file", "cover.png",
                "not an image".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, notImage.status());

        assertEquals(acceptedBefore + 1, metric("educa_uploads_total", accepted));
        assertEquals(refusedBefore + 1, metric("educa_uploads_total", refused));
        assertEquals(bytesBefore + png.length, metric("educa_upload_bytes_total", Map.of("kind", "cover")));
    }

    @Test
    void everyRequestHasAnIdThatItsLogLinesCarry() throws Exception {
        HttpResponse<String> kept = send(HttpRequest.newBuilder(publicUri().resolve("course/subject/music/"))
                .header("X-Request-Id", "lb-7f3a.91:req=1").GET());
        assertEquals("lb-7f3a.91:req=1", kept.headers().firstValue("X-Request-Id").orElseThrow());
        HttpResponse<String> again = send(HttpRequest.newBuilder(publicUri().resolve("course/subject/music/"))
                .header("X-Request-Id", "lb-7f3a.91:req=2").GET());
        assertEquals("lb-7f3a.91:req=2", again.headers().firstValue("X-Request-Id").orElseThrow(),
                "a page from the cache answers with its own request's id");
        for (String insane : List.of("two words", "x".repeat(200), "quote\"d")) {
            HttpResponse<String> made = send(HttpRequest.newBuilder(publicUri().resolve(""))
                    .header("X-Request-Id", insane).GET());
            assertTrue(made.headers().firstValue("X-Request-Id").orElseThrow().matches("[0-9a-f]{32}"),
                    "made up instead of " + insane);
        }
        HttpResponse<String> none = send(HttpRequest.newBuilder(publicUri().resolve("no/such/page/")).GET());
        assertEquals(404, none.statusCode());
        assertTrue(none.headers().firstValue("X-Request-Id").orElseThrow().matches("[0-9a-f]{32}"),
                "error pages too");

        // A request that makes Educa log a line: a multipart body that cannot be read (400, one WARNING).
        String id = "metrics-it-" + System.nanoTime();
        HttpResponse<String> broken = send(HttpRequest.newBuilder(publicUri().resolve("course/image/1/"))
                .header("X-Request-Id", id)
                .header("Content-Type", "multipart/form-data; boundary=nothing-follows")
                .POST(HttpRequest.BodyPublishers.ofString("--nothing-follows\r\nbroken")));
        assertEquals(400, broken.statusCode());
        assertEquals(id, broken.headers().firstValue("X-Request-Id").orElseThrow());
        educa.waitFor("the refused request's line in the log", Duration.ofSeconds(20),
                () -> linesWith("\"RequestId\":\"" + id + "\"").stream().anyMatch(line -> line.contains("Refused")));
        for (String line : linesWith(id)) {
            assertTrue(line.startsWith("{") && line.endsWith("}"), "a JSON line: " + line);
            assertTrue(line.contains("\"RequestId\":\"" + id + "\""), line);
        }
    }

    @Test
    void theLogIsOneJsonObjectPerLine() throws IOException {
        List<String> lines = educa.log().lines().filter(line -> !line.isBlank()).toList();
        List<String> json = lines.stream().filter(line -> line.startsWith("{\"") && line.endsWith("}")).toList();
        assertTrue(json.size() > 20, "Payara's and Educa's lines: " + json.size());
        assertTrue(json.stream().allMatch(line -> line.contains("\"Level\":") && line.contains("\"LogMessage\"")
                || line.contains("\"Throwable\"")), "Payara's JSON fields");
        List<String> text = lines.stream().filter(line -> line.matches("^\\[\\d{4}-\\d\\d-\\d\\dT.*")).toList();
        assertEquals(List.of(), text, "no line in Payara's text format");
    }

    private static List<String> linesWith(String text) {
        try {
            return educa.log().lines().filter(line -> line.contains(text)).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String applicationMetrics() {
        Page page = managementPort().get("metrics?scope=application");
        assertEquals(200, page.status(), page.body());
        return page.body();
    }

    /**
     * The sum of the samples named {@code name} whose labels include {@code labels} (0 when there is none yet: a
     * counter appears with its first count).
     */
    static double metric(String name, Map<String, String> labels) {
        double sum = 0;
        for (String line : applicationMetrics().split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (line.startsWith("#") || !sample.find() || !sample.group(1).equals(name)) {
                continue;
            }
            Map<String, String> found = new LinkedHashMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    found.put(label.group(1), label.group(2));
                }
            }
            if (found.entrySet().containsAll(labels.entrySet())) {
                sum += Double.parseDouble(sample.group(3));
            }
        }
        return sum;
    }

    private static String field(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        assertTrue(matcher.find(), regex + " in:\n" + html);
        return matcher.group(1);
    }

    private static URI publicUri() {
        return URI.create("http://127.0.0.1:" + httpPort + "/");
    }

    private static WebClient publicPort() {
        return new WebClient(publicUri());
    }

    private static WebClient managementPort() {
        return new WebClient(URI.create("http://127.0.0.1:" + managementPort + "/"));
    }
}
