package io.github.cloudsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.testing.EmulatorControl;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** jobLifecycle realistic: a started job looks like the real running samples; the documented quarantine shape. */
class RealisticJobLifecycleTest {
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
        jobs = "/v1.0/servicePrincipals/" + spId + "/synchronization/jobs";
        graph.put(
                "/v1.0/servicePrincipals/" + spId + "/synchronization/secrets",
                "{\"value\":[{\"key\":\"Domain\",\"value\":\"{\\\"domain\\\":\\\"contoso.com\\\"}\"},"
                        + "{\"key\":\"SyncNotificationSettings\",\"value\":\"{\\\"Enabled\\\":false,"
                        + "\\\"DeleteThresholdEnabled\\\":true,\\\"DeleteThresholdValue\\\":50}\"}]}");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void theDefaultLifecycleLeavesAStartedJobAsCreated() {
        String jobId = graph.createJob(spId, "AD2AADProvisioning");
        graph.post(jobs + "/" + jobId + "/start", null);
        JsonNode job = graph.get(jobs + "/" + jobId).json();
        assertThat(job.at("/status/lastExecution").isNull()).isTrue();
        assertThat(job.path("synchronizationJobSettings")).isEmpty();
    }

    @Test
    void aStartedJobCarriesExecutionsCountsAndTheJobSettings() {
        control.settings("{\"jobLifecycle\":\"realistic\"}");
        String jobId = graph.createJob(spId, "AD2AADProvisioning");
        assertThat(graph.get(jobs + "/" + jobId).json().path("synchronizationJobSettings"))
                .isEmpty();
        graph.post(jobs + "/" + jobId + "/start", null);

        JsonNode status = graph.get(jobs + "/" + jobId).json().path("status");
        assertThat(status.at("/lastExecution/state").asString()).isEqualTo("Succeeded");
        assertThat(status.at("/lastExecution/activityIdentifier").asString()).hasSize(36);
        assertThat(status.at("/lastSuccessfulExecution/state").asString()).isEqualTo("Succeeded");
        assertThat(status.path("steadyStateFirstAchievedTime").asString()).isNotEqualTo("0001-01-01T00:00:00Z");
        assertThat(status.path("troubleshootingUrl").asString()).isEmpty();
        assertThat(status.path("synchronizedEntryCountByType").findValuesAsString("key"))
                .containsExactly("group to Group", "user to User");

        Map<String, String> settings = new LinkedHashMap<>();
        graph.get(jobs + "/" + jobId)
                .json()
                .path("synchronizationJobSettings")
                .forEach(s ->
                        settings.put(s.path("name").asString(), s.path("value").asString()));
        assertThat(settings)
                .containsEntry("DomainFQDN", "contoso.com")
                .containsEntry("DomainNetBios", "CONTOSO")
                .containsEntry("ForestFQDN", "contoso.com")
                .containsEntry("QuarantineTooManyDeletesThreshold", "50");
        assertThat(GraphHttp.JSON
                        .readTree(settings.get("Domain"))
                        .path("ForestNetBios")
                        .asString())
                .isEqualTo("CONTOSO");
    }

    @Test
    void theRealisticQuarantineHasEmptyDatesAndMayNameItsCauseOnlyInTheErrorCode() {
        control.settings("{\"jobLifecycle\":\"realistic\"}");
        String jobId = graph.createJob(spId, "AD2AADProvisioning");
        control.quarantine(spId, jobId, 612);
        JsonNode quarantine = graph.get(jobs + "/" + jobId).json().at("/status/quarantine");
        assertThat(quarantine.path("reason").asString()).isEqualTo("TooManyDeletes");
        assertThat(quarantine.at("/error/code").asString()).isEqualTo("TooManyDeletes");
        assertThat(quarantine.path("currentBegan").asString()).isEmpty();
        assertThat(quarantine.path("nextAttempt").asString()).isEmpty();

        control.settings("{\"jobLifecycle\":\"instant\"}");
        control.quarantine("{\"servicePrincipalId\":\"" + spId + "\",\"jobId\":\"" + jobId
                + "\",\"reason\":\"\",\"errorCode\":\"TooManyDeletes\",\"emptyDates\":true}");
        JsonNode reasonless = graph.get(jobs + "/" + jobId).json().at("/status/quarantine");
        assertThat(reasonless.path("reason").asString()).isEmpty();
        assertThat(reasonless.at("/error/code").asString()).isEqualTo("TooManyDeletes");
        assertThat(reasonless.path("seriesBegan").asString()).isEmpty();
    }
}
