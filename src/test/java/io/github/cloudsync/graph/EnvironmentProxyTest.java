package io.github.cloudsync.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudsync.model.Cloud;
import io.github.cloudsync.model.GraphException;
import io.github.cloudsync.model.UsageException;
import io.github.cloudsync.testing.VirtualTime;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS_PROXY and NO_PROXY: which URLs go through the proxy, and, through a real CONNECT proxy, that msal4j's token
 * request and Graph's requests both use it (and skip it for a NO_PROXY host).
 */
class EnvironmentProxyTest {
    @TempDir
    static Path dir;

    static LocalIdentityProvider idp;
    static AutoCloseable trust;
    static ConnectProxy proxy;

    @BeforeAll
    static void start() throws Exception {
        idp = new LocalIdentityProvider(dir);
        trust = idp.trustedInThisJvm();
        proxy = new ConnectProxy();
    }

    @AfterAll
    static void stop() throws Exception {
        trust.close();
        idp.close();
        proxy.close();
    }

    @Test
    void httpsGoesThroughTheProxyUnlessNoProxyNamesTheHost() {
        EnvironmentProxy selector = EnvironmentProxy.from(Map.of(
                "https_proxy",
                "proxy.example.com:3128",
                "no_proxy",
                ".internal.example, login.microsoftonline.us,*.cn"));
        String expected = "proxy.example.com:3128";
        assertThat(via(selector.proxyFor(URI.create("https://graph.microsoft.com/v1.0/organization"))))
                .isEqualTo(expected);
        assertThat(via(selector.proxyFor(URI.create("https://login.microsoftonline.us/t/oauth2/v2.0/token"))))
                .isEqualTo("direct");
        assertThat(via(selector.proxyFor(URI.create("https://graph.internal.example/x"))))
                .isEqualTo("direct");
        assertThat(via(selector.proxyFor(URI.create("https://microsoftgraph.chinacloudapi.cn/x"))))
                .isEqualTo("direct");
        assertThat(via(selector.proxyFor(URI.create("https://notinternal.example/x"))))
                .isEqualTo(expected);
        assertThat(via(selector.proxyFor(URI.create("http://127.0.0.1:8080/beta/organization"))))
                .as("plain http (emulator, managed identity) never uses the proxy")
                .isEqualTo("direct");
        assertThat(via(EnvironmentProxy.from(Map.of("HTTPS_PROXY", "http://p:1", "NO_PROXY", "*"))
                        .proxyFor(URI.create("https://graph.microsoft.com"))))
                .isEqualTo("direct");
        assertThat(via(EnvironmentProxy.from(Map.of()).proxyFor(URI.create("https://graph.microsoft.com"))))
                .isEqualTo("direct");
    }

    private static String via(Proxy proxy) {
        return proxy.type() == Proxy.Type.DIRECT
                ? "direct"
                : ((InetSocketAddress) proxy.address()).getHostString() + ":"
                        + ((InetSocketAddress) proxy.address()).getPort();
    }

    @Test
    void aProxyPasswordIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> EnvironmentProxy.from(Map.of("HTTPS_PROXY", "http://me:pr0xy-pa55@proxy:3128")))
                .isInstanceOf(UsageException.class)
                .satisfies(e -> assertThat(e.getMessage() + ((UsageException) e).correction())
                        .doesNotContain("pr0xy-pa55"));
        assertThatThrownBy(() -> EnvironmentProxy.from(Map.of("HTTPS_PROXY", "socks5://proxy:1080")))
                .isInstanceOf(UsageException.class);
    }

    @Test
    void msal4jSignsInThroughTheProxyAndDirectlyForANoProxyHost() {
        Map<String, String> env = Map.of(
                "AZURE_AUTHORITY_HOST",
                idp.authorityHost(),
                "AZURE_CLIENT_ID",
                "app",
                "AZURE_CLIENT_SECRET",
                "proxy-test-secret",
                "HTTPS_PROXY",
                proxy.url());
        String token = new Authentication(AuthMethod.SECRET, env, null)
                .tokenProvider(GraphEndpoint.of(Cloud.GLOBAL, null, null), "proxied")
                .accessToken();
        assertThat(token).isEqualTo(LocalIdentityProvider.tokenFor("proxied"));
        assertThat(proxy.targets()).contains("localhost:" + idp.port());

        proxy.targets().clear();
        Map<String, String> bypass = new java.util.HashMap<>(env);
        bypass.put("NO_PROXY", "localhost");
        new Authentication(AuthMethod.SECRET, bypass, null)
                .tokenProvider(GraphEndpoint.of(Cloud.GLOBAL, null, null), "direct")
                .accessToken();
        assertThat(idp.requests()).anySatisfy(r -> assertThat(r.tenant()).isEqualTo("direct"));
        assertThat(proxy.targets()).isEmpty();
    }

    @Test
    void graphRequestsGoThroughTheProxy() {
        GraphEndpoint https = GraphEndpoint.of(Cloud.GLOBAL, "https://localhost:" + idp.port(), "v1.0");
        VirtualTime clock = new VirtualTime();
        GraphSettings settings = GraphSettings.of(https, () -> "graph-token", "t")
                .withRetries(EmulatedGraph.policy(), clock, clock)
                .withProxy(EnvironmentProxy.from(Map.of("HTTPS_PROXY", proxy.url())));
        try (GraphSession session = GraphSession.open(settings)) {
            // the test's certificate is trusted by msal4j's connections only, so TLS to "Graph" fails after CONNECT
            assertThatThrownBy(() -> session.reader().organization()).isInstanceOf(GraphException.class);
        }
        assertThat(proxy.targets()).contains("localhost:" + idp.port());
    }
}
