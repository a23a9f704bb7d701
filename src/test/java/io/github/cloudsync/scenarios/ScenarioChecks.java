package io.github.cloudsync.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.SecretKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** The invariants every golden scenario keeps, checked from the emulator's state and request log after apply. */
final class ScenarioChecks {
    private static final Set<String> OWNED =
            Set.of(SecretKey.APP_KEY.key(), SecretKey.DOMAIN.key(), SecretKey.SYNC_NOTIFICATION_SETTINGS.key());
    private static final Set<String> MASKED = Set.of("Password", "SecretToken", "ClientSecret");

    private final Profile profile;
    private final JsonNode before;
    private final JsonNode after;
    private final ScenarioRun run;

    ScenarioChecks(Profile profile, JsonNode before, ScenarioRun run) {
        this.profile = profile;
        this.before = before;
        this.after = run.state();
        this.run = run;
    }

    /** state-after.json, and schema-changes.json when the provisioning job's schema existed before apply. */
    void recordStateAfter(String applyOutput) {
        Set<String> existed = new java.util.HashSet<>();
        before.path("servicePrincipals")
                .forEach(sp -> sp.path("synchronization")
                        .path("jobs")
                        .forEach(j -> existed.add(j.path("id").asString())));
        List<String> created = RequestsInStepOrder.steps(applyOutput);
        run.record(
                "state-after.json",
                TenantFacts.summary(
                        after,
                        job -> existed.contains(job.path("id").asString())
                                ? -1
                                : created.indexOf(
                                        "job/" + job.path("templateId").asString())));
        for (JsonNode sp :
                TenantFacts.servicePrincipals(before, profile.configuration().displayName())) {
            String id = sp.path("id").asString();
            Optional<JsonNode> was = TenantFacts.provisioningSchema(before, id);
            Optional<JsonNode> is = TenantFacts.provisioningSchema(after, id);
            if (was.isPresent() && is.isPresent()) {
                JsonNode changes = TenantFacts.schemaChanges(was.get(), is.get());
                run.record("schema-changes.json", TenantFacts.pretty(changes));
                assertThat(ProfileChanges.unexplained(profile, was.get(), changes))
                        .as("schema changes the profile does not explain")
                        .isEmpty();
            }
        }
    }

    /** Every secret key the profile does not own is still there with the same value, on every service principal. */
    void unownedSecretsKept() {
        Map<String, String> now = TenantFacts.secrets(after);
        TenantFacts.secrets(before).forEach((spAndKey, value) -> {
            if (!OWNED.contains(spAndKey.substring(spAndKey.indexOf('/') + 1))) {
                assertThat(now).as("unowned secret " + spAndKey).containsEntry(spAndKey, value);
            }
        });
    }

    /**
     * No output of cloudsync shows the value of a secret Graph masks ({@code state-after.json} is the emulator's own
     * unmasked view, so it does not count).
     */
    void maskedValuesNeverShown(Map<String, String> outputs) {
        TenantFacts.secrets(before).forEach((spAndKey, value) -> {
            if (MASKED.contains(spAndKey.substring(spAndKey.indexOf('/') + 1))) {
                outputs.forEach((file, text) -> {
                    if (!file.equals("state-after.json")) {
                        assertThat(text).as(file).doesNotContain(value);
                    }
                });
            }
        });
    }

    /** No start request for a job that was quarantined before apply. */
    void quarantinedJobsNotStarted() {
        String requests = run.mutatingRequests();
        for (JsonNode sp : before.path("servicePrincipals")) {
            for (JsonNode job : sp.path("synchronization").path("jobs")) {
                if (job.path("status").path("code").asString("").equals("Quarantine")) {
                    assertThat(requests)
                            .as("quarantined job started")
                            .doesNotContain(job.path("id").asString() + "/start");
                }
            }
        }
    }

    /** The plan is now empty, a second apply sends no mutating request, and exactly the wanted objects exist. */
    void converged() {
        CliRun.Result plan = run.withProfile("plan", "--detailed-exitcode");
        assertThat(plan.exitCode())
                .as("plan after apply:\n" + plan.out() + plan.err())
                .isZero();
        run.control.clearRequests();
        CliRun.Result again = run.withProfile("apply", "--auto-approve");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("No changes.");
        assertThat(run.control.mutatingRequestCount())
                .as("mutating requests of a second apply")
                .isZero();

        Profile.Configuration wanted = profile.configuration();
        List<JsonNode> sps = TenantFacts.servicePrincipals(after, wanted.displayName());
        assertThat(sps).as("service principals named " + wanted.displayName()).hasSize(1);
        JsonNode sp = sps.get(0);
        assertThat(TenantFacts.jobCount(sp, "AD2AADProvisioning")).isEqualTo(1);
        assertThat(TenantFacts.jobCount(sp, "AD2AADPasswordHash")).isEqualTo(wanted.passwordHashSync() ? 1 : 0);
        assertThat(TenantFacts.jobCount(sp, "AAD2ADExchangeHybridWriteback"))
                .isEqualTo(wanted.exchangeHybridWriteback() ? 1 : 0);
        wanted.deviceSync()
                .ifPresent(on -> assertThat(TenantFacts.jobCount(sp, "AD2AADDeviceSync"))
                        .as("device sync jobs")
                        .isEqualTo(on ? 1 : 0));
        assertThat(after.path("organization").path("onPremisesSyncEnabled").asBoolean(false))
                .isEqualTo(profile.tenant().directorySyncEnabled());
    }

    /** A failed apply sent at most one mutating request per step it ran: the skipped steps sent nothing. */
    void nothingAfterTheFailedStep(CliRun.Result apply) {
        assertThat(apply.exitCode()).isEqualTo(1);
        Matcher ran = Pattern.compile(": (done|FAILED) \\(").matcher(apply.out());
        long steps = ran.results().count();
        assertThat(apply.out()).contains("FAILED");
        assertThat(run.mutatingRequestList()).as("mutating requests").hasSizeLessThanOrEqualTo((int) steps);
    }
}
