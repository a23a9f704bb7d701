package io.github.cloudsync.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.aad.msal4j.HttpRequest;
import io.github.cloudsync.model.Cloud;
import io.github.cloudsync.model.UsageException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * msal4j sign-in through its HTTP hook with an in-process identity provider, for what a local server cannot stand in
 * for: the real sign-in host of each cloud, msal4j's China alias and instance discovery, IMDS at 169.254.169.254.
 */
class AuthenticationTest {
    private static final String TENANT = "11111111-2222-3333-4444-555555555555";
    private static final String CLIENT = "66666666-7777-8888-9999-000000000000";
    private static final String SECRET = "client-secret-value-for-tests";

    @TempDir
    static Path dir;

    static TestCertificates certificates;

    @BeforeAll
    static void makeCertificates() throws Exception {
        certificates = TestCertificates.create(dir);
    }

    @ParameterizedTest
    @EnumSource(Cloud.class)
    void clientSecretSignsInAtTheCloudsAuthorityForItsGraphScope(Cloud cloud) {
        FakeIdentityProvider idp = new FakeIdentityProvider("token-" + cloud);
        GraphEndpoint endpoint = GraphEndpoint.of(cloud, null, null);
        TokenProvider tokens =
                new Authentication(AuthMethod.SECRET, secretEnvironment(), idp).tokenProvider(endpoint, TENANT);

        assertThat(tokens.accessToken()).isEqualTo("token-" + cloud);

        HttpRequest request = idp.tokenRequests().get(0);
        assertThat(request.url().toString())
                .isEqualTo("https://" + tokenHost(cloud) + "/" + TENANT + "/oauth2/v2.0/token");
        Map<String, String> form = FakeIdentityProvider.query(request.body());
        assertThat(form)
                .containsEntry("grant_type", "client_credentials")
                .containsEntry("client_id", CLIENT)
                .containsEntry("client_secret", SECRET);
        assertThat(form.get("scope").split(" ")).contains(GraphEndpoint.graphRootOf(cloud) + "/.default");
        assertThat(idp.requests()).allSatisfy(r -> assertThat(r.url().getHost()).isEqualTo(tokenHost(cloud)));
    }

    @Test
    void nationalCloudsSkipInstanceDiscovery() {
        FakeIdentityProvider idp = new FakeIdentityProvider("t");
        new Authentication(AuthMethod.SECRET, secretEnvironment(), idp)
                .tokenProvider(GraphEndpoint.of(Cloud.USGOVDOD, null, null), TENANT)
                .accessToken();
        assertThat(idp.requests()).hasSize(1);
    }

    @Test
    void tokensAreCachedInMemory() {
        FakeIdentityProvider idp = new FakeIdentityProvider("cached-token");
        TokenProvider tokens = new Authentication(AuthMethod.SECRET, secretEnvironment(), idp)
                .tokenProvider(GraphEndpoint.of(Cloud.CHINA, null, null), TENANT);
        tokens.accessToken();
        tokens.accessToken();
        tokens.accessToken();
        assertThat(idp.tokenRequests()).hasSize(1);
    }

    @Test
    void pemCertificateSendsASignedAssertionAndNoSecret() throws Exception {
        FakeIdentityProvider idp = new FakeIdentityProvider("pem-token");
        Map<String, String> env = Map.of(
                "AZURE_CLIENT_ID",
                CLIENT,
                "AZURE_CLIENT_CERTIFICATE_PATH",
                certificates.pem().toString());
        String token = new Authentication(AuthMethod.CERTIFICATE, env, idp)
                .tokenProvider(GraphEndpoint.of(Cloud.USGOV, null, null), TENANT)
                .accessToken();

        assertThat(token).isEqualTo("pem-token");
        assertSignedAssertion(
                idp,
                "https://login.microsoftonline.us/" + TENANT + "/oauth2/v2.0/token",
                "https://graph.microsoft.us/.default");
    }

    @Test
    void pfxCertificateWithPasswordSendsASignedAssertion() throws Exception {
        FakeIdentityProvider idp = new FakeIdentityProvider("pfx-token");
        Map<String, String> env = Map.of(
                "AZURE_CLIENT_ID",
                CLIENT,
                "AZURE_CLIENT_CERTIFICATE_PATH",
                certificates.pfx().toString(),
                "AZURE_CLIENT_CERTIFICATE_PASSWORD",
                certificates.password());
        String token = new Authentication(AuthMethod.CERTIFICATE, env, idp)
                .tokenProvider(GraphEndpoint.of(Cloud.GLOBAL, null, null), TENANT)
                .accessToken();

        assertThat(token).isEqualTo("pfx-token");
        assertSignedAssertion(
                idp,
                "https://login.microsoftonline.com/" + TENANT + "/oauth2/v2.0/token",
                "https://graph.microsoft.com/.default");
    }

    @Test
    void pfxWithTheWrongPasswordNamesThePasswordVariable() {
        Map<String, String> env = Map.of(
                "AZURE_CLIENT_ID",
                CLIENT,
                "AZURE_CLIENT_CERTIFICATE_PATH",
                certificates.pfx().toString(),
                "AZURE_CLIENT_CERTIFICATE_PASSWORD",
                "wrong");
        assertThatThrownBy(() -> new Authentication(AuthMethod.CERTIFICATE, env, new FakeIdentityProvider("t"))
                        .tokenProvider(GraphEndpoint.of(Cloud.GLOBAL, null, null), TENANT))
                .isInstanceOf(UsageException.class)
                .satisfies(e ->
                        assertThat(((UsageException) e).correction()).contains("AZURE_CLIENT_CERTIFICATE_PASSWORD"));
    }

