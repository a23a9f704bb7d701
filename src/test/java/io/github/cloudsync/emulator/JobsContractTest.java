package io.github.cloudsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.testing.EmulatorControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Jobs, their templates, state transitions, quarantine and provisionOnDemand (docs/graph.md 4.3 to 4.6, 5.3). */
class JobsContractTest {
    private GraphEmulator emulator;
    private GraphHttp graph;
    private EmulatorControl control;
    private String spId;
    private String jobs;

    @BeforeEach
    void start() {
        emulator = GraphEmulator.start(0);
        graph = new GraphHttp(emulator.baseUri());
        control = new EmulatorControl(emulator.baseUri());
        spId = graph.instantiate("contoso.com");
        jobs = "/beta/servicePrincipals/" + spId + "/synchronization/jobs";
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void onlyTheApplicationsTemplatesCanBecomeJobs() {
        GraphHttp.Answer templates = graph.get("/beta/servicePrincipals/" + spId + "/synchronization/templates");
        assertThat(templates.json().path("value").findValuesAsString("id"))
                .containsExactly(
                        "AD2AADProvisioning",
                        "AD2AADPasswordHash",
                        "AAD2ADExchangeHybridWriteback",
                        "AD2AADDeviceSync");
        GraphHttp.Answer unknown = graph.post(jobs, "{\"templateId\":\"AAD2ADGroupProvisioning\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/error/code").asString()).isEqualTo("UnknownError");
        assertThat(unknown.innerCode()).isEqualTo("InvalidTemplateId");
        assertThat(graph.post(jobs, "{\"templateId\":\"AD2AADProvisioning\",\"bogus\":1}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void getAndDeleteAJob() {
        String jobId = graph.createJob(spId, "AD2AADProvisioning");
        assertThat(graph.get(jobs + "/" + jobId).json().path("id").asString()).isEqualTo(jobId);
        GraphHttp.Answer deleted = graph.delete(jobs + "/" + jobId);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.text()).isEmpty();
        GraphHttp.Answer gone = graph.get(jobs + "/" + jobId);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().at("/error/code").asString()).isEqualTo("UnknownError");
        assertThat(graph.get(jobs).json().path("value")).isEmpty();
    }

    @Test
    void startAndPauseMoveScheduleAndStatus() {
        String jobId = graph.createJob(spId, "AD2AADProvisioning");
        assertThat(graph.post(jobs + "/" + jobId + "/start", null).status()).isEqualTo(204);
        assertThat(state(jobId)).isEqualTo("Active/Active");
        assertThat(graph.post(jobs + "/" + jobId + "/pause", null).status()).isEqualTo(204);
        assertThat(state(jobId)).isEqualTo("Paused/Paused");
    }

