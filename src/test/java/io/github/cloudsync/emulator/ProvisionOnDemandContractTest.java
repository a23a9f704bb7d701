package io.github.cloudsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.testing.VirtualTime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** provisionOnDemand for every AD object type and device sync, its failed and skipped outcomes and its rate limit. */
class ProvisionOnDemandContractTest {
    private static final String RULE = "6c409270-f78a-4bc6-af23-7cf3ab6482fe";

    private final VirtualTime time = new VirtualTime();
    private GraphEmulator emulator;
    private GraphHttp graph;
    private String spId;
    private String jobs;

    @BeforeEach
    void start() {
        emulator = GraphEmulator.start(EmulatorOptions.defaults().withClock(time));
        graph = new GraphHttp(emulator.baseUri());
        spId = graph.instantiate("contoso.com");
        jobs = "/v1.0/servicePrincipals/" + spId + "/synchronization/jobs";
        graph.put(
                "/beta/servicePrincipals/" + spId + "/synchronization/secrets",
                "{\"value\":[{\"key\":\"Domain\",\"value\":\"{\\\"domain\\\":\\\"contoso.com\\\"}\"}]}");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void everyAdObjectTypeIsProvisionedWithTheDocumentedSteps() {
        String jobId = graph.createJob(spId, "AD2AADProvisioning");
        for (String type : List.of("user", "inetOrgPerson", "group", "contact")) {
            time.sleep(Duration.ofSeconds(3));
            GraphHttp.Answer answer = provision(jobId, RULE, "CN=Adele Vance,OU=Sales,DC=Contoso,DC=com", type);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().path("@odata.context").asString())
                    .endsWith("#microsoft.synchronization.stringKeyStringValuePair");
            assertThat(key(answer).toString()).isEqualTo("{\"result\":\"Success\",\"details\":{}}");
            JsonNode value = value(answer);
            assertThat(value.path("provisioningSteps").findValuesAsString("name"))
                    .containsExactly("EntryImportAdd", "EntryImport", "EntrySynchronizationScoping", "EntryExportAdd");
            assertThat(value.at("/provisioningSteps/0/description").asString())
                    .isEqualTo("Received " + type + " 'Adele Vance' change of type (Add) from Active Directory");
            assertThat(value.at("/provisioningSteps/0/details/distinguishedName")
                            .asString())
                    .isEqualTo("CN=Adele Vance,OU=Sales,DC=Contoso,DC=com");
            assertThat(value.at("/statusInfo/status").asString()).isEqualTo("Success");
            assertThat(value.at("/sourceIdentity/type").asString()).isEqualTo(type);
            assertThat(value.at("/targetIdentity/type").asString())
                    .isEqualTo(type.equals("group") ? "Group" : type.equals("contact") ? "Contact" : "User");
        }
    }

