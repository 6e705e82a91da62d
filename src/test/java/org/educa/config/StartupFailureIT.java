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
 * Starts the real WAR on Payara Micro with a database that cannot be reached: start-up must stop, saying in one
 * line which settings to check, instead of serving errors.
 */
class StartupFailureIT {

    @Test
    void anUnreachableDatabaseStopsStartUpWithOneClearLine() throws IOException, InterruptedException {
        Path log = Files.createTempFile("educa-startup-failure", ".log");
        Process payara = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Ddb.driver=org.postgresql.ds.PGSimpleDataSource",
                "-Ddb.url=jdbc:postgresql://127.0.0.1:1/nowhere",
                "-jar", System.getProperty("payara.microJar"),
                "--deploy", System.getProperty("educa.war"),
                "--nocluster", "--disablephonehome", "--autobindhttp", "--port", "8190",
                "--prebootcommandfile", "server-config/pre-boot-loopback.asadmin"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean stopped = payara.waitFor(180, TimeUnit.SECONDS);
        if (!stopped) {
            payara.destroyForcibly();
        }
        String output = Files.readString(log);
        assertTrue(stopped, "start-up stops by itself");
        assertEquals(3, payara.exitValue());
        List<String> lines = output.lines().filter(line -> line.contains("Educa cannot use its database")).toList();
        assertEquals(1, lines.size(), output);
        assertTrue(lines.get(0).contains("DB_URL (now 'jdbc:postgresql://127.0.0.1:1/nowhere')"), lines.get(0));
        assertTrue(lines.get(0).contains("DB_PASSWORD"), lines.get(0));
    }
}
