package io.github.cloudsync.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.cloudsync.model.Cloud;
import io.github.cloudsync.model.GraphException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A jobs answer without its {@code value} array ({@code null}, missing, not an array) is an error, never "no jobs":
 * read as empty, plan would create a second job of every template on a configuration that has them. A small server on
 * loopback answers the list with each body.
 */
class CollectionAnswerTest {
    private HttpServer server;
    private volatile String body = "{}";

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"value\":null}", "{}", "{\"value\":{}}", "{\"value\":\"AD2AADProvisioning\"}"})
    void aJobsPageWithoutAValueArrayIsAnError(String answer) {
        body = answer;
        GraphEndpoint endpoint = GraphEndpoint.of(
                Cloud.GLOBAL, "http://127.0.0.1:" + server.getAddress().getPort(), "v1.0");
        try (GraphSession session =
                GraphSession.open(GraphSettings.of(endpoint, TokenProvider.emulator(), EmulatedGraph.VERSION))) {
            assertThatThrownBy(() -> session.reader().jobs("sp-1"))
                    .isInstanceOf(GraphException.class)
                    .hasMessageContaining("without a \"value\" array");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"value\":[]}"})
    void anEmptyArrayIsNoJobs(String answer) {
        body = answer;
        GraphEndpoint endpoint = GraphEndpoint.of(
                Cloud.GLOBAL, "http://127.0.0.1:" + server.getAddress().getPort(), "v1.0");
        try (GraphSession session =
                GraphSession.open(GraphSettings.of(endpoint, TokenProvider.emulator(), EmulatedGraph.VERSION))) {
            assertThat(session.reader().jobs("sp-1")).isEmpty();
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