    @Test
    void pkcs1PemKeyIsRefusedWithTheConversionCommand() throws Exception {
        Path pem = dir.resolve("pkcs1.pem");
        Files.writeString(
                pem,
                TestCertificates.block("CERTIFICATE", certificates.certificate().getEncoded())
                        + TestCertificates.block("RSA PRIVATE KEY", new byte[] {1, 2, 3, 4}));
        Map<String, String> env = Map.of("AZURE_CLIENT_ID", CLIENT, "AZURE_CLIENT_CERTIFICATE_PATH", pem.toString());
        assertThatThrownBy(() -> new Authentication(AuthMethod.CERTIFICATE, env, null)
                        .tokenProvider(GraphEndpoint.of(Cloud.GLOBAL, null, null), TENANT))
                .isInstanceOf(UsageException.class)
                .satisfies(e -> assertThat(((UsageException) e).correction()).contains("openssl pkcs8 -topk8"));
    }

    @Test
    void systemAssignedManagedIdentityAsksTheLocalEndpointForTheGraphResource() {
        FakeIdentityProvider idp = new FakeIdentityProvider("mi-system-token");
        String token = new Authentication(AuthMethod.MANAGED_IDENTITY, Map.of(), idp)
                .tokenProvider(GraphEndpoint.of(Cloud.USGOV, null, null), TENANT)
                .accessToken();

        assertThat(token).isEqualTo("mi-system-token");
        HttpRequest request = idp.requests().get(0);
        assertThat(request.url().getHost()).isEqualTo("169.254.169.254");
        Map<String, String> query = FakeIdentityProvider.query(request.url().getQuery());
        assertThat(query)
                .containsEntry("resource", "https://graph.microsoft.us")
                .doesNotContainKey("client_id");
    }

    @Test
    void userAssignedManagedIdentityIsChosenByClientId() {
        FakeIdentityProvider idp = new FakeIdentityProvider("mi-user-token");
        String token = new Authentication(AuthMethod.MANAGED_IDENTITY, Map.of("AZURE_CLIENT_ID", CLIENT), idp)
                .tokenProvider(GraphEndpoint.of(Cloud.CHINA, null, null), TENANT)
                .accessToken();

        assertThat(token).isEqualTo("mi-user-token");
        Map<String, String> query =
                FakeIdentityProvider.query(idp.requests().get(0).url().getQuery());
        assertThat(query)
                .containsEntry("resource", "https://microsoftgraph.chinacloudapi.cn")
                .containsEntry("client_id", CLIENT);
    }

    @Test
    void missingSecretNamesTheVariable() {
        assertThatThrownBy(() -> new Authentication(AuthMethod.SECRET, Map.of("AZURE_CLIENT_ID", CLIENT), null)
                        .tokenProvider(GraphEndpoint.of(Cloud.GLOBAL, null, null), TENANT))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("AZURE_CLIENT_SECRET")
                .satisfies(e -> assertThat(((UsageException) e).correction()).contains("set AZURE_CLIENT_SECRET"));
    }

    @Test
    void missingClientIdNamesTheVariable() {
        assertThatThrownBy(() -> new Authentication(AuthMethod.CERTIFICATE, Map.of(), null)
                        .tokenProvider(GraphEndpoint.of(Cloud.GLOBAL, null, null), TENANT))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("AZURE_CLIENT_ID");
    }

    @Test
    void noneIsOnlyForALoopbackGraph() {
        Authentication none = new Authentication(AuthMethod.NONE, Map.of(), null);
        assertThat(none.tokenProvider(GraphEndpoint.of(Cloud.GLOBAL, "http://127.0.0.1:9", null), TENANT)
                        .accessToken())
                .isEqualTo("cloudsync-emulator");
        assertThatThrownBy(() -> none.tokenProvider(GraphEndpoint.of(Cloud.GLOBAL, null, null), TENANT))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("loopback");
    }

    /**
     * The host msal4j sends the token request to: the cloud's sign-in host (docs/graph.md section 9), except that
     * msal4j replaces login.chinacloudapi.cn by its preferred alias for the same China authority.
     */
    private static String tokenHost(Cloud cloud) {
        String host = URI.create(GraphEndpoint.signInHostOf(cloud)).getHost();
        return host.equals("login.chinacloudapi.cn") ? "login.partner.microsoftonline.cn" : host;
    }

    private static Map<String, String> secretEnvironment() {
        return Map.of("AZURE_TENANT_ID", TENANT, "AZURE_CLIENT_ID", CLIENT, "AZURE_CLIENT_SECRET", SECRET);
    }

    /** The token request carries a JWT signed by the test key, for the right audience, and no client secret. */
    private static void assertSignedAssertion(FakeIdentityProvider idp, String tokenUrl, String scope)
            throws Exception {
        HttpRequest request = idp.tokenRequests().get(0);
        assertThat(request.url().toString()).isEqualTo(tokenUrl);
        Map<String, String> form = FakeIdentityProvider.query(request.body());
        assertThat(form)
                .doesNotContainKey("client_secret")
                .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        assertThat(form.get("scope").split(" ")).contains(scope);
        String[] jwt = form.get("client_assertion").split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(jwt[0]), StandardCharsets.UTF_8);
        String claims = new String(Base64.getUrlDecoder().decode(jwt[1]), StandardCharsets.UTF_8);
        assertThat(header).contains("\"alg\":\"RS256\"").contains("x5t#S256");
        assertThat(claims).contains("\"aud\":\"" + tokenUrl + "\"").contains("\"iss\":\"" + CLIENT + "\"");
        X509Certificate cert = certificates.certificate();
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(cert.getPublicKey());
        rs256.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rs256.verify(Base64.getUrlDecoder().decode(jwt[2]))).isTrue();
    }
}
