package io.github.cloudsync.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudsync.model.Cloud;
import io.github.cloudsync.model.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Clouds map to docs/graph.md section 9's hosts; plain http is refused unless the host is a loopback address. */
class GraphEndpointTest {
    @ParameterizedTest
    @CsvSource({
        "GLOBAL,   https://graph.microsoft.com,             https://login.microsoftonline.com",
        "USGOV,    https://graph.microsoft.us,              https://login.microsoftonline.us",
        "USGOVDOD, https://dod-graph.microsoft.us,          https://login.microsoftonline.us",
        "CHINA,    https://microsoftgraph.chinacloudapi.cn, https://login.chinacloudapi.cn"
    })
    void eachCloudHasItsGraphRootAndSignInHost(Cloud cloud, String graph, String signIn) {
        GraphEndpoint endpoint = GraphEndpoint.of(cloud, null, null);
        assertThat(endpoint.base()).isEqualTo(graph + "/v1.0");
        assertThat(endpoint.scope()).isEqualTo(graph + "/.default");
        assertThat(endpoint.signInHost()).hasToString(signIn);
        assertThat(endpoint.loopback()).isFalse();
    }

    @Test
    void graphUrlOverridesTheRootAndVersionIsSelectable() {
        GraphEndpoint endpoint = GraphEndpoint.of(Cloud.USGOV, "https://graph.example.test/", "beta");
        assertThat(endpoint.base()).isEqualTo("https://graph.example.test/beta");
        assertThat(endpoint.signInHost()).hasToString("https://login.microsoftonline.us");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080", "http://127.9.8.7", "http://localhost:1", "http://[::1]:8080"})
    void httpIsAllowedForLoopbackHosts(String url) {
        GraphEndpoint endpoint = GraphEndpoint.of(Cloud.GLOBAL, url, null);
        assertThat(endpoint.loopback()).isTrue();
        assertThat(endpoint.base()).isEqualTo(url + "/v1.0");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://graph.microsoft.com",
                "http://10.0.0.1:8080",
                "http://128.0.0.1",
                "ftp://127.0.0.1",
                "http://127.0.0.1.example.com",
                "http://localhost.example.com"
            })
    void anythingElseIsRefusedBeforeAnyRequest(String url) {
        assertThatThrownBy(() -> GraphEndpoint.of(Cloud.GLOBAL, url, null))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("refusing Graph URL");
    }

    @Test
    void unknownVersionAndPathsAreUsageErrors() {
        assertThatThrownBy(() -> GraphEndpoint.of(Cloud.GLOBAL, null, "v2"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("v2");
        assertThatThrownBy(() -> GraphEndpoint.of(Cloud.GLOBAL, "https://graph.microsoft.com/beta", null))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("a scheme, a host and a port only");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:8080?x=1",
                "http://127.0.0.1:8080?",
                "http://127.0.0.1:8080#top",
                "https://user:pw@graph.microsoft.com"
            })
    void aQueryAFragmentOrAUserIsAUsageError(String url) {
        assertThatThrownBy(() -> GraphEndpoint.of(Cloud.GLOBAL, url, null))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("no path, query, fragment or user");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:99999", "http://127.0.0.1:65536", "http://127.0.0.1:0"})
    void aPortOutsideOneTo65535IsAUsageError(String url) {
        assertThatThrownBy(() -> GraphEndpoint.of(Cloud.GLOBAL, url, null))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("a port is from 1 to 65535");
    }

    @Test
    void theHighestPortIsAccepted() {
        assertThat(GraphEndpoint.of(Cloud.GLOBAL, "http://127.0.0.1:65535", null)
                        .base())
                .isEqualTo("http://127.0.0.1:65535/v1.0");
    }
}
