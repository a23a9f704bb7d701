package io.github.cloudsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.testing.EmulatorControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** discoverNeedsDomain (on by default): discover is the backend's wrapped 500 until the Domain secret is set. */
class DiscoverPrerequisiteTest {
    private GraphEmulator emulator;
    private GraphHttp graph;
    private String sync;
    private String discover;

    @BeforeEach
    void start() {
        emulator = GraphEmulator.start(0);
        graph = new GraphHttp(emulator.baseUri());
        String spId = graph.instantiate("contoso.com");
        String jobId = graph.createJob(spId, "AD2AADProvisioning");
        sync = "/beta/servicePrincipals/" + spId + "/synchronization";
        discover = sync + "/jobs/" + jobId + "/schema/directories/" + DefaultSchemas.AD_DIRECTORY_ID + "/discover";
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void discoverFailsUntilTheDomainSecretIsSet() {
        GraphHttp.Answer before = graph.post(discover, null);
        assertThat(before.status()).isEqualTo(500);
        assertThat(before.json().at("/error/code").asString()).isEqualTo("UnknownError");
        assertThat(before.innerCode()).isEqualTo("DirectoryDiscoveryFailed");

        graph.put(
                sync + "/secrets",
                "{\"value\":[{\"key\":\"Domain\",\"value\":\"{\\\"domain\\\":\\\"contoso.com\\\"}\"}]}");
        assertThat(graph.post(discover, null).status()).isEqualTo(200);
    }

    @Test
    void anUnknownJobIsStillNotFoundAndTheSwitchTurnsTheCheckOff() {
        assertThat(graph.post(sync + "/jobs/AD2AADProvisioning.x.y/schema/directories/x/discover", null)
                        .status())
                .isEqualTo(404);
        new EmulatorControl(emulator.baseUri()).settings("{\"discoverNeedsDomain\":false}");
        assertThat(graph.post(discover, null).status()).isEqualTo(200);
    }
}
