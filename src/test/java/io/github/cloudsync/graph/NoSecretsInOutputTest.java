package io.github.cloudsync.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudsync.model.GraphException;
import io.github.cloudsync.model.Secret;
import io.github.cloudsync.model.SecretValue;
import io.github.cloudsync.model.ServicePrincipal;
import io.github.cloudsync.render.Advice;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * A run at {@code --verbose --verbose} with a known client secret, a known token (from a fake identity provider through
 * msal4j) and known secret values sent to and read back from the emulator: none of them appears in the trace, in
 * exception messages, or on stdout and stderr (where msal4j and SLF4J write). The graph package writes no files.
 */
@Isolated
class NoSecretsInOutputTest {
    private static final String CLIENT_SECRET = "Kq8~known-client-secret-4711";
    private static final String TOKEN = "known-access-token-0123456789abcdef";
    private static final String APP_KEY_VALUE = "{\"appKeyScenario\":\"known-app-key-value-42\"}";
    private static final String PASSWORD_VALUE = "known-password-value-99";

    @Test
    void noCredentialOrSecretValueIsEverWritten() throws Exception {
        List<String> written = new ArrayList<>();
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try (EmulatedGraph graph = new EmulatedGraph()) {
            Authentication auth = new Authentication(
                    AuthMethod.SECRET,
                    Map.of("AZURE_CLIENT_ID", "app", "AZURE_CLIENT_SECRET", CLIENT_SECRET),
                    new FakeIdentityProvider(TOKEN));
            GraphSettings settings = GraphSettings.signedIn(graph.endpoint(), auth, "tenant", "t", 2, written::add)
                    .withRetries(EmulatedGraph.policy(), graph.clock, graph.clock);
            try (GraphSession session = GraphSession.open(settings)) {
                ServicePrincipal sp =
                        session.writer().instantiate(LiveStateReader.CLOUD_SYNC_TEMPLATE_ID, "leak.example");
                session.writer()
                        .putSecrets(
                                sp.id(),
                                SecretsCodec.read(List.of(
                                        new Secret("AppKey", APP_KEY_VALUE), new Secret("Password", PASSWORD_VALUE))),
                                List.of(new SecretValue.Domain("leak.example")));
                assertThat(graph.control.state().toString())
                        .as("the known value really reached the tenant")
                        .contains(PASSWORD_VALUE);
                session.liveState().read(LiveStateReaderTest.profile("leak.example"));
                graph.control.addFault("{\"kind\":\"status\",\"status\":429,\"retryAfter\":1,\"count\":1}");
                session.reader().secrets(sp.id());
                assertThatThrownBy(() -> session.writer()
                                .putSecrets(
                                        sp.id(),
                                        SecretsCodec.read(List.of(
                                                new Secret("SyncNotificationSettings", "not a JSON object"),
                                                new Secret("AppKey", APP_KEY_VALUE))),
                                        List.of()))
                        .isInstanceOfSatisfying(GraphException.class, e -> written.add(e.getMessage() + Advice.of(e)));
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        written.add(captured.toString(StandardCharsets.UTF_8));

        assertThat(String.join("\n", written))
                .contains("graph: > Authorization: Bearer (redacted)")
                .containsPattern("graph: PUT \\S+/synchronization/secrets -> 204")
                .doesNotContain(CLIENT_SECRET, TOKEN, PASSWORD_VALUE, "known-app-key-value-42");
    }
}