    @Test
    void aComputerIsProvisionedThroughTheDeviceSyncJobOnly() {
        String deviceJob = graph.createJob(spId, "AD2AADDeviceSync");
        String computer = "CN=PC-042,OU=Workstations,DC=contoso,DC=com";
        GraphHttp.Answer answer = provision(deviceJob, DeviceSyncSchema.RULE_ID, computer, "computer");
        assertThat(key(answer).path("result").asString()).isEqualTo("Success");
        assertThat(value(answer).at("/provisioningSteps/3/description").asString())
                .isEqualTo("Device 'PC-042' was created in Azure Active Directory");
        String userJob = graph.createJob(spId, "AD2AADProvisioning");
        GraphHttp.Answer wrongType = provision(userJob, RULE, computer, "computer");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.innerCode()).isEqualTo("InvalidObjectTypeName");
        GraphHttp.Answer wrongRule = provision(deviceJob, RULE, computer, "computer");
        assertThat(wrongRule.status()).isEqualTo(400);
        assertThat(wrongRule.innerCode()).isEqualTo("InvalidRuleId");
        GraphHttp.Answer userOnDeviceJob = provision(deviceJob, DeviceSyncSchema.RULE_ID, computer, "user");
        assertThat(userOnDeviceJob.innerCode()).isEqualTo("InvalidObjectTypeName");
    }

    @Test
    void anUnknownObjectFailsAtImportAndOneOutOfScopeIsSkipped() {
        String jobId = graph.createJob(spId, "AD2AADProvisioning");
        GraphHttp.Answer otherDomain = provision(jobId, RULE, "CN=Adele,OU=Sales,DC=fabrikam,DC=com", "user");
        assertThat(otherDomain.status()).isEqualTo(200);
        assertThat(key(otherDomain).path("result").asString()).isEqualTo("Failure");
        assertThat(key(otherDomain).at("/details/errorCode").asString()).isEqualTo("ObjectNotFound");
        JsonNode failed = value(otherDomain);
        assertThat(failed.path("provisioningSteps").findValuesAsString("status"))
                .containsExactly("Failure");
        assertThat(failed.at("/statusInfo/status").asString()).isEqualTo("Failure");
        assertThat(key(provision(jobId, RULE, "adele@contoso.com", "user"))
                        .path("result")
                        .asString())
                .isEqualTo("Failure");

        String schema = jobs + "/" + jobId + "/schema";
        ObjectNode scoped = (ObjectNode) graph.get(schema).json();
        ((ObjectNode) scoped.at("/synchronizationRules/0"))
                .putObject("containerFilter")
                .putArray("includedContainers")
                .add("OU=Sales,DC=contoso,DC=com");
        assertThat(graph.put(schema, scoped.toString()).status()).isEqualTo(204);
        GraphHttp.Answer outside = provision(jobId, RULE, "CN=Bob,OU=Marketing,DC=contoso,DC=com", "user");
        assertThat(key(outside).path("result").asString()).isEqualTo("Skipped");
        assertThat(value(outside).path("provisioningSteps").findValuesAsString("name"))
                .containsExactly(
                        "EntryImportAdd", "EntryImport", "EntrySynchronizationScoping", "EntrySynchronizationSkip");
        assertThat(key(provision(jobId, RULE, "CN=Ann, ou=sales ,DC=contoso,DC=com", "user"))
                        .path("result")
                        .asString())
                .isEqualTo("Success");
    }

    @Test
    void withoutADomainSecretNothingIsFoundAndBadRequestsAre400() {
        graph.put(
                "/beta/servicePrincipals/" + spId + "/synchronization/secrets",
                "{\"value\":[{\"key\":\"Domain\",\"value\":\"\"}]}");
        String jobId = graph.createJob(spId, "AD2AADProvisioning");
        assertThat(key(provision(jobId, RULE, "CN=Adele,DC=contoso,DC=com", "user"))
                        .path("result")
                        .asString())
                .isEqualTo("Failure");
        String path = jobs + "/" + jobId + "/provisionOnDemand";
        assertThat(graph.post(path, "{\"parameters\":[]}").status()).isEqualTo(400);
        assertThat(graph.post(path, "{\"parameters\":[{\"ruleId\":\"" + RULE + "\",\"subjects\":[]}]}")
                        .status())
                .isEqualTo(400);
        assertThat(graph.post(
                                path,
                                "{\"parameters\":[{\"ruleId\":\"" + RULE
                                        + "\",\"subjects\":[{\"objectId\":\"CN=a,DC=contoso,"
                                        + "DC=com\",\"objectTypeName\":\"group\",\"links\":{\"members\":[]}}]}]}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void theSixthCallWithinTenSecondsIs429AndTheWindowMovesOn() {
        String jobId = graph.createJob(spId, "AD2AADProvisioning");
        for (int i = 0; i < 5; i++) {
            assertThat(provision(jobId, RULE, "CN=A,DC=contoso,DC=com", "user").status())
                    .isEqualTo(200);
        }
        GraphHttp.Answer throttled = provision(jobId, RULE, "CN=A,DC=contoso,DC=com", "user");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isEqualTo("10");
        time.sleep(Duration.ofSeconds(11));
        assertThat(provision(jobId, RULE, "CN=A,DC=contoso,DC=com", "user").status())
                .isEqualTo(200);
    }

    private GraphHttp.Answer provision(String jobId, String ruleId, String objectId, String type) {
        ObjectNode body = GraphHttp.JSON.createObjectNode();
        ObjectNode parameter = body.putArray("parameters").addObject();
        parameter.put("ruleId", ruleId);
        parameter.putArray("subjects").addObject().put("objectId", objectId).put("objectTypeName", type);
        return graph.post(jobs + "/" + jobId + "/provisionOnDemand", body.toString());
    }

    private static JsonNode key(GraphHttp.Answer answer) {
        return GraphHttp.JSON.readTree(answer.json().path("key").asString());
    }

    private static JsonNode value(GraphHttp.Answer answer) {
        return GraphHttp.JSON.readTree(answer.json().path("value").asString());
    }
}
