package io.github.cloudsync.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.aad.msal4j.MsalEnvironment;
import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.emulator.GraphEmulator;
import io.github.cloudsync.testing.EmulatorControl;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * A real command ({@code drift -v -v}) signed in with each method that has no client secret: the federated token,
 * GitHub's request bearer and OIDC token, the managed identity header and every access token stay out of stdout,
 * stderr and the verbose trace, and out of what msal4j logs to the process streams.
 */
@Isolated
class SignInOutputTest {
    static final String TENANT = "11111111-1111-1111-1111-111111111111";
    static final String FEDERATED = "eyJraWQiOiJrOHMifQ.eyJzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQifQ.azhzLXNpZw";

    @TempDir
    static Path dir;

    static LocalIdentityProvider idp;
    static LocalTokenEndpoints endpoints;
    static AutoCloseable trust;
    static GraphEmulator emulator;
    static Path profile;

    @BeforeAll
    static void start() throws Exception {
        idp = new LocalIdentityProvider(dir);
        endpoints = new LocalTokenEndpoints();
        trust = idp.trustedInThisJvm();
        emulator = GraphEmulator.start(0);
        new EmulatorControl(emulator.baseUri()).seedStateFromResource("/emulator/empty-tenant.json");
        profile = Files.writeString(dir.resolve("p.yaml"), """
                apiVersion: cloudsync/v1
                kind: CloudSyncProfile
                metadata:
                  name: output
                tenant:
                  id: %s
                configuration:
                  domain: output.example.com
                  passwordHashSync: false
                """.formatted(TENANT));
    }

    @AfterAll
    static void stop() throws Exception {
        trust.close();
        idp.close();
        endpoints.close();
        emulator.close();
    }

    static final List<String> NEVER_SHOWN = List.of(
            FEDERATED,
            LocalTokenEndpoints.GITHUB_JWT,
            LocalTokenEndpoints.ACTIONS_BEARER,
            LocalTokenEndpoints.IDENTITY_HEADER,
            LocalIdentityProvider.tokenFor(TENANT),
            "mi-token-for-",
            FakeAzureCli.tokenFor(TENANT));

    /** Runs drift with {@code method}, capturing the process streams too; returns everything written. */
    static String drift(String method, Map<String, String> env) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        CliRun.Result result;
        try {
            result = new CliRun(env)
                    .run(
                            "drift",
                            profile.toString(),
                            "--graph-url",
                            emulator.baseUri().toString(),
                            "--auth",
                            method,
                            "-v",
                            "-v");
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).contains("sign-in: tenant " + TENANT + " (global) with " + method);
        return result.out() + result.err() + captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void workloadIdentityFromTheTokenFile() throws Exception {
        Path file = Files.writeString(dir.resolve("token"), FEDERATED);
        String all = drift(
                "workload-identity",
                Map.of(
                        "AZURE_CLIENT_ID",
                        "app",
                        "AZURE_AUTHORITY_HOST",
                        idp.authorityHost(),
                        "AZURE_FEDERATED_TOKEN_FILE",
                        file.toString()));
        assertThat(idp.requests()).anySatisfy(r -> assertThat(r.form()).containsEntry("client_assertion", FEDERATED));
        assertThat(NEVER_SHOWN).allSatisfy(s -> assertThat(all).doesNotContain(s));
    }

    @Test
    void workloadIdentityInGitHubActions() {
        String all = drift(
                "workload-identity",
                Map.of(
                        "AZURE_CLIENT_ID",
                        "app",
                        "AZURE_AUTHORITY_HOST",
                        idp.authorityHost(),
                        "ACTIONS_ID_TOKEN_REQUEST_URL",
                        endpoints.base() + "/oidc?api-version=2.0",
                        "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
                        LocalTokenEndpoints.ACTIONS_BEARER));
        assertThat(idp.requests())
                .anySatisfy(
                        r -> assertThat(r.form()).containsEntry("client_assertion", LocalTokenEndpoints.GITHUB_JWT));
        assertThat(NEVER_SHOWN).allSatisfy(s -> assertThat(all).doesNotContain(s));
    }

    @Test
    void managedIdentity() throws Exception {
        Map<String, String> env = Map.of(
                "IDENTITY_ENDPOINT",
                endpoints.base() + "/msi/token",
                "IDENTITY_HEADER",
                LocalTokenEndpoints.IDENTITY_HEADER);
        AutoCloseable msal = MsalEnvironment.use(env);
        String all;
        try {
            all = drift("managed-identity", env);
        } finally {
            msal.close();
        }
        assertThat(endpoints.requests()).anySatisfy(r -> assertThat(r.path()).isEqualTo("/msi/token"));
        assertThat(NEVER_SHOWN).allSatisfy(s -> assertThat(all).doesNotContain(s));
    }

    @Test
    void azureCli() throws Exception {
        FakeAzureCli az = FakeAzureCli.in(dir.resolve("az"));
        String all = drift("azure-cli", Map.of("PATH", az.path()));
        assertThat(az.calls()).hasSize(1);
        assertThat(NEVER_SHOWN).allSatisfy(s -> assertThat(all).doesNotContain(s));
    }
}
