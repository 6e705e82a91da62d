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
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.educa.testing.StartedEduca;
import org.educa.testing.WebClient;
import org.educa.testing.WebClient.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The operators' endpoints of Educa as operators run it ({@code server-config/start}, docs/operations.md), over a
 * real PostgreSQL server behind a {@link TcpProxy} so that the test can take the database away:
 * <ul>
 * <li>the public port serves neither Payara's metrics nor its detailed health nor an OpenAPI document;</li>
 * <li>its readiness answer {@code /ready} is exactly {@code UP} (200) while the database answers and {@code DOWN}
 * (503) while it does not, never cached, no session;</li>
 * <li>the management port ({@code MANAGEMENT_PORT}, loopback by default) serves the metrics and the health, and
 * nothing of Educa.</li>
 * </ul>
 */
class OperatorEndpointsIT {

    private static final Duration BOOT = Duration.ofSeconds(240);
    /** Payara's endpoints, which must not answer on the public port. */
    private static final List<String> PAYARA_ENDPOINTS = List.of("metrics", "metrics/", "metrics/base",
            "metrics/vendor", "metrics/application", "health", "health/", "health/ready", "health/live",
            "health/started", "openapi", "openapi/", "openapi/application.wadl");
    private static final Path LOG = Path.of("target", "operator-endpoints-it.log");

    static StartedEduca educa;
    static int httpPort;
    static int managementPort;

    @BeforeAll
    static void startEduca() throws Exception {
        httpPort = freePort();
        managementPort = freePort();
        educa = StartedEduca.start(LOG, Map.of(
                "PORT", String.valueOf(httpPort),
                "MANAGEMENT_PORT", String.valueOf(managementPort), // MANAGEMENT_ADDRESS: the default
                "EDUCA_DEMO_DATA_ENABLED", "false",
                "EDUCA_MEDIA_DIR", Path.of("target", "operator-endpoints-media").toAbsolutePath().toString()));
        educa.waitFor("Educa is ready on http://127.0.0.1:" + httpPort + "/ready", BOOT,
                () -> status(publicPort(), "ready") == 200);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (educa != null) {
            educa.close();
        }
    }

    /** Whatever ran before (the database taken away and given back), each test starts on a ready Educa. */
    @BeforeEach
    void educaIsReady() throws IOException {
        educa.waitFor("Educa is ready on http://127.0.0.1:" + httpPort + "/ready", Duration.ofSeconds(30),
                () -> status(publicPort(), "ready") == 200);
    }

    @Test
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
    void thePublicReadinessSaysExactlyUp() {
        Page ready = publicPort().get("ready");
        assertEquals(200, ready.status());
        assertEquals("UP", ready.body());
        assertEquals("text/plain;charset=UTF-8", ready.header("Content-Type").replace(" ", ""));
        assertEquals("no-store", ready.header("Cache-Control"));
        assertNull(ready.header("Set-Cookie"), "a probe every few seconds must not make sessions");
    }

    @Test
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
    void withoutItsDatabaseTheReadinessSaysDownWith503AndUpWhenItIsBack() throws Exception {
        WebClient balancer = publicPort();
        educa.cable().cut();
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
            educa.cable().restore();
        }
        educa.waitFor("/ready says UP again", Duration.ofSeconds(30), () -> status(balancer, "ready") == 200);
        assertEquals("UP", balancer.get("ready").body());
    }

    private static WebClient publicPort() {
        return new WebClient(URI.create("http://127.0.0.1:" + httpPort + "/"));
    }

    private static WebClient managementPort() {
        return new WebClient(URI.create("http://127.0.0.1:" + managementPort + "/"));
    }

}
