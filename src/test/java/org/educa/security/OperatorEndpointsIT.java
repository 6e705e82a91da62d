package org.educa.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.educa.testing.TcpProxy;
import org.educa.testing.WebClient;
import org.educa.testing.WebClient.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The operators' endpoints of Educa as operators run it ({@code server-config/start}, README "For operators"), over a
 * real PostgreSQL server behind a {@link TcpProxy} so that the test can take the database away:
 * <ul>
 * <li>the public port serves neither Payara's metrics nor its detailed health nor an OpenAPI document;</li>
 * <li>its readiness answer {@code /ready} is exactly {@code UP} (200) while the database answers and {@code DOWN}
 * (503) while it does not, never cached, no session;</li>
 * <li>the management port ({@code MANAGEMENT_PORT}, loopback by default) serves the metrics and the health, and
 * nothing of Educa.</li>
 * </ul>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperatorEndpointsIT {

    private static final Duration BOOT = Duration.ofSeconds(240);
    /** Payara's endpoints, which must not answer on the public port. */
    private static final List<String> PAYARA_ENDPOINTS = List.of("metrics", "metrics/", "metrics/base",
            "metrics/vendor", "metrics/application", "health", "health/", "health/ready", "health/live",
            "health/started", "openapi", "openapi/", "openapi/application.wadl");
    private static final Path LOG = Path.of("target", "operator-endpoints-it.log");

    static EmbeddedPostgres postgres;
    static TcpProxy cable;
    static Process payara;
    static int httpPort;
    static int managementPort;

    @BeforeAll
    static void startEduca() throws Exception {
        postgres = EmbeddedPostgres.builder().start(); // on a free port of its own choosing
        cable = new TcpProxy(postgres.getPort());
        httpPort = freePort(8540, 8599);
        managementPort = freePort(httpPort + 1, 8599);
        Path target = Path.of("target").toAbsolutePath();
        ProcessBuilder start = new ProcessBuilder(List.of("server-config/start",
                System.getProperty("payara.microJar", target.resolve("payara-micro.jar").toString()),
                System.getProperty("educa.war", target.resolve("educa.war").toString())))
                .redirectErrorStream(true)
                .redirectOutput(LOG.toFile());
        start.environment().put("DB_DRIVER", "org.postgresql.ds.PGSimpleDataSource");
        start.environment().put("DB_URL", "jdbc:postgresql://127.0.0.1:" + cable.port() + "/postgres");
        start.environment().put("DB_USER", "postgres");
        start.environment().put("DB_PASSWORD", "postgres");
        start.environment().put("PORT", String.valueOf(httpPort));
        start.environment().put("MANAGEMENT_PORT", String.valueOf(managementPort)); // MANAGEMENT_ADDRESS: the default
        start.environment().put("EDUCA_DEMO_DATA_ENABLED", "false");
        start.environment().put("EDUCA_MEDIA_DIR", target.resolve("operator-endpoints-media").toString());
        payara = start.start();
        waitFor("Educa is ready on http://127.0.0.1:" + httpPort + "/ready", BOOT,
                () -> status(publicPort(), "ready") == 200);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (payara != null) {
            payara.descendants().forEach(ProcessHandle::destroy);
            payara.destroy();
            if (!payara.waitFor(30, TimeUnit.SECONDS)) {
                payara.descendants().forEach(ProcessHandle::destroyForcibly);
                payara.destroyForcibly().waitFor();
            }
        }
        if (cable != null) {
            cable.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void thePublicPortServesNoMetricsNoDetailedHealthAndNoOpenApi() {
        WebClient visitor = publicPort();
        for (String path : PAYARA_ENDPOINTS) {
            Page page = visitor.get(path);
            assertTrue(page.status() == 404 || page.status() == 403, "/" + path + " answers " + page.status());
            assertFalse(page.contains("# TYPE") || page.contains("\"checks\"") || page.contains("\"status\"")
                    || page.contains("wadl") || page.contains("openapi:"), "/" + path + ":\n" + page.body());
        }
    }

    @Test
    @Order(2)
    void thePublicReadinessSaysExactlyUp() {
        Page ready = publicPort().get("ready");
        assertEquals(200, ready.status());
        assertEquals("UP", ready.body());
        assertEquals("text/plain;charset=UTF-8", ready.header("Content-Type").replace(" ", ""));
        assertEquals("no-store", ready.header("Cache-Control"));
        assertNull(ready.header("Set-Cookie"), "a probe every few seconds must not make sessions");
    }

    @Test
    @Order(3)
    void theManagementPortServesMetricsAndHealthAndNothingOfEduca() {
        WebClient operator = managementPort();
        Page metrics = operator.get("metrics");
        assertEquals(200, metrics.status(), metrics.body());
        assertTrue(metrics.header("Content-Type").startsWith("text/plain"), metrics.header("Content-Type"));
        assertTrue(metrics.contains("# TYPE ") && metrics.contains("# HELP "), "Prometheus text:\n" + metrics.body());
        for (String path : List.of("health", "health/ready", "health/live", "health/started")) {
            Page health = operator.get(path);
            assertEquals(200, health.status(), path + ": " + health.body());
            assertTrue(health.header("Content-Type").startsWith("application/json"), health.header("Content-Type"));
            assertTrue(health.body().replace(" ", "").contains("\"status\":\"UP\""), path + ": " + health.body());
        }
        for (String path : List.of("", "ready", "accounts/login/")) {
            assertEquals(404, operator.get(path).status(), "Educa is not on the management port: /" + path);
        }
    }

    @Test
    @Order(4)
    void theManagementPortListensOnLoopbackOnlyByDefault() throws IOException {
        List<InetAddress> others = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .toList();
        assumeFalse(others.isEmpty(), "this machine has no address but loopback");
        for (InetAddress address : others) {
            assertThrows(ConnectException.class, () -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(address, managementPort), 2000);
                }
            }, "nothing listens on " + address.getHostAddress() + ":" + managementPort);
        }
        assertEquals(200, status(managementPort(), "metrics"), "while it answers on 127.0.0.1:" + managementPort);
    }

    @Test
    @Order(5)
    void withoutItsDatabaseTheReadinessSaysDownWith503AndUpWhenItIsBack() throws Exception {
        WebClient balancer = publicPort();
        cable.cut();
        try {
            for (int probe = 0; probe < 3; probe++) {
                Instant asked = Instant.now();
                Page down = balancer.get("ready");
                Duration took = Duration.between(asked, Instant.now());
                assertEquals(503, down.status(), "probe " + probe + " while the database is away: " + down.body());
                assertEquals("DOWN", down.body());
                assertEquals("no-store", down.header("Cache-Control"));
                assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "a probe gets its answer quickly: " + took);
            }
        } finally {
            cable.restore();
        }
        waitFor("/ready says UP again", Duration.ofSeconds(30), () -> status(balancer, "ready") == 200);
        assertEquals("UP", balancer.get("ready").body());
    }

    private static WebClient publicPort() {
        return new WebClient(URI.create("http://127.0.0.1:" + httpPort + "/"));
    }

    private static WebClient managementPort() {
        return new WebClient(URI.create("http://127.0.0.1:" + managementPort + "/"));
    }

    private static int status(WebClient client, String path) {
        try {
            return client.get(path).status();
        } catch (IllegalStateException notAnswering) {
            return -1;
        }
    }

    /** The last lines Educa logged (whole stack traces would bury the message). */
    private static String logTail() throws IOException {
        List<String> lines = Files.readAllLines(LOG);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    /** The first port in the range that is free on loopback. */
    private static int freePort(int from, int to) {
        for (int port = from; port <= to; port++) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException inUse) {
                // try the next one
            }
        }
        throw new IllegalStateException("No free port in " + from + "-" + to);
    }

    private static void waitFor(String what, Duration limit, BooleanSupplier condition) throws IOException {
        Instant end = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (!payara.isAlive() || Instant.now().isAfter(end)) {
                throw new AssertionError((payara.isAlive() ? "Timed out waiting for: " : "Educa stopped before: ")
                        + what + "\n" + logTail());
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
