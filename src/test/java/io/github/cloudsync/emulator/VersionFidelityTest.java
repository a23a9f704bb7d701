package io.github.cloudsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.testing.EmulatorControl;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Each version answers its own properties; instantiateObjectIdOnly and servicePrincipalOrder. */
class VersionFidelityTest {
    private static final String INSTANTIATE = "/applicationTemplates/1a4721b3-e57f-4451-ae87-ef078703ec94/instantiate";

    private GraphEmulator emulator;
    private GraphHttp graph;
    private EmulatorControl control;

    @BeforeEach
    void start() {
        emulator = GraphEmulator.start(0);
        graph = new GraphHttp(emulator.baseUri());
        control = new EmulatorControl(emulator.baseUri());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void aFilterReadsOnlyPropertiesOfBothVersionsSoTheListMayFilterStoredServicePrincipals() {
        List<String> filtered = new ArrayList<>(ServicePrincipalFilter.EQ_PROPERTIES);
        filtered.addAll(ServicePrincipalFilter.STARTSWITH_PROPERTIES);
        for (String property : filtered) {
            assertThat(ServicePrincipalVersions.has(false, property) && ServicePrincipalVersions.has(true, property))
                    .as(property)
                    .isTrue();
        }
    }

    @Test
    void v1AnswersCarryNoBetaOnlyProperties() {
        JsonNode created = graph.post("/v1.0" + INSTANTIATE, "{\"displayName\":\"contoso.com\"}")
                .json();
        JsonNode sp = created.path("servicePrincipal");
        assertThat(sp.has("id")).isTrue();
        for (String betaOnly : List.of("objectId", "publisherName", "appOwnerTenantId")) {
            assertThat(sp.has(betaOnly)).as(betaOnly).isFalse();
        }
        for (String notOnApplication : List.of("homepage", "replyUrls", "logoutUrl", "objectId")) {
            assertThat(created.path("application").has(notOnApplication))
                    .as(notOnApplication)
                    .isFalse();
        }
        String id = sp.path("id").asString();
        assertThat(graph.get("/v1.0/servicePrincipals/" + id).json().has("publisherName"))
                .isFalse();
        assertThat(graph.get("/beta/servicePrincipals/" + id).json().has("publisherName"))
                .isTrue();
        assertThat(graph.get("/v1.0/servicePrincipals/" + id + "?$select=publisherName")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void betaInstantiateAnswersObjectIdAndOptionallyOnlyThat() {
        JsonNode both = graph.post("/beta" + INSTANTIATE, "{\"displayName\":\"a\"}")
                .json()
                .path("servicePrincipal");
        assertThat(both.path("objectId").asString()).isEqualTo(both.path("id").asString());

        control.settings("{\"instantiateObjectIdOnly\":true}");
        JsonNode only =
                graph.post("/beta" + INSTANTIATE, "{\"displayName\":\"b\"}").json();
        assertThat(only.path("servicePrincipal").has("id")).isFalse();
        assertThat(only.path("application").has("id")).isFalse();
        assertThat(graph.get("/beta/servicePrincipals/"
                                + only.path("servicePrincipal").path("objectId").asString())
                        .status())
                .isEqualTo(200);
        JsonNode v1 =
                graph.post("/v1.0" + INSTANTIATE, "{\"displayName\":\"c\"}").json();
        assertThat(v1.path("servicePrincipal").has("id")).isTrue();
    }

    @Test
    void servicePrincipalsListInCreationOrderOrInIdOrder() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            created.add(graph.instantiate("sp" + i));
        }
        assertThat(ids()).containsExactlyElementsOf(created);
        control.settings("{\"servicePrincipalOrder\":\"id\"}");
        List<String> sorted = new ArrayList<>(created);
        sorted.sort(String::compareTo);
        assertThat(ids()).containsExactlyElementsOf(sorted);
    }

    private List<String> ids() {
        return graph.get("/v1.0/servicePrincipals").json().path("value").findValuesAsString("id");
    }
}
