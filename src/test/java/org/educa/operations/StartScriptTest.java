package org.educa.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code server-config/start}, the one start script of the run command and the Docker image: what it hands Payara
 * Micro for each way Educa runs. A stand-in {@code java} first on the PATH records the command lines instead of
 * starting anything.
 */
class StartScriptTest {

    private static final Path SCRIPT = Path.of("server-config", "start").toAbsolutePath();

    @TempDir
    Path dir;
    Path war;
    Path calls;

    @BeforeEach
    void standInJava() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        calls = dir.resolve("calls.txt");
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"$*\" >> '" + calls + "'\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        war = Files.createDirectories(dir.resolve("app")).resolve("educa.war");
        Files.writeString(war, "");
    }

    @Test
    void aloneOnLoopbackItRunsWithoutClusterAndKeepsSessionsInMemory() throws Exception {
        assertEquals(0, start(Map.of()));
        String payara = payaraCommand();
        assertTrue(payara.contains("--nocluster") && payara.contains("--disablephonehome"), payara);
        assertTrue(payara.contains("-Dhazelcast.socket.bind.any=false"), payara);
        String preBoot = preBoot();
        assertTrue(preBoot.contains("http-listener.address=127.0.0.1"), "loopback only:\n" + preBoot);
        assertTrue(preBoot.contains("availability-enabled=false"), "sessions in memory:\n" + preBoot);
        assertTrue(preBoot.contains("create-http-listener --listeneraddress ${ENV=MANAGEMENT_ADDRESS}"), preBoot);
        assertTrue(Files.readString(war.resolveSibling("post-boot-local.asadmin"))
                .contains("--virtualservers server"), "Educa on the public virtual server only");
        assertTrue(Files.readAllLines(calls).get(0).contains("org.educa.config.database.DatabaseCheck"),
                "the database is checked first");
    }

    @Test
    void inAContainerItListensOnEveryInterfaceAndStaysAloneWithoutClusterSettings() throws Exception {
        assertEquals(0, start(Map.of("EDUCA_LISTEN", "all")));
        String payara = payaraCommand();
        assertTrue(payara.contains("--nocluster"), payara);
        assertTrue(payara.contains("-Dhazelcast.socket.bind.any=true"), payara);
        String preBoot = preBoot();
        assertFalse(preBoot.contains("address=127.0.0.1") || preBoot.contains("interface=127.0.0.1"),
                "no listener bound to loopback:\n" + preBoot);
        assertTrue(preBoot.contains("availability-enabled=false"), "alone: sessions in memory:\n" + preBoot);
    }

    @Test
    void withClusterMembersItJoinsOverTcpAndReplicatesSessions() throws Exception {
        assertEquals(0, start(Map.of("EDUCA_LISTEN", "all", "CLUSTER_MEMBERS", "10.0.0.5:6900,10.0.0.6:6900")));
        String payara = payaraCommand();
        assertTrue(payara.contains("--clustermode tcpip:10.0.0.5:6900,10.0.0.6:6900"), payara);
        assertFalse(payara.contains("--nocluster"), payara);
        assertFalse(preBoot().contains("availability-enabled=false"), "sessions replicated");
    }

    @Test
    void onKubernetesItJoinsTheMembersOfTheHeadlessService() throws Exception {
        assertEquals(0, start(Map.of("EDUCA_LISTEN", "all", "CLUSTER_KUBERNETES", "educa,educa-grid")));
        String payara = payaraCommand();
        assertTrue(payara.contains("--clustermode kubernetes:educa,educa-grid"), payara);
        assertFalse(payara.contains("--nocluster"), payara);
        assertFalse(preBoot().contains("availability-enabled=false"), "sessions replicated");
    }

    @Test
    void contradictorySettingsStopItBeforePayaraStarts() throws Exception {
        assertEquals(2, start(Map.of("CLUSTER_MEMBERS", "a:6900", "CLUSTER_KUBERNETES", "educa,educa-grid")));
        assertEquals(2, start(Map.of("EDUCA_LISTEN", "everywhere")));
        assertTrue(Files.readAllLines(calls).stream().noneMatch(line -> line.contains("payara-micro.jar")),
                "Payara Micro never started");
    }

    private int start(Map<String, String> settings) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(SCRIPT.toString(), "payara-micro.jar", war.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("CLUSTER_") || name.startsWith("EDUCA_")
                || name.equals("JAVA_OPTS"));
        environment.put("PATH", dir.resolve("bin") + ":" + environment.get("PATH"));
        environment.putAll(settings);
        Process process = builder.start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the script ends");
        return process.exitValue();
    }

    private String payaraCommand() throws IOException {
        return Files.readAllLines(calls).stream().filter(line -> line.contains("-jar payara-micro.jar")).findFirst()
                .orElseThrow(() -> new AssertionError("Payara Micro was not started"));
    }

    private String preBoot() throws IOException {
        return Files.readString(war.resolveSibling("pre-boot-local.asadmin"));
    }
}
