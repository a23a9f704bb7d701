package io.github.cloudsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.testing.EmulatorControl;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Microsoft's recipe (docs/graph.md 1.2, steps 1 to 14) against the emulator: documented statuses and shapes. */
class RecipeContractTest {
    private static final String TEMPLATE = "1a4721b3-e57f-4451-ae87-ef078703ec94";
    private static final String TENANT = "11111111-1111-1111-1111-111111111111";

    private GraphEmulator emulator;
    private GraphHttp graph;
    private EmulatorControl control;

    @BeforeEach
    void start() {
        emulator = GraphEmulator.start(0);
        graph = new GraphHttp(emulator.baseUri());
        control = new EmulatorControl(emulator.baseUri());
        control.seedStateFromResource("/emulator/empty-tenant.json");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void theRecipeRunsEndToEndWithTheDocumentedAnswers() {
        // 1: enable the tenant sync flag
        GraphHttp.Answer step1 = graph.patch(
                "/beta/organization/" + TENANT,
                "{\"@odata.type\":\"#microsoft.graph.organization\",\"onPremisesSyncEnabled\":true}");
        assertThat(step1.status()).isEqualTo(204);
        assertThat(step1.text()).isEmpty();
        assertThat(graph.get("/beta/organization")
                        .json()
                        .at("/value/0/onPremisesSyncEnabled")
                        .booleanValue())
                .isTrue();

        // 2: instantiate: beta returns objectId (and id)
        GraphHttp.Answer step2 = graph.post(
                "/beta/applicationTemplates/" + TEMPLATE + "/instantiate", "{\"displayName\":\"contoso.com\"}");
        assertThat(step2.status()).isEqualTo(201);
        JsonNode sp = step2.json().path("servicePrincipal");
        String spId = sp.path("objectId").asString();
        assertThat(sp.path("id").asString()).isEqualTo(spId);
        assertThat(sp.path("applicationTemplateId").asString()).isEqualTo(TEMPLATE);
        assertThat(sp.path("homepage").asString()).contains("metadata=AD2AADProvisioning|ISV9.1|primary|z");

        // 3: find it
        GraphHttp.Answer step3 = graph.get("/beta/servicePrincipals");
        assertThat(step3.status()).isEqualTo(200);
        assertThat(step3.json().path("value").findValuesAsString("id")).contains(spId);

        // 4a, 4b: create the jobs: 201, disabled, status Paused
        String jobs = "/beta/servicePrincipals/" + spId + "/synchronization/jobs";
        GraphHttp.Answer step4a = graph.post(jobs, "{\"templateId\":\"AD2AADProvisioning\"}");
        assertThat(step4a.status()).isEqualTo(201);
        JsonNode job = step4a.json();
        assertThat(job.path("@odata.context").asString()).endsWith("/synchronization/jobs/$entity");
        assertThat(job.path("id").asString())
                .matches(
                        "AD2AADProvisioning\\.[0-9a-f]{32}\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(job.path("templateId").asString()).isEqualTo("AD2AADProvisioning");
        assertThat(job.at("/schedule/state").asString()).isEqualTo("Disabled");
        assertThat(job.at("/schedule/interval").asString()).isEqualTo("PT40M");
        assertThat(job.at("/schedule/expiration").isNull()).isTrue();
        assertThat(job.at("/status/code").asString()).isEqualTo("Paused");
        assertThat(job.at("/status/quarantine").isNull()).isTrue();
        assertThat(job.at("/status/steadyStateFirstAchievedTime").asString()).isEqualTo("0001-01-01T00:00:00Z");
        assertThat(job.at("/status/progress").isArray()).isTrue();
        assertThat(job.at("/status/synchronizedEntryCountByType").isArray()).isTrue();
        String jobId = job.path("id").asString();
        assertThat(graph.post(jobs, "{\"templateId\":\"AD2AADPasswordHash\"}").status())
                .isEqualTo(201);

        // 5: Domain and AppKey secrets
        String secrets = "/beta/servicePrincipals/" + spId + "/synchronization/secrets";
        GraphHttp.Answer step5 = graph.put(
                secrets,
                "{\"value\":[{\"key\":\"Domain\",\"value\":\"{\\\"domain\\\":"
                        + "\\\"ad2aadTest.com\\\"}\"},{\"key\":\"AppKey\",\"value\":\"{\\\"appKeyScenario\\\":"
                        + "\\\"AD2AADPasswordHash\\\"}\"}]}");
        assertThat(step5.status()).isEqualTo(204);

        // 6a-6c: schema GET, add CredentialData to users and inetOrgPersons, PUT
        String schemaPath = jobs + "/" + jobId + "/schema";
        GraphHttp.Answer step6a = graph.get(schemaPath);
        assertThat(step6a.status()).isEqualTo(200);
        tools.jackson.databind.node.ObjectNode schema = (tools.jackson.databind.node.ObjectNode) step6a.json();
        List<String> names = new ArrayList<>();
        for (JsonNode mapping : schema.at("/synchronizationRules/0/objectMappings")) {
            names.add(mapping.path("name").asString(""));
            String name = mapping.path("name").asString("");
            if (name.equals("Provision Active Directory users")
                    || name.equals("Provision Active Directory inetOrgPersons")) {
                ((tools.jackson.databind.node.ArrayNode) mapping.path("attributeMappings"))
                        .add(GraphHttp.JSON.readTree(
                                "{\"defaultValue\":null,\"exportMissingReferences\":false,\"flowBehavior\":\"FlowWhenChanged\","
                                        + "\"flowType\":\"Always\",\"matchingPriority\":0,\"targetAttributeName\":\"CredentialData\","
                                        + "\"source\":{\"expression\":\"[PasswordHash]\",\"name\":\"PasswordHash\",\"type\":"
                                        + "\"Attribute\",\"parameters\":[]}}"));
            }
        }
        assertThat(names).contains("Provision Active Directory users", "Provision Active Directory inetOrgPersons");
        assertThat(graph.put(schemaPath, schema.toString()).status()).isEqualTo(204);
        assertThat(graph.get(schemaPath).text()).contains("\"targetAttributeName\":\"CredentialData\"");

        // 7a, 7b: discover the AD directory (this tenant's AD has no Exchange schema), then the writeback job
        GraphHttp.Answer step7a =
                graph.post(schemaPath + "/directories/" + DefaultSchemas.AD_DIRECTORY_ID + "/discover", null);
        assertThat(step7a.status()).isEqualTo(200);
        assertThat(step7a.json().path("objects").findValuesAsString("name")).contains("user");
        assertThat(graph.post(jobs, "{\"templateId\":\"AAD2ADExchangeHybridWriteback\"}")
                        .status())
                .isEqualTo(201);

        // 8, 9: accidental-delete threshold, then read all secrets: masked where sensitive, AppKey not returned
        GraphHttp.Answer step8 = graph.put(
                secrets,
                "{\"value\":[{\"key\":\"SyncNotificationSettings\",\"value\":"
                        + "\"{\\\"Enabled\\\":true,\\\"Recipients\\\":\\\"foobar@xyz.com\\\",\\\"DeleteThresholdEnabled\\\":true,"
                        + "\\\"DeleteThresholdValue\\\":50}\"}]}");
        assertThat(step8.status()).isEqualTo(204);
        GraphHttp.Answer step9 = graph.get(secrets);
        assertThat(step9.status()).isEqualTo(200);
        assertThat(step9.json().path("value").findValuesAsString("key"))
                .containsExactly("Domain", "SyncNotificationSettings");

        // 10: allow deletes after a quarantine
        control.quarantine(spId, jobId);
        assertThat(graph.get(jobs + "/" + jobId).json().at("/status/code").asString())
                .isEqualTo("Quarantine");
        assertThat(graph.post(jobs + "/" + jobId + "/restart", "{\"criteria\":{\"resetScope\":\"ForceDeletes\"}}")
                        .status())
                .isEqualTo(204);

        // 11: list jobs (trailing slash as in the article)
        GraphHttp.Answer step11 = graph.get(jobs + "/");
        assertThat(step11.status()).isEqualTo(200);
        assertThat(step11.json().path("value")).hasSize(3);

        // 12, 13: start, full restart
        assertThat(graph.post(jobs + "/" + jobId + "/start", null).status()).isEqualTo(204);
        assertThat(graph.post(jobs + "/" + jobId + "/restart", "{\"criteria\":{\"resetScope\":\"Full\"}}")
                        .status())
                .isEqualTo(204);

        // 14: review status
        JsonNode reviewed = graph.get(jobs + "/").json().path("value");
        for (JsonNode listed : reviewed) {
            if (listed.path("id").asString().equals(jobId)) {
                assertThat(listed.at("/status/code").asString()).isEqualTo("Active");
                assertThat(listed.at("/schedule/state").asString()).isEqualTo("Active");
                assertThat(listed.at("/status/quarantine").isNull()).isTrue();
            } else {
                assertThat(listed.at("/schedule/state").asString()).isEqualTo("Disabled");
            }
        }
        assertThat(control.requestCount()).isEqualTo(20);
    }
}