    @Test
    void restartParsesResetScopeFlagsAndRefusesUnknownNames() {
        String jobId = graph.createJob(spId, "AD2AADProvisioning");
        String restart = jobs + "/" + jobId + "/restart";
        assertThat(graph.post(restart, null).status()).isEqualTo(204);
        assertThat(graph.post(restart, "{\"criteria\":{\"resetScope\":\"Watermark, Escrows,QuarantineState\"}}")
                        .status())
                .isEqualTo(204);
        assertThat(graph.post(restart, "{\"criteria\":{\"resetScope\":\"Watermark, Everything\"}}")
                        .status())
                .isEqualTo(400);
        assertThat(graph.post(restart, "{\"criteria\":{\"resetScope\":\"forcedeletes\"}}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void anInjectedQuarantineHasTheDocumentedShapeWithIsoDates() {
        String jobId = graph.createJob(spId, "AD2AADProvisioning");
        graph.post(jobs + "/" + jobId + "/start", null);
        control.quarantine(spId, jobId, 612);
        JsonNode status = graph.get(jobs + "/" + jobId).json().path("status");
        assertThat(status.path("code").asString()).isEqualTo("Quarantine");
        JsonNode quarantine = status.path("quarantine");
        assertThat(quarantine.path("reason").asString()).isEqualTo("TooManyDeletes");
        for (String date : new String[] {"currentBegan", "nextAttempt", "seriesBegan"}) {
            assertThat(quarantine.path(date).asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{7}Z");
        }
        assertThat(quarantine.path("seriesCount").asLong()).isEqualTo(1);
        assertThat(quarantine.at("/error/code").asString()).isNotEmpty();
        assertThat(quarantine.at("/error/message").asString()).contains("612");
        assertThat(quarantine.at("/error/tenantActionable").booleanValue()).isTrue();
    }

    @Test
    void quarantineIsClearedByForceDeletesQuarantineStateFullOrStartButNotByWatermark() {
        String jobId = graph.createJob(spId, "AD2AADProvisioning");
        String restart = jobs + "/" + jobId + "/restart";
        for (String scope : new String[] {"ForceDeletes", "QuarantineState", "Full"}) {
            control.quarantine(spId, jobId);
            assertThat(graph.post(restart, "{\"criteria\":{\"resetScope\":\"" + scope + "\"}}")
                            .status())
                    .isEqualTo(204);
            assertThat(state(jobId)).as(scope).isEqualTo("Active/Active");
        }
        control.quarantine(spId, jobId);
        graph.post(restart, "{\"criteria\":{\"resetScope\":\"Watermark\"}}");
        assertThat(state(jobId)).isEqualTo("Active/Quarantine");
        graph.post(jobs + "/" + jobId + "/start", null);
        assertThat(state(jobId)).isEqualTo("Active/Active");
        assertThat(graph.get(jobs + "/" + jobId).json().at("/status/quarantine").isNull())
                .isTrue();
    }

    @Test
    void forceDeletesReleasesTheHeldDeletes() {
        String jobId = graph.createJob(spId, "AD2AADProvisioning");
        control.quarantine(spId, jobId, 700);
        assertThat(pendingDeletes()).isEqualTo(700);
        graph.post(jobs + "/" + jobId + "/restart", "{\"criteria\":{\"resetScope\":\"ForceDeletes\"}}");
        assertThat(pendingDeletes()).isZero();
    }

    @Test
    void provisionOnDemandAnswersAResultAndIsRateLimited() {
        String jobId = graph.createJob(spId, "AD2AADProvisioning");
        graph.put(
                "/beta/servicePrincipals/" + spId + "/synchronization/secrets",
                "{\"value\":[{\"key\":\"Domain\",\"value\":\"{\\\"domain\\\":\\\"corp.contoso.com\\\"}\"}]}");
        String body =
                "{\"parameters\":[{\"ruleId\":\"6c409270-f78a-4bc6-af23-7cf3ab6482fe\",\"subjects\":[{\"objectId\":"
                        + "\"CN=AdeleV,CN=Users,DC=corp,DC=contoso,DC=com\",\"objectTypeName\":\"user\"}]}]}";
        GraphHttp.Answer answer = graph.post(jobs + "/" + jobId + "/provisionOnDemand", body);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(GraphHttp.JSON
                        .readTree(answer.json().path("key").asString())
                        .path("result")
                        .asString())
                .isEqualTo("Success");
        assertThat(GraphHttp.JSON
                        .readTree(answer.json().path("value").asString())
                        .path("provisioningSteps"))
                .hasSize(4);
        assertThat(graph.post(jobs + "/" + jobId + "/provisionOnDemand", "{\"parameters\":[]}")
                        .status())
                .isEqualTo(400);
        int throttled = 0;
        for (int i = 0; i < 6; i++) {
            GraphHttp.Answer next = graph.post(jobs + "/" + jobId + "/provisionOnDemand", body);
            if (next.status() == 429) {
                throttled++;
                assertThat(next.header("Retry-After")).isNotBlank();
            }
        }
        assertThat(throttled).isPositive();
    }

    private String state(String jobId) {
        JsonNode job = graph.get(jobs + "/" + jobId).json();
        return job.at("/schedule/state").asString() + "/"
                + job.at("/status/code").asString();
    }

    private long pendingDeletes() {
        return control.state()
                .at("/servicePrincipals/0/synchronization/jobs/0/emulator/pendingDeletes")
                .asLong();
    }
}
