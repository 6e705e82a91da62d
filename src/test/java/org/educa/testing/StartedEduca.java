package org.educa.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Educa started as an operator starts it, by {@code server-config/start}, over an embedded PostgreSQL reached through
 * a {@link TcpProxy} (so a test can take the database away), its output in a log file: for the tests of what only
 * the real start-up shows (listeners, management port, recovery).
 */
public final class StartedEduca implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final TcpProxy cable;
    private final Process payara;
    private final Path log;

    private StartedEduca(EmbeddedPostgres postgres, TcpProxy cable, Process payara, Path log) {
        this.postgres = postgres;
        this.cable = cable;
        this.payara = payara;
        this.log = log;
    }

    /**
     * Starts Educa with these settings (on top of the database's) and Payara Micro options; returns at once, so
     * {@link #waitFor} what shows it is up.
     */
    public static StartedEduca start(Path log, Map<String, String> settings, String... options) throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start(); // on a free port of its own choosing
        TcpProxy cable = new TcpProxy(postgres.getPort());
        Path target = Path.of("target").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of("server-config/start",
                System.getProperty("payara.microJar", target.resolve("payara-micro.jar").toString()),
                System.getProperty("educa.war", target.resolve("educa.war").toString())));
        command.addAll(List.of(options));
        ProcessBuilder start = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        start.environment().put("DB_DRIVER", "org.postgresql.ds.PGSimpleDataSource");
        start.environment().put("DB_URL", "jdbc:postgresql://127.0.0.1:" + cable.port() + "/postgres");
        start.environment().put("DB_USER", "postgres");
        start.environment().put("DB_PASSWORD", "postgres");
        start.environment().putAll(settings);
        return new StartedEduca(postgres, cable, start.start(), log);
    }

    /** The connection to the database, to cut and restore. */
    public TcpProxy cable() {
        return cable;
    }

    public boolean isAlive() {
        return payara.isAlive();
    }

    /** Everything Educa has logged so far. */
    public String log() throws IOException {
        return Files.readString(log);
    }

    public long logSize() throws IOException {
        return Files.size(log);
    }

    /** The last lines Educa logged (whole stack traces would bury the message). */
    public String logTail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    /** Waits, a second at a time, until {@code condition} holds; fails if Educa stops or {@code limit} passes. */
    public void waitFor(String what, Duration limit, BooleanSupplier condition) throws IOException {
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

    /**
     * Waits until the log has not grown for a second, so that what Educa logs about an earlier step (such as the
     * database coming back) is written before a test counts what its own requests make it log.
     */
    public void waitForQuietLog(Duration limit) throws IOException {
        long[] size = {logSize()};
        waitFor("a quiet log", limit, () -> {
            try {
                Thread.sleep(1000);
                long now = logSize();
                boolean quiet = now == size[0];
                size[0] = now;
                return quiet;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        });
    }

    /** The status of a page, or -1 while nothing answers. */
    public static int status(WebClient client, String path) {
        try {
            return client.get(path).status();
        } catch (IllegalStateException notAnswering) {
            return -1;
        }
    }

    /** A port that is free on loopback now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Stops Educa (and what its script started), then the proxy and the database. */
    @Override
    public void close() throws Exception {
        payara.descendants().forEach(ProcessHandle::destroy);
        payara.destroy();
        if (!payara.waitFor(30, TimeUnit.SECONDS)) {
            payara.descendants().forEach(ProcessHandle::destroyForcibly);
            payara.destroyForcibly().waitFor();
        }
        cable.close();
        postgres.close();
    }
}
