package io.github.cloudsync.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cloudsync as its own process ({@code java ... io.github.cloudsync.cli.Main plan}) against a {@link HostileGraph}:
 * it always ends on SIGTERM, also after a 200 MB answer under {@code -Xmx256m}. The only bound on time is a generous
 * one on waiting for the exit; nothing measures how long anything took.
 */
class HostileGraphProcessTest {
    private static final Duration GENEROUS = Duration.ofMinutes(2);

    @TempDir
    Path dir;

    @Test
    void sigtermEndsARunWaitingOnABodyThatStalls() throws Exception {
        try (HostileGraph graph = new HostileGraph(HostileGraphTest.TENANT, HostileGraph.Answer.STALL_AFTER_HEADERS)) {
            Process cloudsync = start(graph);
            try {
                assertThat(graph.awaitFirstHostileRequest(GENEROUS)).isTrue();
                cloudsync.destroy();
                assertThat(cloudsync.waitFor(GENEROUS.toSeconds(), TimeUnit.SECONDS))
                        .as("cloudsync ended after SIGTERM")
                        .isTrue();
                assertThat(cloudsync.exitValue()).isEqualTo(143);
            } finally {
                cloudsync.destroyForcibly();
            }
        }
    }

    @Test
    void aHugeAnswerUnderASmallHeapEndsTheRunAndSigtermIsNeverIgnored() throws Exception {
        try (HostileGraph graph = new HostileGraph(HostileGraphTest.TENANT, HostileGraph.Answer.HUGE_THEN_STALL)) {
            Process cloudsync = start(graph);
            try {
                assertThat(graph.awaitFirstHostileRequest(GENEROUS)).isTrue();
                graph.awaitBodyEnd(GENEROUS);
                cloudsync.destroy();
                assertThat(cloudsync.waitFor(GENEROUS.toSeconds(), TimeUnit.SECONDS))
                        .as("cloudsync ended by itself or after SIGTERM")
                        .isTrue();
                String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
                assertThat(cloudsync.exitValue()).as(err).isIn(1, 143);
                assertThat(err).doesNotContain("OutOfMemoryError");
                assertThat(graph.bytesSent()).isLessThan(HostileGraph.HUGE_BYTES);
            } finally {
                cloudsync.destroyForcibly();
            }
        }
    }

    private Process start(HostileGraph graph) throws Exception {
        Path profile = HostileGraphTest.profile(dir);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(
                java,
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                "io.github.cloudsync.cli.Main",
                "plan",
                "-p",
                profile.toString(),
                "--graph-url",
                graph.url(),
                "--auth",
                "none"));
        builder.environment().keySet().removeIf(name -> name.startsWith("CLOUDSYNC_") || name.startsWith("AZURE_"));
        File err = dir.resolve("err.txt").toFile();
        return builder.redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err)
                .start();
    }
}
