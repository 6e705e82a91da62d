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
    /**
     * Payara's endpoints, which must not answer on the public port (its {@code health/ready} and {@code health/live}
     * are Educa's minimal probes there, {@link #thePublicProbesSayExactlyUpAndNothingElse}).
     */
    private static final List<String> PAYARA_ENDPOINTS = List.of("metrics", "metrics/", "metrics/base",
            "metrics/vendor", "metrics/application", "health", "health/", "health/started", "openapi", "openapi/",
            "openapi/application.wadl");
    /** The public probes: the status of Educa's readiness (also under its older name) and liveness checks. */
    private static final List<String> PUBLIC_PROBES = List.of("ready", "health/ready", "health/live");
    /** Educa's own checks, which the management port's health lists with their data. */
    private static final List<String> READINESS_CHECKS = List.of("educa-database", "educa-migrations",
            "educa-data-grid");
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
    void thePublicProbesSayExactlyUpAndNothingElse() {
        for (String path : PUBLIC_PROBES) {
            Page probe = publicPort().get(path);
            assertEquals(200, probe.status(), path);
            assertEquals("UP", probe.body(), "the status only, no check and no data: /" + path);
            assertEquals("text/plain;charset=UTF-8", probe.header("Content-Type").replace(" ", ""), path);
            assertEquals("no-store", probe.header("Cache-Control"), path);
            assertNull(probe.header("Set-Cookie"), "a probe every few seconds must not make sessions: /" + path);
        }
    }

    @Test
    void theManagementPortsHealthHoldsEducasOwnChecks() {
        WebClient operator = managementPort();
        String ready = operator.get("health/ready").body().replace(" ", "");
        for (String check : READINESS_CHECKS) {
            assertTrue(ready.contains("\"name\":\"" + check + "\""), check + " in /health/ready: " + ready);
        }
        assertTrue(ready.contains("\"schemaVersion\""), "the migrations' data: " + ready);
        String live = operator.get("health/live").body().replace(" ", "");
        assertTrue(live.contains("\"name\":\"educa-jvm\"") && live.matches("(?s).*\"deadlockedThreads\":\"?0\"?.*"),
                live);
        assertFalse(live.contains("educa-database"), "liveness never asks the database: " + live);
        String all = operator.get("health").body();
        for (String check : READINESS_CHECKS) {
            assertTrue(all.contains(check), check + " in /health: " + all);
        }
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
                for (String path : List.of("ready", "health/ready")) {
                    Instant asked = Instant.now();
                    Page down = balancer.get(path);
                    Duration took = Duration.between(asked, Instant.now());
                    assertEquals(503, down.status(), "/" + path + " while the database is away: " + down.body());
                    assertEquals("DOWN", down.body(), "the status only: /" + path);
                    assertEquals("no-store", down.header("Cache-Control"));
                    assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "a probe gets its answer quickly: " + took);
                }
                Page live = balancer.get("health/live");
                assertEquals(200, live.status(), "alive without its database: a restart would not help");
                assertEquals("UP", live.body());
            }
        } finally {
            educa.cable().restore();
        }
        educa.waitFor("/ready says UP again", Duration.ofSeconds(30), () -> status(balancer, "ready") == 200);
        assertEquals("UP", balancer.get("ready").body());
        assertEquals("UP", balancer.get("health/ready").body());
    }

    private static WebClient publicPort() {
        return new WebClient(URI.create("http://127.0.0.1:" + httpPort + "/"));
    }

    private static WebClient managementPort() {
        return new WebClient(URI.create("http://127.0.0.1:" + managementPort + "/"));
    }

}
