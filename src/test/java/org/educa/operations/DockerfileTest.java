package org.educa.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the Dockerfile promises, checked where Docker is not at hand (no registry here offers hadolint: the file was
 * reviewed by hand against its rules, and these are the ones that matter to Educa): a pinned base image, a non-root
 * user, the run command's start script as the entry point (one start logic), a {@code HEALTHCHECK} on a public
 * probe, nothing copied that the build context leaves out.
 */
class DockerfileTest {

    private static final Pattern PROBE = Pattern.compile("GET (/health/ready|/health/live|/ready) HTTP");

    private final List<String> instructions = instructions(Path.of("Dockerfile"));

    DockerfileTest() throws IOException {
    }

    @Test
    void theBaseImageIsPinnedAndNothingIsFetchedOrAddedAtBuildTime() {
        List<String> from = withKeyword("FROM");
        assertEquals(1, from.size(), "one stage: " + from);
        assertTrue(from.get(0).matches("FROM payara/micro:\\d+\\.\\d+\\.\\d+-jdk17"), from.get(0));
        for (String instruction : instructions) {
            assertFalse(instruction.startsWith("ADD "), "COPY, not ADD: " + instruction);
            assertFalse(instruction.matches("(?s).*\\b(apt-get|curl|wget)\\b.*") && !instruction.startsWith("HEALTHCHECK"),
                    "nothing fetched while building: " + instruction);
        }
    }

    @Test
    void itRunsAsTheNonRootUserOfTheImage() {
        List<String> users = withKeyword("USER");
        assertFalse(users.isEmpty());
        assertEquals("USER payara", users.get(users.size() - 1), "the last USER is the one that runs");
        int lastUser = instructions.lastIndexOf(users.get(users.size() - 1));
        assertTrue(instructions.indexOf(withKeyword("ENTRYPOINT").get(0)) > lastUser, "and it runs Educa");
    }

    @Test
    void itStartsByTheRunCommandsScriptListeningOnTheContainersInterfaces() {
        List<String> entry = withKeyword("ENTRYPOINT");
        assertEquals(1, entry.size());
        assertTrue(entry.get(0).startsWith("ENTRYPOINT [\"/opt/payara/server-config/start\""),
                "exec form, server-config/start: " + entry.get(0));
        assertTrue(withKeyword("COPY").stream().anyMatch(copy -> copy.contains("server-config/start ")),
                "the script is copied from server-config/");
        assertTrue(withKeyword("ENV").stream().anyMatch(env -> env.contains("EDUCA_LISTEN=all")), "EDUCA_LISTEN=all");
        assertFalse(String.join("\n", instructions).contains("CLUSTER_MEMBERS="),
                "alone unless told otherwise: no cluster baked in");
    }

    @Test
    void itsHealthCheckAsksAPublicProbeOnThePublicPort() {
        List<String> health = withKeyword("HEALTHCHECK");
        assertEquals(1, health.size());
        Matcher probe = PROBE.matcher(health.get(0));
        assertTrue(probe.find(), "a probe of ProbeServlet: " + health.get(0));
        assertTrue(health.get(0).contains("/dev/tcp/127.0.0.1/8080") && health.get(0).contains("' 200 '"),
                "port 8080, healthy on 200 only: " + health.get(0));
    }

    @Test
    void everyFileItCopiesIsLetInByDockerignore() throws IOException {
        List<String> allowed = Files.readAllLines(Path.of(".dockerignore")).stream()
                .filter(line -> line.startsWith("!")).map(line -> line.substring(1)).toList();
        for (String copy : withKeyword("COPY")) {
            List<String> words = new ArrayList<>(Arrays.asList(copy.split("\\s+")));
            words.remove(0);
            words.removeIf(word -> word.startsWith("--"));
            for (String source : words.subList(0, words.size() - 1)) {
                assertTrue(allowed.stream().anyMatch(prefix -> source.startsWith(prefix.replaceAll("/$", ""))),
                        source + " is left out of the build context by .dockerignore " + allowed);
                if (source.startsWith("server-config/") && !source.contains("*")) {
                    assertTrue(Files.exists(Path.of(source)), source);
                }
            }
        }
    }

    private List<String> withKeyword(String keyword) {
        return instructions.stream().filter(instruction -> instruction.startsWith(keyword + " ")).toList();
    }

    /** The instructions, continuation lines joined, comments left out. */
    private static List<String> instructions(Path dockerfile) throws IOException {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(dockerfile)) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String trimmed = line.strip();
            boolean continues = trimmed.endsWith("\\");
            current.append(continues ? trimmed.substring(0, trimmed.length() - 1) : trimmed).append(' ');
            if (!continues) {
                instructions.add(current.toString().strip().replaceAll("\\s+", " "));
                current.setLength(0);
            }
        }
        return instructions;
    }
}
