package io.github.cloudsync.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.testing.CommandTranscript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tenant-wide guard and the quarantine signal as a person reads them, end to end through the CLI against the
 * emulator over HTTP, equal to their golden files under src/test/resources/golden/guards/ ({@code make golden}
 * rewrites them): turning directory sync off refused and allowed, profiles of one tenant that disagree, and the exit
 * codes of drift and status with quarantined jobs. Each golden file starts with the command and its exit code.
 */
class GuardsGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/guards");
    static final String DOMAIN = "contoso.com";

    @TempDir
    Path dir;

    EmulatedTenant tenant;
    Path on;
    Path off;

    @BeforeEach
    void start() throws IOException {
        tenant = new EmulatedTenant();
        on = profile(dir, "contoso.yaml", "contoso", DOMAIN, true);
        off = profile(Files.createDirectories(dir.resolve("off")), "contoso.yaml", "contoso", DOMAIN, false);
        tenant.apply(on);
    }

    @AfterEach
    void stop() {
        tenant.close();
    }

    @Test
    void turningDirectorySyncOffIsRefusedWithoutTheFlag() {
        tenant.control.clearRequests();

        check(
                "directory-sync-off/refused.txt",
                "apply -p off/contoso.yaml --auto-approve",
                apply(off, "--auto-approve"));

        assertThat(tenant.control.mutatingRequestCount()).isZero();
        assertThat(onPremisesSyncEnabled()).isTrue();
    }

    @Test
    void atATerminalTheFlagAloneIsNotEnoughTheTenantIdMustBeTyped() {
        tenant.control.clearRequests();

        check(
                "directory-sync-off/wrong-tenant-id.txt",
                "apply -p off/contoso.yaml --allow-directory-sync-off --no-color (at a terminal, typing yes)",
                tenant.runInteractive(
                        "yes\nyes\n", "apply", "-p", off.toString(), "--allow-directory-sync-off", "--no-color"));

        assertThat(tenant.control.mutatingRequestCount()).isZero();
        assertThat(onPremisesSyncEnabled()).isTrue();
    }

    @Test
    void atATerminalTypingTheTenantIdThenYesTurnsItOff() {
        check(
                "directory-sync-off/allowed-typed.txt",
                "apply -p off/contoso.yaml --allow-directory-sync-off --no-color (at a terminal, typing the tenant id, then yes)",
                tenant.runInteractive(
                        EmulatedTenant.TENANT + "\nyes\n",
                        "apply",
                        "-p",
                        off.toString(),
                        "--allow-directory-sync-off"));

        assertThat(onPremisesSyncEnabled()).isFalse();
    }

    @Test
    void withoutATerminalTheFlagTogetherWithAutoApproveTurnsItOff() {
        tenant.control.clearRequests();

        check(
                "directory-sync-off/allowed.txt",
                "apply -p off/contoso.yaml --allow-directory-sync-off --auto-approve",
                apply(off, "--allow-directory-sync-off", "--auto-approve"));

        assertThat(tenant.control.requestCount("PATCH", "/organization/")).isEqualTo(1);
        assertThat(onPremisesSyncEnabled()).isFalse();
    }

    @Test
    void aSavedPlanThatTurnsDirectorySyncOffIsRefusedWithoutTheFlagToo() {
        Path saved = dir.resolve("off.plan.json");
        CliRun.Result plan = tenant.run("plan", "-p", off.toString(), "--out", saved.toString());
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        tenant.control.clearRequests();

        CliRun.Result refused = tenant.run("apply", saved.toString(), "--auto-approve");
        CliRun.Result allowed = tenant.run("apply", saved.toString(), "--allow-directory-sync-off", "--auto-approve");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("without --allow-directory-sync-off. Nothing was changed.");
        assertThat(allowed.exitCode()).as(allowed.out() + allowed.err()).isZero();
        assertThat(tenant.control.requestCount("PATCH", "/organization/")).isEqualTo(1);
        assertThat(onPremisesSyncEnabled()).isFalse();
    }

    @Test
    void profilesOfOneTenantThatDisagreeOnDirectorySyncAreRefusedBeforeAnyRequest() throws IOException {
        Path fleet = Files.createDirectories(dir.resolve("fleet"));
        profile(fleet, "contoso.yaml", "contoso", DOMAIN, true);
        profile(fleet, "fabrikam.yaml", "fabrikam", "fabrikam.com", false);
        tenant.control.clearRequests();

        check("disagreeing-profiles/validate.txt", "validate fleet", tenant.cli.run("validate", fleet.toString()));
        check("disagreeing-profiles/drift.txt", "drift fleet", tenant.run("drift", fleet.toString()));

        assertThat(tenant.control.requestCount()).isZero();
    }

    @Test
    void twoProfilesOfOneTenantAndOneDomainAreRefusedBeforeAnyRequest() throws IOException {
        Path fleet = Files.createDirectories(dir.resolve("same-domain"));
        profile(fleet, "contoso.yaml", "contoso", DOMAIN, true);
        Files.writeString(
                fleet.resolve("contoso-again.yaml"),
                Files.readString(fleet.resolve("contoso.yaml"))
                        .replace("name: contoso", "name: contoso-again")
                        .replace("passwordHashSync: true", "displayName: Contoso again\n  passwordHashSync: true"));
        tenant.control.clearRequests();

        check("same-domain/validate.txt", "validate same-domain", tenant.cli.run("validate", fleet.toString()));
        check("same-domain/drift.txt", "drift same-domain", tenant.run("drift", fleet.toString()));

        assertThat(tenant.control.requestCount()).isZero();
    }

    @Test
    void driftAndStatusExitThreeWhenAJobIsQuarantined() {
        quarantine("AD2AADProvisioning", "\"pendingDeletes\":612");

        check("quarantine/drift.txt", "drift contoso.yaml", tenant.run("drift", on.toString()));
        CliRun.Result json = tenant.run("drift", on.toString(), "--json");
        check("quarantine/drift.json", "drift contoso.yaml --json", json);
        assertThat(DriftSchema.validate(JsonMapper.shared().readTree(json.out())))
                .isEmpty();
        check("quarantine/status.txt", "status -p contoso.yaml", tenant.run("status", "-p", on.toString()));
    }

    @Test
    void withTwoQuarantinedJobsEachSuggestionNamesItsJob() {
        quarantine("AD2AADProvisioning", "\"pendingDeletes\":612");
        quarantine(
                "AD2AADPasswordHash",
                "\"reason\":\"EncounteredQuarantineException\",\"errorCode\":\"HybridIdentityServiceNoActiveAgents\"");
        profileDrift();

        check("two-quarantined-jobs/drift.txt", "drift contoso.yaml", tenant.run("drift", on.toString()));
        check("two-quarantined-jobs/status.txt", "status -p contoso.yaml", tenant.run("status", "-p", on.toString()));
    }

    /** A change outside cloudsync (the notification recipients), so that quarantine is seen to win over drift. */
    private void profileDrift() {
        tenant.editServicePrincipal(
                DOMAIN,
                sp -> EmulatedTenant.secret(
                        sp,
                        "SyncNotificationSettings",
                        "{\"Enabled\":true,\"Recipients\":\"someone@contoso.com\",\"DeleteThresholdEnabled\":true,"
                                + "\"DeleteThresholdValue\":50}"));
    }

    private void quarantine(String template, String fields) {
        String sp = tenant.servicePrincipal(DOMAIN).path("id").asString();
        String job = EmulatedTenant.job(tenant.servicePrincipal(DOMAIN), template)
                .path("id")
                .asString();
        tenant.control.quarantine("{\"servicePrincipalId\":\"" + sp + "\",\"jobId\":\"" + job + "\"," + fields + "}");
    }

    private CliRun.Result apply(Path profile, String... flags) {
        String[] args = new String[flags.length + 3];
        args[0] = "apply";
        args[1] = "-p";
        args[2] = profile.toString();
        System.arraycopy(flags, 0, args, 3, flags.length);
        return tenant.run(args);
    }

    private boolean onPremisesSyncEnabled() {
        return tenant.control.state().at("/organization/onPremisesSyncEnabled").asBoolean();
    }

    private void check(String file, String command, CliRun.Result result) {
        CommandTranscript.check(GOLDEN.resolve(file), dir, command, result);
    }

    private static Path profile(Path dir, String file, String name, String domain, boolean directorySync) {
        String text = """
                apiVersion: cloudsync/v1
                kind: CloudSyncProfile
                metadata:
                  name: %s
                tenant:
                  id: %s
                  directorySyncEnabled: %s
                configuration:
                  domain: %s
                  passwordHashSync: true
                  accidentalDeletes: { enabled: true, threshold: 50 }
                  notifications: { enabled: true, recipients: [ops@%s] }
                """.formatted(name, EmulatedTenant.TENANT, directorySync, domain, domain);
        try {
            return Files.writeString(dir.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
