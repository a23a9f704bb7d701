package io.github.cloudsync.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.render.Advice;
import io.github.cloudsync.testing.VirtualTime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code cloudsync plan} against a {@link HostileGraph}: each hostile answer ends in a clear failure, exit 1, with the
 * call, the limit and its setting named; requests are counted, no time is asserted. The settings are spelled out,
 * as a user types them. The timeout only keeps a client
 * without limits from hanging the build.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class HostileGraphTest {
    static final String TENANT = "6f1c3a2e-8b4d-4e7a-9c51-2d0f7b3e8a14";

    @TempDir
    Path dir;

    @Test
    void aBodyPastTheLimitIsRefusedWithoutReadingItAllAndNotRetried() throws Exception {
        try (HostileGraph graph = new HostileGraph(TENANT, HostileGraph.Answer.HUGE_THEN_STALL)) {
            CliRun.Result result = plan(graph, Map.of("CLOUDSYNC_GRAPH_MAX_BODY_MB", "1"), new VirtualTime());

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err())
                    .contains("GET /v1.0/servicePrincipals?$filter=applicationTemplateId eq")
                    .contains("Graph's answer was refused: its body went past the limit of 1048576 bytes"
                            + " (CLOUDSYNC_GRAPH_MAX_BODY_MB)")
                    .contains("raise the limit the message names")
                    .doesNotContain(Advice.UNEXPECTED);
            assertThat(graph.hostileRequests()).isEqualTo(1);
            assertThat(graph.awaitBodyEnd(Duration.ofMinutes(2))).isTrue();
            assertThat(graph.bytesSent()).isLessThan(HostileGraph.HUGE_BYTES);
        }
    }

    @Test
    void aBodyThatStallsAfterTheHeadersTimesOutAndIsRetriedAsALostAnswer() throws Exception {
        try (HostileGraph graph = new HostileGraph(TENANT, HostileGraph.Answer.STALL_AFTER_HEADERS)) {
            CliRun.Result result = plan(graph, Map.of("CLOUDSYNC_GRAPH_TIMEOUT", "1"), new VirtualTime());

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err())
                    .contains("GET /v1.0/servicePrincipals?$filter=")
                    .contains("no complete answer from Graph within 1 s (CLOUDSYNC_GRAPH_TIMEOUT)");
            assertThat(graph.hostileRequests()).isEqualTo(RetryPolicy.standard().maxAttempts());
        }
    }

    @Test
    void anEndlessNextLinkStopsAtThePageLimit() throws Exception {
        try (HostileGraph graph = new HostileGraph(TENANT, HostileGraph.Answer.ENDLESS_NEXT_LINK)) {
            CliRun.Result result = plan(graph, Map.of(), new VirtualTime());

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err())
                    .contains("GET /v1.0/servicePrincipals?$filter=")
                    .contains("Graph sent more than 200 pages (@odata.nextLink) for one list; cloudsync stopped"
                            + " there (CLOUDSYNC_GRAPH_MAX_PAGES)");
            assertThat(graph.hostileRequests()).isEqualTo(200);
        }
    }

    @Test
    void anEndlessNextLinkStopsAtThePagingTimeEvenUnderThePageLimit() throws Exception {
        VirtualTime time = new VirtualTime();
        // each page takes 30 s of the client's (virtual) clock: 300 s are over after the 11th page
        try (HostileGraph graph = new HostileGraph(
                TENANT, HostileGraph.Answer.ENDLESS_NEXT_LINK, () -> time.sleep(Duration.ofSeconds(30)))) {
            CliRun.Result result = plan(graph, Map.of("CLOUDSYNC_GRAPH_PAGING_TIMEOUT", "300"), time);

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err())
                    .contains("reading one list took more than 300 s (11 pages); cloudsync stopped there"
                            + " (CLOUDSYNC_GRAPH_PAGING_TIMEOUT)");
            assertThat(graph.hostileRequests()).isEqualTo(11);
        }
    }

    @Test
    void invalidJsonNamesTheCallAndTheRequestId() throws Exception {
        try (HostileGraph graph = new HostileGraph(TENANT, HostileGraph.Answer.INVALID_JSON)) {
            CliRun.Result result = plan(graph, Map.of(), new VirtualTime());

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err())
                    .contains("GET /v1.0/servicePrincipals?$filter=applicationTemplateId eq")
                    .contains("Graph answered 200 with a body that is not valid JSON at line 1, column ")
                    .contains("request-id: " + HostileGraph.REQUEST_ID)
                    .doesNotContain(Advice.UNEXPECTED);
            assertThat(graph.hostileRequests()).isEqualTo(1);
        }
    }

    @Test
    void aLimitThatIsNotANumberIsAUsageError() throws Exception {
        try (HostileGraph graph = new HostileGraph(TENANT, HostileGraph.Answer.INVALID_JSON)) {
            CliRun.Result result = plan(graph, Map.of("CLOUDSYNC_GRAPH_MAX_PAGES", "lots"), new VirtualTime());

            assertThat(result.exitCode()).isEqualTo(64);
            assertThat(result.err())
                    .contains("CLOUDSYNC_GRAPH_MAX_PAGES is 'lots', not a whole number from 1 to 1000000")
                    .contains("unset it for the default, 200");
            assertThat(graph.hostileRequests()).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"?tenant=x", "#top", "?"})
    void aGraphUrlWithAQueryOrAFragmentIsAUsageError(String suffix) throws Exception {
        try (HostileGraph graph = new HostileGraph(TENANT, HostileGraph.Answer.INVALID_JSON)) {
            CliRun.Result result = new CliRun(Map.of())
                    .run(CliRun.against(
                            graph.url() + suffix, "plan", "-p", profile(dir).toString()));

            assertThat(result.exitCode()).isEqualTo(64);
            assertThat(result.err())
                    .contains("must be a scheme, a host and a port only (no path, query, fragment or user)")
                    .contains("pass e.g. --graph-url https://graph.microsoft.com");
            assertThat(graph.hostileRequests()).isZero();
        }
    }

    @Test
    void aGraphUrlWithAPortAbove65535IsAUsageError() throws Exception {
        CliRun.Result result = new CliRun(Map.of())
                .run(CliRun.against(
                        "http://127.0.0.1:99999", "plan", "-p", profile(dir).toString()));

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err())
                .contains("--graph-url 'http://127.0.0.1:99999' has port 99999; a port is from 1 to 65535")
                .doesNotContain(Advice.UNEXPECTED);
    }

    private CliRun.Result plan(HostileGraph graph, Map<String, String> environment, VirtualTime time) throws Exception {
        Path profile = profile(dir);
        return new CliRun(environment, time, time).run(CliRun.against(graph.url(), "plan", "-p", profile.toString()));
    }

    static Path profile(Path dir) throws Exception {
        return Files.writeString(dir.resolve("hostile.yaml"), """
                apiVersion: cloudsync/v1
                kind: CloudSyncProfile
                metadata:
                  name: hostile
                tenant:
                  id: %s
                configuration:
                  domain: hostile.example.com
                """.formatted(TENANT));
    }
}
