package io.github.cloudsync.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.emulator.EmulatorOptions;
import io.github.cloudsync.emulator.GraphEmulator;
import io.github.cloudsync.model.Cloud;
import io.github.cloudsync.model.LiveSecrets;
import io.github.cloudsync.model.ProvisioningResult;
import io.github.cloudsync.model.SecretValue;
import io.github.cloudsync.testing.EmulatorControl;
import io.github.cloudsync.testing.VirtualTime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * provisionOnDemand through the Graph client against the emulator, sharing one virtual clock: the rule read from the
 * job's schema, the answer's two JSON strings decoded, and the documented rate limit waited out, not failed.
 */
class ProvisionOnDemandClientTest {
    static final String DN = "CN=Adele Vance,OU=Sales,DC=contoso,DC=com";

    private final VirtualTime time = new VirtualTime();
    private GraphEmulator emulator;
    private EmulatorControl control;
    private GraphSession session;
    private String sp;
    private String job;

    @BeforeEach
    void start() {
        emulator = GraphEmulator.start(EmulatorOptions.defaults().withClock(time));
        control = new EmulatorControl(emulator.baseUri());
        GraphSettings settings = GraphSettings.of(
                        GraphEndpoint.of(Cloud.GLOBAL, emulator.baseUri().toString(), "v1.0"),
                        TokenProvider.emulator(),
                        "9.9.9-test")
                .withRetries(EmulatedGraph.policy(), time, time);
        session = GraphSession.open(settings);
        sp = session.writer()
                .instantiate(LiveStateReader.CLOUD_SYNC_TEMPLATE_ID, "contoso.com")
                .id();
        job = session.writer().createJob(sp, "AD2AADProvisioning").id();
        session.writer().putSecrets(sp, LiveSecrets.NONE, List.of(new SecretValue.Domain("contoso.com")));
    }

    @AfterEach
    void stop() {
        session.close();
        emulator.close();
    }

    @Test
    void theRuleComesFromTheJobSchemaForEveryAdTypeAndNoneForComputers() {
        for (String type : List.of("user", "inetOrgPerson", "group", "contact", "USER")) {
            assertThat(session.reader().provisioningRule(sp, job, type))
                    .as(type)
                    .contains("6c409270-f78a-4bc6-af23-7cf3ab6482fe");
        }
        assertThat(session.reader().provisioningRule(sp, job, "computer")).isEmpty();
        String devices = session.writer().createJob(sp, "AD2AADDeviceSync").id();
        assertThat(session.reader().provisioningRule(sp, devices, "computer"))
                .contains("9d7e3c1a-52b4-4f0e-8a6d-2c1b7e4f9a03");
    }

    @Test
    void aSuccessIsDecodedIntoItsStepsAndTheEntraObject() {
        ProvisioningResult result = provision(DN);

        assertThat(result.result()).isEqualTo("Success");
        assertThat(result.failed()).isFalse();
        assertThat(result.errorCode()).isEmpty();
        assertThat(result.steps())
                .extracting(ProvisioningResult.Step::name)
                .containsExactly("EntryImportAdd", "EntryImport", "EntrySynchronizationScoping", "EntryExportAdd");
        assertThat(result.steps().get(0).details()).containsEntry("distinguishedName", DN);
        assertThat(result.steps().get(0).description())
                .isEqualTo("Received user 'Adele Vance' change of type (Add) from Active Directory");
        assertThat(result.target()).hasValueSatisfying(t -> assertThat(t.type()).isEqualTo("User"));
    }

    @Test
    void anObjectOfAnotherDomainFailsWithTheErrorGraphNames() {
        ProvisioningResult result = provision("CN=Adele Vance,DC=fabrikam,DC=com");

        assertThat(result.result()).isEqualTo("Failure");
        assertThat(result.failed()).isTrue();
        assertThat(result.errorCode()).contains("ObjectNotFound");
        assertThat(result.errorMessage()).isPresent();
        assertThat(result.steps())
                .singleElement()
                .satisfies(s -> assertThat(s.failed()).isTrue());
        assertThat(result.target()).isEmpty();
    }

    @Test
    void theSixthRequestWithinTenSecondsWaitsOutTheRateLimitInsteadOfFailing() {
        for (int i = 0; i < 6; i++) {
            assertThat(provision(DN).result()).isEqualTo("Success");
        }

        assertThat(time.sleeps()).isNotEmpty().allMatch(Duration.ofSeconds(10)::equals);
        assertThat(control.requestCount("POST", "/provisionOnDemand$"))
                .isEqualTo(6 + time.sleeps().size());
    }

    private ProvisioningResult provision(String dn) {
        return session.writer().provisionOnDemand(sp, job, "6c409270-f78a-4bc6-af23-7cf3ab6482fe", dn, "user");
    }
}
