package org.educa.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.educa.business.authoring.CourseCovers;
import org.educa.business.authoring.ImageType;
import org.educa.config.startup.DemoData;
import org.educa.testing.S3Server;
import org.educa.testing.TestImages;
import org.educa.testing.WebClient;
import org.educa.testing.WebClient.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Two Payara Micro instances of the WAR, started by {@code server-config/cluster/start-member} as an operator would,
 * form one Hazelcast cluster over TCP on loopback, over one PostgreSQL server (embedded binaries): they share the
 * caches, see each other's changes at once and share the HTTP sessions, and one keeps serving when the other stops.
 * Each member has a media directory of its own, as two hosts have, and both keep the media in one bucket of an
 * S3-compatible server (S3Proxy, started here on 127.0.0.1): a file uploaded through one is served by the other.
 * Runs alone in the Maven profile {@code cluster}: {@code mvn verify -Pcluster}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    /** The edit link of a published course on "Courses I teach" (its state badge comes first in its row). */
    private static final Pattern PUBLISHED_EDIT_LINK = Pattern.compile("state-published(?s:.*?)/course/(\\d+)/edit/");
    private static final Pattern PROGRESS = Pattern.compile("id=\"progress-label\">([^<]+)<");
    private static final Duration BOOT = Duration.ofSeconds(240);

    static final String BUCKET = "educa-cluster";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static EmbeddedPostgres postgres;
    static S3Server s3;
    static final List<Process> members = new ArrayList<>();
    static int httpBase;
    static int hazelcastBase;
    static int managementBase;

    @BeforeAll
    static void startCluster() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        s3 = S3Server.start();
        s3.bucket(BUCKET).close();
        for (int member = 1; member <= 2; member++) {
            deleteRecursively(mediaDirectory(member));
        }
        httpBase = freePair(8250, 8298);
        hazelcastBase = freePair(6970, 6988);
        managementBase = freePair(8350, 8398); // not start-member's 9080, which another Educa may hold
        String cluster = "educa-it-" + UUID.randomUUID().toString().substring(0, 8);
        members.add(start(1, cluster));
        waitFor("member 1 serves", BOOT, () -> serves(1));
        members.add(start(2, cluster));
        waitFor("member 2 serves", BOOT, () -> serves(2));
        waitFor("both members in one cluster", Duration.ofSeconds(60),
                () -> log(2).contains("DG Size: 2"));
    }

    @AfterAll
    static void stopCluster() throws Exception {
        for (Process member : members) {
            member.destroy();
        }
        for (Process member : members) {
            if (!member.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                member.destroyForcibly().waitFor();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
        if (s3 != null) {
            s3.close();
        }
    }

    @Test
    @Order(1)
    void aFileUploadedThroughOneMemberIsServedByTheOther() throws Exception {
        // ada gives one of her published courses a new cover through member 1
        WebClient ada = client(1);
        assertEquals(302, ada.signIn(DemoData.INSTRUCTOR, DemoData.INSTRUCTOR_PASSWORD).status());
        String course = first(PUBLISHED_EDIT_LINK, ada.get("course/mine/").body());
        byte[] png = TestImages.png(0x0E7490);
        String path = "course/image/" + course + "/";
        Page sent = ada.uploadWithForm(path, ada.get(path), "cover", "upload", "file", "cover.png", png);
        assertEquals(302, sent.status(), "uploaded through member 1:\n" + sent.body());
        String name = CourseCovers.storedName(png, ImageType.PNG);
        String cover = "media/covers/" + course + "/" + name;

        // member 2 serves it, whole, by range and conditionally, from the bucket, not from a disk of its own
        HttpResponse<byte[]> whole = fetch(2, cover, Map.of());
        assertEquals(200, whole.statusCode());
        assertArrayEquals(png, whole.body(), "member 2 serves the bytes uploaded through member 1");
        assertEquals("image/png", whole.headers().firstValue("Content-Type").orElseThrow());
        String eTag = whole.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> part = fetch(2, cover, Map.of("Range", "bytes=8-23"));
        assertEquals(206, part.statusCode());
        assertArrayEquals(Arrays.copyOfRange(png, 8, 24), part.body());
        assertEquals("bytes 8-23/" + png.length, part.headers().firstValue("Content-Range").orElseThrow());
        assertEquals(304, fetch(2, cover, Map.of("If-None-Match", eTag)).statusCode(), "member 1's ETag is member 2's");
        assertEquals(eTag, fetch(1, cover, Map.of()).headers().firstValue("ETag").orElseThrow());
        assertEquals(416, fetch(2, cover, Map.of("Range", "bytes=" + png.length + "-")).statusCode());
        for (int member = 1; member <= 2; member++) {
            assertFalse(Files.exists(mediaDirectory(member).resolve(name)), "not on member " + member + "'s disk");
        }
        try (S3Client bucket = s3.client()) {
            assertEquals(png.length, bucket.headObject(request -> request.bucket(BUCKET).key(name)).contentLength());
            // the demo data that member 1 wrote at start-up is in the bucket too, and member 2 serves it to those
            // who may see it (access checks stay in Educa: a visitor gets a 404, the bucket is never public)
            String sheet = bucket.listObjectsV2(request -> request.bucket(BUCKET)).contents().stream()
                    .map(object -> object.key()).filter(key -> key.endsWith(".txt")).findFirst().orElseThrow();
            WebClient admin = client(2);
            assertEquals(302, admin.signIn(DemoData.ADMIN, DemoData.ADMIN_PASSWORD).status());
            HttpResponse<byte[]> file = fetch(2, "media/" + sheet, Map.of("Cookie", admin.cookieHeader()));
            assertEquals(200, file.statusCode());
            assertTrue(new String(file.body(), StandardCharsets.UTF_8).contains("Exercises"));
            assertEquals(404, fetch(2, "media/" + sheet, Map.of()).statusCode(), "a visitor gets nothing");
        }
    }

    @Test
    @Order(2)
    void twoMembersShareCachesChangesAndSessionsAndOneSurvivesTheOther() {
        // the cache monitor on member 1 lists both members
        WebClient admin = client(1);
        assertEquals(302, admin.signIn(DemoData.ADMIN, DemoData.ADMIN_PASSWORD).status());
        Page monitor = admin.get("admin/cache/");
        assertEquals(200, monitor.status());
        assertTrue(monitor.contains("[127.0.0.1]:" + hazelcastBase) && monitor.contains("[127.0.0.1]:" + (hazelcastBase + 1)),
                "the monitor lists both members:\n" + monitor.body());

        // a page cached through member 1 is a hit at once on member 2
        String subject = "course/subject/mathematics/";
        assertEquals("miss", client(1).get(subject).header("X-Educa-Cache"));
        assertEquals("hit", client(1).get(subject).header("X-Educa-Cache"));
        Page shared = client(2).get(subject);
        assertEquals(200, shared.status());
        assertEquals("hit", shared.header("X-Educa-Cache"), "member 2 serves what member 1 cached");
        double nearSite = nearHits(2, "educa-site");
        assertEquals("hit", client(2).get(subject).header("X-Educa-Cache"));
        assertTrue(nearHits(2, "educa-site") > nearSite, "member 2 now answers it from its near cache");

        // a course changed through member 1 is shown changed by member 2
        WebClient ada = client(1);
        assertEquals(302, ada.signIn(DemoData.INSTRUCTOR, DemoData.INSTRUCTOR_PASSWORD).status());
        String course = first(PUBLISHED_EDIT_LINK, ada.get("course/mine/").body()); // a draft's overview is a 404
        String path = "course/" + course + "/edit/";
        Page form = ada.get(path);
        String slug = field(form, "slug");
        assertEquals(200, client(2).get("course/" + slug + "/").status());
        assertEquals("hit", client(2).get("course/" + slug + "/").header("X-Educa-Cache"), "the overview is cached");
        client(2).get("");
        client(2).get("");
        nearSite = nearHits(2, "educa-site");
        assertEquals("hit", client(2).get("course/" + slug + "/").header("X-Educa-Cache"));
        assertEquals("hit", client(2).get("").header("X-Educa-Cache"));
        assertTrue(nearHits(2, "educa-site") >= nearSite + 2, "member 2 answers the overview and the catalog near");
        String title = "Renamed on member 1 " + UUID.randomUUID().toString().substring(0, 6);
        Page saved = ada.submit(form, path, "course", Map.of("subject_input", selectedSubject(form), "title", title,
                "slug", slug, "overview", textarea(form, "overview")), "save");
        assertTrue(saved.isRedirect(), "the course is saved:\n" + saved.body());
        // the very next requests, no waiting: member 1 had member 2 forget its near copies before it answered
        assertTrue(client(2).get("course/" + slug + "/").contains(title), "member 2 shows the new title");
        assertTrue(client(2).get("").contains(title), "member 2's catalog shows the new title");

        // a form rendered by member 1 is sent through member 2: the view it saved in the session is there
        WebClient adaOnTwo = client(2);
        adaOnTwo.setSessionId(ada.sessionId().orElseThrow());
        adaOnTwo.addCookie("JSESSIONIDVERSION", ada.cookie("JSESSIONIDVERSION").orElseThrow());
        Page again = ada.get(path);
        // Payara stores the session in the grid after the response has gone out: a person takes longer than that to
        // fill the form in, a test does not
        pause(Duration.ofSeconds(2));
        String retitled = "Renamed through member 2 " + UUID.randomUUID().toString().substring(0, 6);
        Page resaved = adaOnTwo.submit(again, path, "course", Map.of("subject_input", selectedSubject(again),
                "title", retitled, "slug", slug, "overview", textarea(again, "overview")), "save");
        assertTrue(resaved.isRedirect(), "member 2 takes the form member 1 rendered:\n" + resaved.body());
        assertTrue(client(1).get("course/" + slug + "/").contains(retitled), "member 1 shows member 2's change");
        title = retitled;

        // a session begun on member 1 goes on on member 2
        WebClient sam = client(1);
        assertEquals(302, sam.signIn(DemoData.STUDENT, DemoData.STUDENT_PASSWORD).status());
        assertTrue(sam.get("students/courses/").contains("Signed in as"));
        WebClient samOnTwo = client(2);
        // as a browser behind a load balancer would: both of Payara's session cookies, the id and its version
        samOnTwo.setSessionId(sam.sessionId().orElseThrow());
        samOnTwo.addCookie("JSESSIONIDVERSION", sam.cookie("JSESSIONIDVERSION").orElseThrow());
        Page continued = samOnTwo.get("students/courses/");
        assertEquals(200, continued.status(), "still signed in on member 2");
        assertTrue(continued.contains("Signed in as"));

        // a module marked done through member 1 shows at once on member 2's cached study page of that student
        String courseId = first(Pattern.compile("data-course=\"(\\d+)\""), continued.body());
        String study = "students/course/" + courseId + "/";
        samOnTwo.get(study);
        samOnTwo.get(study);
        double nearViews = nearHits(2, "educa-views");
        double nearUsers = nearHits(2, "educa-users");
        Page cached = samOnTwo.get(study);
        assertEquals("hit", cached.header("X-Educa-Cache"), "the study page is cached");
        assertTrue(nearHits(2, "educa-views") > nearViews, "member 2 answers the study page from its near cache");
        assertTrue(nearHits(2, "educa-users") > nearUsers, "and who the student is as well: no trip to the grid");
        String progressBefore = first(PROGRESS, cached.body());
        String mark = first(Pattern.compile("id=\"mark-done\"[^>]*action=\"/([^\"]+)\""), cached.body());
        String done = first(Pattern.compile("name=\"done\" value=\"(true|false)\""), cached.body());
        assertEquals(302, sam.post(mark, Map.of("done", done, "csrf", cached.csrf())).status(), "marked on member 1");
        Page marked = samOnTwo.get(study);
        assertEquals("miss", marked.header("X-Educa-Cache"), "member 2's copy was evicted");
        assertFalse(progressBefore.equals(first(PROGRESS, marked.body())), "member 2 shows the new progress");

        // member 1 stops; member 2 goes on serving, the session too
        Process first = members.get(0);
        first.destroy();
        waitFor("member 1 stopped", Duration.ofSeconds(60), () -> !first.isAlive());
        assertFalse(serves(1));
        Page catalog = client(2).get("");
        assertEquals(200, catalog.status());
        assertTrue(catalog.contains(title));
        Page after = samOnTwo.get("students/courses/");
        assertEquals(200, after.status(), "the session survived member 1");
        assertTrue(after.contains("Signed in as"));
        assertEquals(200, client(2).get("course/" + slug + "/").status());
    }

    private static Process start(int member, String cluster) throws IOException {
        Path target = Path.of("target").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder("bash", Path.of("server-config/cluster/start-member").toString(),
                String.valueOf(member), System.getProperty("payara.microJar", target.resolve("payara-micro.jar").toString()),
                System.getProperty("educa.war", target.resolve("educa.war").toString()))
                .redirectErrorStream(true)
                .redirectOutput(logFile(member).toFile());
        Map<String, String> env = builder.environment();
        env.put("CLUSTER_HTTP_BASE", String.valueOf(httpBase));
        env.put("CLUSTER_HZ_BASE", String.valueOf(hazelcastBase));
        env.put("CLUSTER_MANAGEMENT_BASE", String.valueOf(managementBase));
        env.put("CLUSTER_NAME", cluster);
        env.put("DB_DRIVER", "org.postgresql.ds.PGSimpleDataSource");
        env.put("DB_URL", "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres");
        env.put("DB_USER", "postgres");
        env.put("DB_PASSWORD", "postgres");
        // a media directory of its own, as on two hosts, and the media in the one bucket
        env.put("EDUCA_MEDIA_DIR", mediaDirectory(member).toString());
        env.put("EDUCA_MEDIA_STORE", "s3");
        env.put("EDUCA_S3_ENDPOINT", s3.endpoint().toString());
        env.put("EDUCA_S3_BUCKET", BUCKET);
        env.put("EDUCA_S3_REGION", S3Server.REGION);
        env.put("AWS_ACCESS_KEY_ID", S3Server.ACCESS_KEY);
        env.put("AWS_SECRET_ACCESS_KEY", S3Server.SECRET_KEY);
        return builder.start();
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var files = Files.walk(directory)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static Path mediaDirectory(int member) {
        return Path.of("target", "cluster-media-" + member).toAbsolutePath();
    }

    /** The response's bytes, as a browser (of a signed-in person, with a Cookie header) gets them. */
    private static HttpResponse<byte[]> fetch(int member, String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (httpBase + member - 1)
                + "/" + path)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Member {@code member}'s count of reads of {@code cache} that its near cache answered (its metrics). */
    private static double nearHits(int member, String cache) {
        try {
            HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + (managementBase + member - 1) + "/metrics?scope=application")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return metrics.body().lines()
                    .filter(line -> line.startsWith("educa_cache_near_hits_total{") && line.contains("cache=\"" + cache + "\""))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .findFirst().orElse(0);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("No metrics from member " + member, e);
        }
    }

    private static Path logFile(int member) {
        return Path.of("target", "cluster-member-" + member + ".log");
    }

    private static String log(int member) {
        try {
            return Files.readString(logFile(member));
        } catch (IOException e) {
            return "";
        }
    }

    private static WebClient client(int member) {
        return new WebClient(URI.create("http://127.0.0.1:" + (httpBase + member - 1) + "/"));
    }

    private static boolean serves(int member) {
        try {
            return client(member).get("").status() == 200;
        } catch (IllegalStateException notYet) {
            return false;
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static void waitFor(String what, Duration limit, BooleanSupplier condition) {
        Instant end = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            members.stream().filter(member -> !member.isAlive()).findFirst().ifPresent(dead -> {
                if (!what.contains("stopped")) {
                    throw new AssertionError("A member died while waiting for: " + what + "\n" + log(1) + "\n" + log(2));
                }
            });
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Timed out waiting for: " + what);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The first of two consecutive ports in the range that are free on loopback. */
    private static int freePair(int from, int to) {
        for (int port = from; port < to; port++) {
            if (free(port) && free(port + 1)) {
                return port;
            }
        }
        throw new IllegalStateException("No two free ports in " + from + "-" + to);
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }

    private static String field(Page page, String name) {
        Matcher input = Pattern.compile("<input[^>]*name=\"course:" + name + "\"[^>]*>").matcher(page.body());
        assertTrue(input.find(), "no field " + name);
        return unescape(first(Pattern.compile("value=\"([^\"]*)\""), input.group()));
    }

    private static String textarea(Page page, String name) {
        return unescape(first(Pattern.compile("<textarea[^>]*name=\"course:" + name + "\"[^>]*>([^<]*)</textarea>"),
                page.body()));
    }

    private static String selectedSubject(Page page) {
        return first(Pattern.compile("<option value=\"(\\d+)\" selected"), page.body());
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#10;", "\n").replace("&#13;", "\r").replace("&amp;", "&");
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("No " + pattern + " in:\n" + text);
        }
        return matcher.group(1);
    }
}
