package io.github.cloudsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Organization, instantiate, servicePrincipals queries, routing, auth and the error envelope (docs/graph.md 1.3, 4, 7,
 * 15).
 */
class DirectoryContractTest {
    private static final String TENANT = Tenant.DEFAULT_TENANT_ID;

    private GraphEmulator emulator;
    private GraphHttp graph;

    @BeforeEach
    void start() {
        emulator = GraphEmulator.start(0);
        graph = new GraphHttp(emulator.baseUri());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void organizationPatchAcceptsTheSdkTypeAnnotationAndRefusesOtherIdsAndProperties() {
        assertThat(graph.patch(
                                "/v1.0/organization/" + TENANT,
                                "{\"@odata.type\":\"#microsoft.graph.organization\",\"onPremisesSyncEnabled\":true}")
                        .status())
                .isEqualTo(204);
        assertThat(graph.get("/v1.0/organization/" + TENANT)
                        .json()
                        .path("onPremisesSyncEnabled")
                        .booleanValue())
                .isTrue();
        GraphHttp.Answer otherId = graph.patch(
                "/v1.0/organization/99999999-9999-9999-9999-999999999999", "{\"onPremisesSyncEnabled\":true}");
        assertThat(otherId.status()).isEqualTo(404);
        assertThat(otherId.json().at("/error/code").asString()).isEqualTo("Request_ResourceNotFound");
        GraphHttp.Answer typo = graph.patch("/v1.0/organization/" + TENANT, "{\"onPremisesSyncEnable\":true}");
        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.json().at("/error/code").asString()).isEqualTo("Request_BadRequest");
    }

    @Test
    void instantiateAnswersObjectIdOnBetaOnlyAndANewAppIdEachTime() {
        String path = "/v1.0/applicationTemplates/1a4721b3-e57f-4451-ae87-ef078703ec94/instantiate";
        JsonNode first = graph.post(path, "{\"displayName\":\"a.com\"}").json();
        JsonNode second = graph.post(path, "{\"displayName\":\"a.com\"}").json();
        assertThat(first.path("servicePrincipal").has("objectId")).isFalse();
        assertThat(first.path("servicePrincipal").path("id").isString()).isTrue();
        assertThat(first.at("/servicePrincipal/appId").asString())
                .isNotEqualTo(second.at("/servicePrincipal/appId").asString());
        JsonNode beta = graph.post(path.replace("/v1.0", "/beta"), "{\"displayName\":\"b.com\"}")
                .json();
        assertThat(beta.at("/servicePrincipal/objectId").asString())
                .isEqualTo(beta.at("/servicePrincipal/id").asString());
        assertThat(beta.at("/application/objectId").isString()).isTrue();
        assertThat(graph.post(
                                "/beta/applicationTemplates/00000000-0000-0000-0000-000000000000/instantiate",
                                "{\"displayName\":\"x\"}")
                        .status())
                .isEqualTo(404);
        assertThat(graph.post(path, "{}").status()).isEqualTo(400);
    }

    @Test
    void deletingAServicePrincipalTakesItsJobsAndAnswers404AfterIt() {
        String sp = graph.instantiate("twin.com");
        assertThat(graph.post(
                                "/beta/servicePrincipals/" + sp + "/synchronization/jobs",
                                "{\"templateId\":\"AD2AADProvisioning\"}")
                        .status())
                .isEqualTo(201);
        assertThat(graph.delete("/beta/servicePrincipals/" + sp).status()).isEqualTo(204);
        assertThat(graph.get("/beta/servicePrincipals/" + sp).status()).isEqualTo(404);
        assertThat(graph.get("/beta/servicePrincipals/" + sp + "/synchronization/jobs")
                        .status())
                .isEqualTo(404);
        assertThat(graph.delete("/beta/servicePrincipals/" + sp).status()).isEqualTo(404);
    }

