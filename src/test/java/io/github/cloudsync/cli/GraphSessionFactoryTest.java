package io.github.cloudsync.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudsync.graph.GraphSession;
import io.github.cloudsync.model.Cloud;
import io.github.cloudsync.model.UsageException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which tenant and method a session signs in with, and the {@code -v} line naming them; nothing is sent (a session
 * signs in at its first request), so a real Graph URL is safe here.
 */
class GraphSessionFactoryTest {
    static final String PROFILE_TENANT = "aaaaaaaa-0000-4000-8000-000000000001";
    static final String ENV_TENANT = "bbbbbbbb-0000-4000-8000-000000000002";

    static String verboseLine(String tenant, Cloud cloud, String auth, Map<String, String> env) {
        StringWriter verbose = new StringWriter();
        try (GraphSession session = GraphSessionFactory.open(
                tenant, cloud, GraphOptions.of(null, null, auth, 1), env, new PrintWriter(verbose))) {
            assertThat(session).isNotNull();
        }
        return verbose.toString().strip();
    }

    @Test
    void theDefaultChainsChoiceIsNamedWithTheProfilesTenantNotAzureTenantId() {
        Map<String, String> env = Map.of(
                "AZURE_TENANT_ID", ENV_TENANT,
                "AZURE_CLIENT_ID", "app",
                "AZURE_FEDERATED_TOKEN_FILE", "/var/run/secrets/azure/tokens/azure-identity-token");
        assertThatThrownBy(() -> verboseLine(PROFILE_TENANT, Cloud.USGOV, null, env))
                .as("the token file is checked when the session is built")
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("AZURE_FEDERATED_TOKEN_FILE");
        Map<String, String> withSecret = Map.of(
                "AZURE_TENANT_ID", ENV_TENANT, "AZURE_CLIENT_ID", "app", "AZURE_CLIENT_SECRET", "not-shown-secret");
        assertThat(verboseLine(PROFILE_TENANT, Cloud.USGOV, null, withSecret))
                .isEqualTo("sign-in: tenant " + PROFILE_TENANT + " (usgov) with secret: AZURE_CLIENT_SECRET is set");
    }

    @Test
    void azureTenantIdIsTheDefaultWithoutAProfileTenant() {
        Map<String, String> env =
                Map.of("AZURE_TENANT_ID", ENV_TENANT, "AZURE_CLIENT_ID", "a", "AZURE_CLIENT_SECRET", "x-secret");
        assertThat(verboseLine(null, Cloud.GLOBAL, "secret", env))
                .isEqualTo("sign-in: tenant " + ENV_TENANT + " (global) with secret: --auth secret");
        assertThatThrownBy(() -> verboseLine(null, Cloud.GLOBAL, "secret", Map.of("AZURE_CLIENT_ID", "a")))
                .isInstanceOf(UsageException.class)
                .hasMessage("no tenant id");
    }

    @Test
    void nothingIsPrintedWithoutVerbose() {
        StringWriter verbose = new StringWriter();
        try (GraphSession session = GraphSessionFactory.open(
                PROFILE_TENANT,
                Cloud.GLOBAL,
                GraphOptions.of("http://127.0.0.1:9", null, null, 0),
                Map.of(),
                new PrintWriter(verbose))) {
            assertThat(session).isNotNull();
        }
        assertThat(verbose.toString()).isEmpty();
    }
}
