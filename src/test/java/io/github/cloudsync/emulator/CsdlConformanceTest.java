package io.github.cloudsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.testing.EmulatorControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every emulator answer of the recipe conforms to Graph's published CSDL for its version (the trimmed copies under
 * src/test/resources/csdl name their source): organization, instantiate, servicePrincipals list and get, templates,
 * jobs create, list and get (new, started with the realistic lifecycle, quarantined), secrets, schema, discover and
 * provisionOnDemand. Two exceptions, both what real Graph answers: beta instantiate answers {@code objectId}, which no
 * beta type declares, as its docs example does (microsoftgraph/microsoft-graph-docs-contrib:
 * api-reference/beta/api/applicationtemplate-instantiate.md; checked to equal {@code id}, then left out); and the schema
 * carries {@code provisioningTaskIdentifier}, which the CSDL lacks but a real tenant's schema (the emulator's default,
 * docs/graph.md section 5.4) and the docs' JSON representation have (checked to be the job id, then left out).
 */
class CsdlConformanceTest {
    private static final String TEMPLATE = "1a4721b3-e57f-4451-ae87-ef078703ec94";
    private static final String SECRETS =
            "{\"value\":[{\"key\":\"Domain\",\"value\":\"{\\\"domain\\\":\\\"contoso.com\\\"}\"},"
                    + "{\"key\":\"AppKey\",\"value\":\"{\\\"appKeyScenario\\\":\\\"AD2AADPasswordHash\\\"}\"},"
                    + "{\"key\":\"SyncNotificationSettings\",\"value\":\"{\\\"Enabled\\\":true,\\\"Recipients\\\":"
                    + "\\\"ops@contoso.com\\\",\\\"DeleteThresholdEnabled\\\":true,\\\"DeleteThresholdValue\\\":50}\"}]}";
    private static final String ON_DEMAND = "{\"parameters\":[{\"ruleId\":\"6c409270-f78a-4bc6-af23-7cf3ab6482fe\","
            + "\"subjects\":[{\"objectId\":\"CN=Adele,CN=Users,DC=contoso,DC=com\",\"objectTypeName\":\"user\"}]}]}";

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

    @ParameterizedTest
    @ValueSource(strings = {"v1.0", "beta"})
    void everyRecipeAnswerConformsToTheVersionsCsdl(String version) {
        CsdlConformance csdl = new CsdlConformance(CsdlModel.read("/csdl/" + version + ".xml"));
        String root = "/" + version;
        csdl.checkCollection("organization list", "organization", ok(graph.get(root + "/organization")));
        csdl.check("organization", "organization", ok(graph.get(root + "/organization/" + Tenant.DEFAULT_TENANT_ID)));

        JsonNode created = graph.post(
                        root + "/applicationTemplates/" + TEMPLATE + "/instantiate",
                        "{\"displayName\":\"contoso.com\"}")
                .json();
        csdl.check("instantiate", "applicationServicePrincipal", withoutDocumentedObjectId(version, created));
        String spId = created.at("/servicePrincipal/id").asString();
        String sp = root + "/servicePrincipals/" + spId;
        csdl.checkCollection("servicePrincipals", "servicePrincipal", ok(graph.get(root + "/servicePrincipals")));
        csdl.check("servicePrincipal", "servicePrincipal", ok(graph.get(sp)));
        csdl.checkCollection("templates", "synchronizationTemplate", ok(graph.get(sp + "/synchronization/templates")));

        String jobs = sp + "/synchronization/jobs";
        JsonNode job =
                graph.post(jobs, "{\"templateId\":\"AD2AADProvisioning\"}").json();
        csdl.check("job create", "synchronizationJob", job);
        String jobPath = jobs + "/" + job.path("id").asString();
        assertThat(graph.put(sp + "/synchronization/secrets", SECRETS).status()).isEqualTo(204);
        csdl.checkCollection(
                "secrets", "synchronizationSecretKeyStringValuePair", ok(graph.get(sp + "/synchronization/secrets")));
        ObjectNode schema = (ObjectNode) ok(graph.get(jobPath + "/schema"));
        if (schema.has("provisioningTaskIdentifier")) {
            assertThat(schema.remove("provisioningTaskIdentifier").asString())
                    .isEqualTo(job.path("id").asString());
        }
        csdl.check("schema", "synchronizationSchema", schema);
        csdl.check(
                "discover",
                "directoryDefinition",
                ok(graph.post(jobPath + "/schema/directories/" + DefaultSchemas.AD_DIRECTORY_ID + "/discover", null)));

        control.settings("{\"jobLifecycle\":\"realistic\"}");
        assertThat(graph.post(jobPath + "/start", null).status()).isEqualTo(204);
        csdl.check("started job", "synchronizationJob", ok(graph.get(jobPath)));
        csdl.check(
                "provisionOnDemand",
                "stringKeyStringValuePair",
                ok(graph.post(jobPath + "/provisionOnDemand", ON_DEMAND)));
        control.quarantine("{\"servicePrincipalId\":\"" + spId + "\",\"jobId\":\""
                + job.path("id").asString() + "\",\"pendingDeletes\":612,\"emptyDates\":false}");
        csdl.checkCollection("quarantined jobs", "synchronizationJob", ok(graph.get(jobs)));

        assertThat(csdl.violations()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theCheckFindsUnknownPropertiesWrongTypesNullsAndNonMembers() {
        CsdlConformance v1 = new CsdlConformance(CsdlModel.read("/csdl/v1.0.xml"));
        String betaServicePrincipal =
                graph.get("/beta/servicePrincipals/" + graph.instantiate("x")).text();
        v1.check("sp", "servicePrincipal", GraphHttp.JSON.readTree(betaServicePrincipal));
        v1.check(
                "job",
                "synchronizationJob",
                GraphHttp.JSON.readTree("{\"templateId\":1,\"schedule\":{\"state\":\"Running\",\"interval\":\"PT40M\"},"
                        + "\"status\":{\"code\":null,\"steadyStateFirstAchievedTime\":\"\"}}"));

        assertThat(v1.violations())
                .containsExactlyInAnyOrder(
                        "sp.publisherName: no such property on servicePrincipal or its base types",
                        "job.templateId: 1 is not a valid Edm.String",
                        "job.schedule.state: 'Running' is not a member of synchronizationScheduleState",
                        "job.status.code: null, but graph.synchronizationStatusCode is not nullable here",
                        "job.status.steadyStateFirstAchievedTime: \"\" is not a valid Edm.DateTimeOffset");
    }

    private static JsonNode ok(GraphHttp.Answer answer) {
        assertThat(answer.status()).as(answer.text()).isBetween(200, 201);
        return answer.json();
    }

    private static JsonNode withoutDocumentedObjectId(String version, JsonNode created) {
        ObjectNode copy = (ObjectNode) created.deepCopy();
        if (version.equals("beta")) {
            for (String part : new String[] {"application", "servicePrincipal"}) {
                ObjectNode entity = (ObjectNode) copy.get(part);
                assertThat(entity.path("objectId").asString())
                        .isEqualTo(entity.path("id").asString());
                entity.remove("objectId");
            }
        }
        return copy;
    }
}