    @Test
    void servicePrincipalFiltersMatchTheFormsInTheSources() {
        String contoso = graph.instantiate("contoso.com");
        String fabrikam = graph.instantiate("fabrikam.com");
        String appId = graph.get("/beta/servicePrincipals/" + contoso)
                .json()
                .path("appId")
                .asString();
        assertThat(ids("/v1.0/servicePrincipals?$filter=" + encode("displayname eq 'CONTOSO.com'")))
                .containsExactly(contoso);
        assertThat(ids("/beta/serviceprincipals/?$filter=" + encode("startswith(DisplayName, 'fab')")))
                .containsExactly(fabrikam);
        assertThat(ids("/beta/servicePrincipals?filter="
                        + encode("applicationTemplateId eq '1a4721b3-e57f-4451-ae87-ef078703ec94'")))
                .containsExactly(contoso, fabrikam);
        assertThat(ids("/beta/servicePrincipals?$filter=" + encode("appId eq '" + appId + "'")))
                .containsExactly(contoso);
        assertThat(
                        ids(
                                "/beta/servicePrincipals?$filter="
                                        + encode(
                                                "applicationTemplateId eq '1a4721b3-e57f-4451-ae87-ef078703ec94' and displayName eq 'fabrikam.com'")))
                .containsExactly(fabrikam);
        // the lookup's ASCII shortcut leaves other names to equalsIgnoreCase: the Kelvin sign is a K ignoring case
        String kelvin = graph.instantiate("\u212Aelvin.example");
        assertThat(ids("/v1.0/servicePrincipals?$filter=" + encode("displayName eq 'kelvin.example'")))
                .containsExactly(kelvin);
        assertThat(ids("/v1.0/servicePrincipals?$filter=" + encode("displayName eq 'Fabrikam.COM'")))
                .containsExactly(fabrikam);
        assertThat(graph.get("/v1.0/servicePrincipals?filter=" + encode("displayName eq 'x'"))
                        .status())
                .isEqualTo(400);
        GraphHttp.Answer unsupported = graph.get("/beta/servicePrincipals?$filter=" + encode("tags eq 'x'"));
        assertThat(unsupported.status()).isEqualTo(400);
        assertThat(unsupported.json().at("/error/code").asString()).isEqualTo("Request_UnsupportedQuery");
    }

    @Test
    void topPagesWithNextLinksUntilEveryServicePrincipalIsSeen() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(graph.instantiate("page" + i + ".com"));
        }
        List<String> seen = new ArrayList<>();
        String next = "/beta/servicePrincipals?$top=2&$filter=" + encode("startswith(displayName,'page')");
        int pages = 0;
        while (next != null) {
            JsonNode page = graph.get(next).json();
            page.path("value").forEach(sp -> seen.add(sp.path("id").asString()));
            next = page.has("@odata.nextLink")
                    ? page.path("@odata.nextLink")
                            .asString()
                            .substring(emulator.baseUri().toString().length())
                    : null;
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(created);
        assertThat(graph.get("/beta/servicePrincipals?$top=1000").status()).isEqualTo(400);
    }

    @Test
    void alternateKeyAndCaseInsensitiveSegmentsAddressTheSameServicePrincipal() {
        String spId = graph.instantiate("contoso.com");
        String appId = graph.get("/beta/servicePrincipals/" + spId)
                .json()
                .path("appId")
                .asString();
        graph.createJob(spId, "AD2AADProvisioning");
        JsonNode byAppId = graph.get("/beta/servicePrincipals(appId='" + appId + "')/synchronization/jobs")
                .json();
        JsonNode lowerCase = graph.get("/BETA/serviceprincipals/" + spId + "/Synchronization/JOBS/")
                .json();
        assertThat(byAppId.path("value")).hasSize(1);
        assertThat(lowerCase.path("value")).isEqualTo(byAppId.path("value"));
    }

    @Test
    void everyAnswerCarriesRequestIdsAndErrorsCarryTheEnvelope() {
        GraphHttp.Answer ok = graph.get("/beta/organization");
        assertThat(ok.header("request-id")).isNotBlank();
        assertThat(ok.header("client-request-id")).isEqualTo(ok.header("request-id"));
        assertThat(ok.header("Content-Type")).startsWith("application/json");

        GraphHttp.Answer unauthenticated = graph.withoutToken().get("/beta/organization");
        assertThat(unauthenticated.status()).isEqualTo(401);
        JsonNode inner = unauthenticated.json().at("/error/innerError");
        assertThat(inner.path("date").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
        assertThat(inner.path("request-id").asString()).isEqualTo(unauthenticated.header("request-id"));
        assertThat(inner.path("client-request-id").asString()).isEqualTo(unauthenticated.header("client-request-id"));

        GraphHttp.Answer unknown = graph.get("/beta/noSuchThing");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/error/code").asString()).isEqualTo("BadRequest");
        assertThat(graph.delete("/beta/organization").status()).isEqualTo(405);
        assertThat(graph.get("/v2.0/organization").status()).isEqualTo(400);
    }

    private List<String> ids(String path) {
        GraphHttp.Answer answer = graph.get(path);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        answer.json().path("value").forEach(sp -> ids.add(sp.path("id").asString()));
        return ids;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
