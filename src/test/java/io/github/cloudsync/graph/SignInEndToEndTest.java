package io.github.cloudsync.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.aad.msal4j.MsalEnvironment;
import io.github.cloudsync.model.Cloud;
import io.github.cloudsync.model.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every sign-in method for real: msal4j's own HTTP client talks TLS to a local token endpoint (AZURE_AUTHORITY_HOST),
 * managed identity and GitHub's OIDC request go to local http endpoints, and the Azure CLI is a real process. Each test
 * checks what was sent (secret, signed assertion, federated token, resource) and the Graph scope of every cloud.
 */
class SignInEndToEndTest {
    static final String TENANT = "11111111-2222-3333-4444-555555555555";
    static final String CLIENT = "66666666-7777-8888-9999-000000000000";
    static final String SECRET = "Kq8~client-secret-for-sign-in-tests";

    @TempDir
    static Path dir;

    static LocalIdentityProvider idp;
    static LocalTokenEndpoints endpoints;
    static AutoCloseable trust;
    static TestCertificates certificates;

    @BeforeAll
    static void start() throws Exception {
        idp = new LocalIdentityProvider(dir);
        endpoints = new LocalTokenEndpoints();
        trust = idp.trustedInThisJvm();
        certificates = TestCertificates.create(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        trust.close();
        idp.close();
        endpoints.close();
    }

    static Map<String, String> signIn(String... pairs) {
        Map<String, String> env =
                new HashMap<>(Map.of("AZURE_AUTHORITY_HOST", idp.authorityHost(), "AZURE_CLIENT_ID", CLIENT));
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    static String token(AuthMethod method, Map<String, String> env, Cloud cloud, String tenant) {
        return new Authentication(method, env, null)
                .tokenProvider(GraphEndpoint.of(cloud, null, null), tenant)
                .accessToken();
    }

    @ParameterizedTest
    @EnumSource(Cloud.class)
    void clientSecretIsSentToTheTenantsTokenEndpointForTheCloudsGraphScope(Cloud cloud) {
        String tenant = "secret-" + cloud.profileName();
        assertThat(token(AuthMethod.SECRET, signIn("AZURE_CLIENT_SECRET", SECRET), cloud, tenant))
                .isEqualTo(LocalIdentityProvider.tokenFor(tenant));

        Map<String, String> form = lastFormFor(tenant);
        assertThat(form)
                .containsEntry("grant_type", "client_credentials")
                .containsEntry("client_id", CLIENT)
                .containsEntry("client_secret", SECRET);
        assertThat(form.get("scope").split(" ")).contains(GraphEndpoint.graphRootOf(cloud) + "/.default");
    }

    @Test
    void certificateSendsAnAssertionSignedByItsKeyForTheTokenUrl() throws Exception {
        String tenant = "certificate-tenant";
        Map<String, String> env =
                signIn("AZURE_CLIENT_CERTIFICATE_PATH", certificates.pem().toString());
        assertThat(token(AuthMethod.CERTIFICATE, env, Cloud.USGOVDOD, tenant))
                .isEqualTo(LocalIdentityProvider.tokenFor(tenant));

        Map<String, String> form = lastFormFor(tenant);
        SignedAssertion.verify(
                form, idp.authorityHost() + "/" + tenant + "/oauth2/v2.0/token", CLIENT, certificates.certificate());
        assertThat(form.get("scope").split(" ")).contains("https://dod-graph.microsoft.us/.default");
    }

    @Test
    void workloadIdentitySendsTheTokenFileAsReadAtEachTokenRequest() throws Exception {
        Path file = dir.resolve("azure-identity-token");
        Files.writeString(file, "eyJraWQiOiJmaXJzdCJ9.eyJzdWIiOiJzeXN0ZW06c2EifQ.Zmlyc3Q\n");
        Map<String, String> env = signIn("AZURE_FEDERATED_TOKEN_FILE", file.toString());
        TokenProvider china = new Authentication(AuthMethod.WORKLOAD_IDENTITY, env, null)
                .tokenProvider(GraphEndpoint.of(Cloud.CHINA, null, null), "wi-one");
        Files.writeString(file, "eyJraWQiOiJyb3RhdGVkIn0.eyJzdWIiOiJzeXN0ZW06c2EifQ.cm90YXRlZA\n");

        assertThat(china.accessToken()).isEqualTo(LocalIdentityProvider.tokenFor("wi-one"));
        Map<String, String> form = lastFormFor("wi-one");
        assertThat(form)
                .doesNotContainKey("client_secret")
                .containsEntry("client_id", CLIENT)
                .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                .containsEntry("client_assertion", "eyJraWQiOiJyb3RhdGVkIn0.eyJzdWIiOiJzeXN0ZW06c2EifQ.cm90YXRlZA");
        assertThat(form.get("scope").split(" ")).contains("https://microsoftgraph.chinacloudapi.cn/.default");

        Files.writeString(file, "eyJraWQiOiJ0aGlyZCJ9.eyJzdWIiOiJzeXN0ZW06c2EifQ.dGhpcmQ");
        token(AuthMethod.WORKLOAD_IDENTITY, env, Cloud.GLOBAL, "wi-two");
        assertThat(lastFormFor("wi-two"))
                .containsEntry("client_assertion", "eyJraWQiOiJ0aGlyZCJ9.eyJzdWIiOiJzeXN0ZW06c2EifQ.dGhpcmQ");
    }

    @Test
    void workloadIdentityInGitHubActionsExchangesTheJobsOidcTokenForTheExchangeAudience() {
        Map<String, String> env = signIn(
                "ACTIONS_ID_TOKEN_REQUEST_URL",
                endpoints.base() + "/oidc?api-version=2.0",
                "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
                LocalTokenEndpoints.ACTIONS_BEARER);
        assertThat(token(AuthMethod.WORKLOAD_IDENTITY, env, Cloud.USGOV, "gh-tenant"))
                .isEqualTo(LocalIdentityProvider.tokenFor("gh-tenant"));

        LocalTokenEndpoints.Request oidc = endpoints.requests().stream()
                .filter(r -> r.path().equals("/oidc"))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(oidc.authorization()).isEqualTo("Bearer " + LocalTokenEndpoints.ACTIONS_BEARER);
        assertThat(oidc.query())
                .containsEntry("audience", "api://AzureADTokenExchange")
                .containsEntry("api-version", "2.0");
        Map<String, String> form = lastFormFor("gh-tenant");
        assertThat(form).containsEntry("client_assertion", LocalTokenEndpoints.GITHUB_JWT);
        assertThat(form.get("scope").split(" ")).contains("https://graph.microsoft.us/.default");
    }

    @Test
    void workloadIdentityWithoutATokenSourceSaysWhatToSet() {
        assertThatThrownBy(() -> token(AuthMethod.WORKLOAD_IDENTITY, signIn(), Cloud.GLOBAL, TENANT))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("AZURE_FEDERATED_TOKEN_FILE")
                .hasMessageContaining("ACTIONS_ID_TOKEN_REQUEST_URL");
        assertThatThrownBy(() -> token(
                        AuthMethod.WORKLOAD_IDENTITY,
                        signIn(
                                "AZURE_FEDERATED_TOKEN_FILE",
                                dir.resolve("absent").toString()),
                        Cloud.GLOBAL,
                        TENANT))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("cannot be read");
    }

    @ParameterizedTest
    @EnumSource(Cloud.class)
    void managedIdentityAsksTheLocalEndpointForTheCloudsGraphResource(Cloud cloud) throws Exception {
        String resource = GraphEndpoint.graphRootOf(cloud);
        AutoCloseable msal = MsalEnvironment.use(Map.of(
                "IDENTITY_ENDPOINT",
                endpoints.base() + "/msi/token",
                "IDENTITY_HEADER",
                LocalTokenEndpoints.IDENTITY_HEADER));
        try {
            assertThat(token(AuthMethod.MANAGED_IDENTITY, Map.of(), cloud, TENANT))
                    .isEqualTo(LocalTokenEndpoints.managedIdentityToken(resource));
        } finally {
            msal.close();
        }
        LocalTokenEndpoints.Request request = lastRequest("/msi/token");
        assertThat(request.identityHeader()).isEqualTo(LocalTokenEndpoints.IDENTITY_HEADER);
        assertThat(request.query()).containsEntry("resource", resource).doesNotContainKey("client_id");
    }

    @Test
    void userAssignedManagedIdentityOnImdsNamesItsClientId() throws Exception {
        AutoCloseable msal = MsalEnvironment.use(Map.of("AZURE_POD_IDENTITY_AUTHORITY_HOST", endpoints.base()));
        try {
            assertThat(token(AuthMethod.MANAGED_IDENTITY, Map.of("AZURE_CLIENT_ID", CLIENT), Cloud.USGOV, TENANT))
                    .isEqualTo(LocalTokenEndpoints.managedIdentityToken("https://graph.microsoft.us"));
        } finally {
            msal.close();
        }
        LocalTokenEndpoints.Request request = lastRequest("/metadata/identity/oauth2/token");
        assertThat(request.metadata()).isEqualTo("true");
        assertThat(request.query())
                .containsEntry("resource", "https://graph.microsoft.us")
                .containsEntry("client_id", CLIENT)
                .containsEntry("api-version", "2018-02-01");
    }

    @ParameterizedTest
    @EnumSource(Cloud.class)
    void azureCliIsAskedForTheProfilesTenantAndTheCloudsGraphOnce(Cloud cloud) throws Exception {
        FakeAzureCli az = FakeAzureCli.in(dir.resolve("az-" + cloud.profileName()));
        TokenProvider tokens = new Authentication(AuthMethod.AZURE_CLI, Map.of("PATH", az.path()), null)
                .tokenProvider(GraphEndpoint.of(cloud, null, null), TENANT);

        assertThat(tokens.accessToken()).isEqualTo(FakeAzureCli.tokenFor(TENANT));
        assertThat(tokens.accessToken()).isEqualTo(FakeAzureCli.tokenFor(TENANT));
        assertThat(az.calls())
                .as("kept until it expires")
                .containsExactly("account get-access-token --output json --resource " + GraphEndpoint.graphRootOf(cloud)
                        + " --tenant " + TENANT);
    }

    @Test
    void azureCliNotSignedInAdvisesAzLoginForTheTenantAndCloud() throws Exception {
        FakeAzureCli az = FakeAzureCli.in(dir.resolve("az-signed-out"));
        az.signOut();
        Map<String, String> env = Map.of("PATH", az.path());
        assertThatThrownBy(() -> token(AuthMethod.AZURE_CLI, env, Cloud.USGOV, TENANT))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("not signed in to tenant " + TENANT)
                .satisfies(e -> assertThat(((UsageException) e).correction())
                        .isEqualTo("run: az cloud set --name AzureUSGovernment && az login --tenant " + TENANT));
        assertThatThrownBy(() -> token(AuthMethod.AZURE_CLI, env, Cloud.GLOBAL, TENANT))
                .satisfies(e ->
                        assertThat(((UsageException) e).correction()).isEqualTo("run: az login --tenant " + TENANT));
    }

    @Test
    void azureCliMissingFromPathSaysToInstallIt() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("no-az"));
        assertThatThrownBy(() -> token(AuthMethod.AZURE_CLI, Map.of("PATH", empty.toString()), Cloud.GLOBAL, TENANT))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("needs the Azure CLI (az) on PATH")
                .satisfies(e -> assertThat(((UsageException) e).correction()).contains("install-azure-cli"));
    }

    private static Map<String, String> lastFormFor(String tenant) {
        return idp.requests().stream()
                .filter(r -> r.tenant().equals(tenant))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no token request for " + tenant))
                .form();
    }

    private static LocalTokenEndpoints.Request lastRequest(String path) {
        return endpoints.requests().stream()
                .filter(r -> r.path().equals(path))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no request to " + path));
    }
}
