package io.github.cloudsync.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.scenarios.IdPlaceholders;
import io.github.cloudsync.testing.GoldenFile;
import io.github.cloudsync.testing.VirtualTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code cloudsync provision} through the CLI against the emulator after an apply: a user through the provisioning
 * job and a computer through the device sync job, as text and JSON equal to the goldens under
 * src/test/resources/golden/operations/provision/ (the emulator's clock is fixed; its new GUIDs become placeholders),
 * each sending exactly one POST; a failed step exits 1; a missing job or a bad type sends nothing.
 */
class ProvisionEndToEndTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/operations/provision");
    static final String DOMAIN = "contoso.com";
    static final String USER = "CN=Adele Vance,OU=Sales,DC=contoso,DC=com";
    static final String COMPUTER = "CN=WS-0042,OU=Workstations,DC=contoso,DC=com";

    /** The rule ids of the provisioning and device sync templates: the same in every tenant, kept in the goldens. */
    static final String RULES = "6c409270-f78a-4bc6-af23-7cf3ab6482fe 9d7e3c1a-52b4-4f0e-8a6d-2c1b7e4f9a03";

    @TempDir
    Path dir;

    EmulatedTenant tenant;
    IdPlaceholders ids;
    String p;

    @BeforeEach
    void start() throws IOException {
        tenant = new EmulatedTenant(new VirtualTime());
        Path profile = EmulatedTenant.profile(dir, "contoso.yaml", "contoso", EmulatedTenant.TENANT, DOMAIN, true);
        p = profile.toString();
        ids = new IdPlaceholders(tenant.url, Files.readString(profile), RULES);
        tenant.apply(profile);
        tenant.control.clearRequests();
    }

    @AfterEach
    void stop() {
        tenant.close();
    }

    @Test
    void aUserIsProvisionedThroughTheProvisioningJobsRule() {
        CliRun.Result text = tenant.run("provision", "-p", p, "--object", USER);
        CliRun.Result json = tenant.run("provision", "-p", p, "--object", USER, "--json");

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(json.exitCode()).as(json.err()).isZero();
        GoldenFile.check(GOLDEN.resolve("user.txt"), ids.normalise(text.out()));
        GoldenFile.check(GOLDEN.resolve("user.json"), ids.normalise(json.out()));
        assertThat(ProvisionSchema.validate(JsonMapper.shared().readTree(json.out())))
                .isEmpty();
        assertThat(tenant.control.mutatingRequestCount()).isEqualTo(2);
        assertThat(tenant.control.requestCount("POST", "/jobs/AD2AADProvisioning\\.[^/]+/provisionOnDemand$"))
                .isEqualTo(2);
    }

    @Test
    void aComputerIsProvisionedThroughTheDeviceSyncJob() throws IOException {
        addDeviceSyncJob();

        CliRun.Result text = tenant.run("provision", "-p", p, "--object", COMPUTER, "--type", "computer");
        CliRun.Result json = tenant.run("provision", "-p", p, "--object", COMPUTER, "--type", "computer", "--json");

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(json.exitCode()).as(json.err()).isZero();
        GoldenFile.check(GOLDEN.resolve("computer.txt"), ids.normalise(text.out()));
        GoldenFile.check(GOLDEN.resolve("computer.json"), ids.normalise(json.out()));
        assertThat(ProvisionSchema.validate(JsonMapper.shared().readTree(json.out())))
                .isEmpty();
        assertThat(tenant.control.requestCount("POST", "/jobs/AD2AADDeviceSync\\.[^/]+/provisionOnDemand$"))
                .isEqualTo(2);
        assertThat(tenant.control.mutatingRequestCount()).isEqualTo(2);
    }

    @Test
    void anObjectOfAnotherDomainFailsAtItsStepAndExitsOne() {
        CliRun.Result text = tenant.run("provision", "-p", p, "--object", "CN=Adele Vance,DC=fabrikam,DC=com");
        CliRun.Result json =
                tenant.run("provision", "-p", p, "--object", "CN=Adele Vance,DC=fabrikam,DC=com", "--json");

        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(json.exitCode()).isEqualTo(1);
        GoldenFile.check(GOLDEN.resolve("not-found.txt"), ids.normalise(text.out()));
        JsonNode report = JsonMapper.shared().readTree(json.out());
        assertThat(ProvisionSchema.validate(report)).isEmpty();
        assertThat(report.path("failed").asBoolean()).isTrue();
        assertThat(report.at("/steps/0/failed").asBoolean()).isTrue();

        CliRun.Result line =
                tenant.run("provision", "-p", p, "--object", "CN=Adele Vance,DC=fabrikam,DC=com", "--json-lines");
        assertThat(line.exitCode()).isEqualTo(1);
        assertThat(line.out().lines()).hasSize(1);
        assertThat(JsonMapper.shared().readTree(line.out())).isEqualTo(report);
    }

    @Test
    void aComputerWithoutDeviceSyncIsRefusedBeforeAnythingIsSent() {
        CliRun.Result run = tenant.run("provision", "-p", p, "--object", COMPUTER, "--type", "computer");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains("has no AD2AADDeviceSync job")
                .contains("set configuration.deviceSync: true in the profile, then run `cloudsync apply -p " + p + "`");
        assertThat(tenant.control.mutatingRequestCount()).isZero();
    }

    @Test
    void anUnknownTypeOrAnObjectThatIsNoDistinguishedNameIsAUsageError() {
        CliRun.Result type = tenant.run("provision", "-p", p, "--object", USER, "--type", "User");
        CliRun.Result object = tenant.run("provision", "-p", p, "--object", "adele@contoso.com");

        assertThat(type.exitCode()).isEqualTo(64);
        assertThat(type.err())
                .contains("--type User is not an object type", "user, inetOrgPerson, group, contact, computer");
        assertThat(object.exitCode()).isEqualTo(64);
        assertThat(object.err()).contains("is not a distinguished name");
        assertThat(tenant.control.requestCount()).isZero();
    }

    /** Turns device sync on in the profile and applies it: the AD2AADDeviceSync job is created and started. */
    private void addDeviceSyncJob() throws IOException {
        Path profile = Path.of(p);
        Files.writeString(
                profile,
                Files.readString(profile)
                        .replace("  passwordHashSync: true\n", "  passwordHashSync: true\n  deviceSync: true\n"));
        tenant.apply(profile);
        tenant.control.clearRequests();
    }
}
