package io.github.cloudsync.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudsync.model.Cloud;
import io.github.cloudsync.model.UsageException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default chain: the Azure SDK's order (secret, certificate, workload identity, managed identity, Azure CLI), each
 * taken when configured, and the reason {@code -v} prints. IMDS is probed on a local port, never 169.254.169.254.
 */
class AuthChoiceTest {
    static final GraphEndpoint REAL = GraphEndpoint.of(Cloud.GLOBAL, null, null);

    @TempDir
    static Path dir;

    static LocalTokenEndpoints imds;
    static String closedPort;
    static FakeAzureCli az;

    @BeforeAll
    static void start() throws IOException {
        imds = new LocalTokenEndpoints();
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = "http://127.0.0.1:" + socket.getLocalPort();
        }
        az = FakeAzureCli.in(dir.resolve("bin"));
    }

    @AfterAll
    static void stop() {
        imds.close();
    }

    /** Everything configured at once, IMDS answering; tests remove what comes before the method they check. */
    static Map<String, String> everything() {
        Map<String, String> env = new HashMap<>();
        env.put("AZURE_CLIENT_ID", "app");
        env.put("AZURE_CLIENT_SECRET", "s3cret-value");
        env.put("AZURE_CLIENT_CERTIFICATE_PATH", "/certs/app.pem");
        env.put("AZURE_FEDERATED_TOKEN_FILE", "/var/run/secrets/azure/tokens/azure-identity-token");
        env.put("ACTIONS_ID_TOKEN_REQUEST_URL", "https://pipelines.actions.githubusercontent.com/x?api-version=2.0");
        env.put("ACTIONS_ID_TOKEN_REQUEST_TOKEN", "actions-bearer");
        env.put("IDENTITY_ENDPOINT", "http://localhost:42356/msi/token");
        env.put("AZURE_POD_IDENTITY_AUTHORITY_HOST", imds.base());
        env.put("PATH", az.path());
        return env;
    }

    static AuthChoice choose(Map<String, String> env) {
        return AuthChoice.of(null, REAL, env);
    }

    @Test
    void followsTheAzureSdkOrderAndSaysWhy() {
        Map<String, String> env = everything();
        assertThat(choose(env)).isEqualTo(new AuthChoice(AuthMethod.SECRET, "AZURE_CLIENT_SECRET is set"));
        env.remove("AZURE_CLIENT_SECRET");
        assertThat(choose(env))
                .isEqualTo(new AuthChoice(AuthMethod.CERTIFICATE, "AZURE_CLIENT_CERTIFICATE_PATH is set"));
        env.remove("AZURE_CLIENT_CERTIFICATE_PATH");
        assertThat(choose(env))
                .isEqualTo(new AuthChoice(AuthMethod.WORKLOAD_IDENTITY, "AZURE_FEDERATED_TOKEN_FILE is set"));
        env.remove("AZURE_FEDERATED_TOKEN_FILE");
        assertThat(choose(env).method()).isEqualTo(AuthMethod.WORKLOAD_IDENTITY);
        assertThat(choose(env).reason()).contains("GitHub Actions").contains("AZURE_CLIENT_ID");
        env.remove("AZURE_CLIENT_ID");
        assertThat(choose(env))
                .as("GitHub's token alone is not enough: which app to sign in as is unknown")
                .isEqualTo(new AuthChoice(AuthMethod.MANAGED_IDENTITY, "IDENTITY_ENDPOINT is set"));
        env.remove("IDENTITY_ENDPOINT");
        assertThat(choose(env))
                .isEqualTo(new AuthChoice(
                        AuthMethod.MANAGED_IDENTITY, "the instance metadata service answered at " + imds.base()));
        env.put("AZURE_POD_IDENTITY_AUTHORITY_HOST", closedPort);
        assertThat(choose(env))
                .isEqualTo(new AuthChoice(
                        AuthMethod.AZURE_CLI,
                        "the Azure CLI is on PATH (" + az.dir().resolve("az") + ")"));
    }

    @Test
    void theImdsProbeSendsNoMetadataHeaderAndSoGetsNoToken() {
        choose(Map.of("AZURE_POD_IDENTITY_AUTHORITY_HOST", imds.base(), "PATH", ""));
        assertThat(imds.requests())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.metadata()).isNull());
    }

    @Test
    void nothingConfiguredSaysWhatCanBe() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(
                        () -> choose(Map.of("AZURE_POD_IDENTITY_AUTHORITY_HOST", closedPort, "PATH", empty.toString())))
                .isInstanceOf(UsageException.class)
                .hasMessage("no sign-in method is configured for Graph")
                .satisfies(e -> assertThat(((UsageException) e).correction())
                        .contains("AZURE_CLIENT_SECRET")
                        .contains("AZURE_FEDERATED_TOKEN_FILE")
                        .contains("az login"));
    }

    @Test
    void aLoopbackGraphNeverGetsARealToken() {
        GraphEndpoint emulator = GraphEndpoint.of(Cloud.GLOBAL, "http://127.0.0.1:8080", null);
        assertThat(AuthChoice.of(null, emulator, everything()).method()).isEqualTo(AuthMethod.NONE);
    }

    @Test
    void anExplicitAuthWinsAndIsNamed() {
        assertThat(AuthChoice.of("Azure-CLI", REAL, everything()))
                .isEqualTo(new AuthChoice(AuthMethod.AZURE_CLI, "--auth Azure-CLI"));
        assertThatThrownBy(() -> AuthChoice.of("kerberos", REAL, Map.of()))
                .isInstanceOf(UsageException.class)
                .satisfies(e -> assertThat(((UsageException) e).correction()).contains("workload-identity"));
    }
}
