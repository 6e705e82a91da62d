package org.educa.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The run command with a database that cannot be reached: start-up must stop, saying in one line which settings to
 * check, instead of starting a server that serves errors.
 */
class StartupFailureIT {

    @Test
    void anUnreachableDatabaseStopsStartUpWithOneClearLine() throws IOException, InterruptedException {
        Path log = Files.createTempFile("educa-startup-failure", ".log");
        ProcessBuilder start = new ProcessBuilder(List.of("server-config/start", System.getProperty("payara.microJar"),
                System.getProperty("educa.war")))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        start.environment().put("DB_DRIVER", "org.postgresql.ds.PGSimpleDataSource");
        start.environment().put("DB_URL", "jdbc:postgresql://127.0.0.1:1/nowhere");
        start.environment().put("PORT", "8190");
        Process payara = start.start();
        boolean stopped = payara.waitFor(120, TimeUnit.SECONDS);
        if (!stopped) {
            payara.destroyForcibly();
        }
        String output = Files.readString(log);
        assertTrue(stopped, "start-up stops by itself:\n" + output);
        assertEquals(3, payara.exitValue(), output);
        List<String> lines = output.lines().filter(line -> !line.isBlank()).toList();
        assertEquals(1, lines.size(), "one line, no stack trace:\n" + output);
        assertTrue(lines.get(0).startsWith("Educa cannot use its database: "), lines.get(0));
        assertTrue(lines.get(0).contains("DB_URL (now 'jdbc:postgresql://127.0.0.1:1/nowhere')"), lines.get(0));
        assertTrue(lines.get(0).contains("DB_PASSWORD"), lines.get(0));
    }
}
