package io.github.cloudsync.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.emulator.GraphEmulator;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Before the process exits, the HTTP clients' selector threads are stopped, so the JVM need not wait on them. */
class HttpClientThreadsTest {
    @Test
    void afterARequestTheSelectorThreadRunsUntilStoppedThenEnds() throws Exception {
        try (GraphEmulator emulator = GraphEmulator.start(0)) {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> answer = client.send(
                    HttpRequest.newBuilder(emulator.baseUri().resolve("/beta/organization"))
                            .header("Authorization", "Bearer test")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(selectors()).isNotEmpty();

            HttpClientThreads.stopBeforeExit(Duration.ofSeconds(5));

            assertThat(selectors()).isEmpty();
        }
    }

    private static List<Thread> selectors() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(t ->
                        t.getName().startsWith("HttpClient-") && t.getName().endsWith("-SelectorManager"))
                .toList();
    }
}
