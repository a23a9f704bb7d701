package io.github.cloudsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.testing.EmulatorControl;
import io.github.cloudsync.testing.VirtualTime;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** replicationLagMs: after a write, a stale replica answers every other request until the lag has passed. */
class ReplicationLagTest {
    private static final String DOMAIN =
            "{\"value\":[{\"key\":\"Domain\",\"value\":\"{\\\"domain\\\":\\\"contoso.com\\\"}\"}]}";

    private final VirtualTime time = new VirtualTime();
    private GraphEmulator emulator;
    private GraphHttp graph;

    @BeforeEach
    void start() {
        emulator = GraphEmulator.start(EmulatorOptions.defaults().withClock(time));
        graph = new GraphHttp(emulator.baseUri());
        new EmulatorControl(emulator.baseUri()).settings("{\"replicationLagMs\":30000}");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void aNewServicePrincipalIsMissingOnEveryOtherReadUntilTheLagHasPassed() {
        String spId = graph.instantiate("contoso.com");
        String byName = "/v1.0/servicePrincipals?$filter=displayName%20eq%20%27contoso.com%27";

        assertThat(graph.get("/v1.0/servicePrincipals/" + spId).status()).isEqualTo(404);
        assertThat(graph.get("/v1.0/servicePrincipals/" + spId).status()).isEqualTo(200);
        assertThat(graph.get(byName).json().path("value")).isEmpty();
        assertThat(graph.get(byName).json().path("value")).hasSize(1);
        assertThat(graph.get("/v1.0/servicePrincipals").json().path("value")).isEmpty();

        time.sleep(Duration.ofSeconds(30));
        for (int i = 0; i < 3; i++) {
            assertThat(graph.get("/v1.0/servicePrincipals/" + spId).status()).isEqualTo(200);
        }
    }

    @Test
    void aWriteServedByTheStaleReplicaIsItsNotFoundAndCommitsNothing() {
        String spId = graph.instantiate("contoso.com");
        String jobs = "/v1.0/servicePrincipals/" + spId + "/synchronization/jobs";

        GraphHttp.Answer stale = graph.post(jobs, "{\"templateId\":\"AD2AADProvisioning\"}");
        assertThat(stale.status()).isEqualTo(404);
        assertThat(graph.post(jobs, "{\"templateId\":\"AD2AADProvisioning\"}").status())
                .isEqualTo(201);
        time.sleep(Duration.ofSeconds(31));
        assertThat(graph.get(jobs).json().path("value")).hasSize(1);
    }

    @Test
    void changedSecretsAndSchedulesReadAsBeforeOnTheStaleReplica() {
        String spId = graph.instantiate("contoso.com");
        time.sleep(Duration.ofSeconds(31));
        String jobId = graph.createJob(spId, "AD2AADProvisioning");
        time.sleep(Duration.ofSeconds(31));
        String sync = "/v1.0/servicePrincipals/" + spId + "/synchronization";

        assertThat(graph.put(sync + "/secrets", DOMAIN).status()).isEqualTo(204);
        assertThat(graph.get(sync + "/secrets").json().path("value")).isEmpty();
        assertThat(graph.get(sync + "/secrets").json().path("value")).hasSize(1);

        assertThat(graph.post(sync + "/jobs/" + jobId + "/start", null).status())
                .isEqualTo(204);
        assertThat(graph.get(sync + "/jobs/" + jobId)
                        .json()
                        .at("/schedule/state")
                        .asString())
                .isEqualTo("Disabled");
        assertThat(graph.get(sync + "/jobs/" + jobId)
                        .json()
                        .at("/schedule/state")
                        .asString())
                .isEqualTo("Active");
    }

    @Test
    void discoverRightAfterTheDomainWriteCanStillSeeNoDomain() {
        String spId = graph.instantiate("contoso.com");
        time.sleep(Duration.ofSeconds(31));
        String jobId = graph.createJob(spId, "AD2AADProvisioning");
        time.sleep(Duration.ofSeconds(31));
        String sync = "/v1.0/servicePrincipals/" + spId + "/synchronization";
        String discover =
                sync + "/jobs/" + jobId + "/schema/directories/" + DefaultSchemas.AD_DIRECTORY_ID + "/discover";

        graph.put(sync + "/secrets", DOMAIN);
        assertThat(graph.post(discover, null).status()).isEqualTo(500);
        assertThat(graph.post(discover, null).status()).isEqualTo(200);
    }

    @Test
    void withoutLagEveryReadIsUpToDate() {
        new EmulatorControl(emulator.baseUri()).settings("{\"replicationLagMs\":0}");
        String spId = graph.instantiate("contoso.com");
        assertThat(graph.get("/v1.0/servicePrincipals/" + spId).status()).isEqualTo(200);
        assertThat(graph.get("/v1.0/servicePrincipals").json().path("value")).hasSize(1);
    }
}
