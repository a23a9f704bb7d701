package io.github.cloudsync.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.JobSettings;
import io.github.cloudsync.model.JobStatus;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.LiveState;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.ScheduleState;
import io.github.cloudsync.model.SecretKey;
import io.github.cloudsync.model.SecretValue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Notices: a quarantined job with its reason and the exact command; AppKey written only when it must be, unnoticed. */
class PlannerNoticeTest {
    private static final Profile PROFILE = ProfileBuilder.contoso().build();
    private static final LiveState SYNCED = Tenants.inSync(PROFILE);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "TooManyDeletes|cloudsync allow-deletes -p profiles/contoso.yaml --job AD2AADProvisioning",
                "EncounteredQuarantineException|cloudsync restart -p profiles/contoso.yaml --scope quarantine --job"
                        + " AD2AADProvisioning",
            })
    void quarantinedJobGetsTheCommandThatLiftsIt(String reason, String command) {
        LiveState live = PlannerTest.withJobs(SYNCED, Tenants.quarantined(JobTemplate.PROVISIONING, "a", reason));

        Plan plan = Planner.plan(PROFILE, live, "profiles/contoso.yaml");

        assertThat(plan.actions()).isEmpty();
        assertThat(plan.notices())
                .filteredOn(n -> n.address().equals("job/AD2AADProvisioning"))
                .singleElement()
                .extracting(Plan.Notice::subject)
                .isInstanceOfSatisfying(NoticeSubject.Worded.class, n -> {
                    assertThat(n.message()).contains(reason).contains("AD2AADProvisioning.a");
                    assertThat(n.whatToDo()).endsWith(command);
                });
    }

    @Test
    void heldDeletesAreRecognisedByTheErrorCodeWhenTheReasonIsEmptyAsInTheDocumentedExample() {
        Job documented = new Job(
                "AD2AADProvisioning.a",
                "AD2AADProvisioning",
                ScheduleState.ACTIVE,
                "PT40M",
                new JobStatus(
                        "Quarantine",
                        Optional.of(new JobStatus.Quarantine("", "", "", "", 1, "TooManyDeletes", "held")),
                        Optional.empty(),
                        Optional.empty(),
                        null,
                        0));

        Plan plan = Planner.plan(PROFILE, PlannerTest.withJobs(SYNCED, documented), "p.yaml");

        assertThat(plan.notices())
                .filteredOn(n -> n.address().equals("job/AD2AADProvisioning"))
                .singleElement()
                .satisfies(n -> {
                    assertThat(worded(n).message()).contains("quarantined (TooManyDeletes)");
                    assertThat(worded(n).whatToDo())
                            .endsWith("cloudsync allow-deletes -p p.yaml --job AD2AADProvisioning");
                });
    }

    @Test
    void twoQuarantinedJobsEachGetACommandNamingTheirOwnJob() {
        Profile withPasswordHashSync =
                ProfileBuilder.contoso().passwordHashSync(true).build();
        LiveState live = PlannerTest.withJobs(
                Tenants.inSync(withPasswordHashSync),
                Tenants.quarantined(JobTemplate.PROVISIONING, "a", "TooManyDeletes"),
                Tenants.quarantined(JobTemplate.PASSWORD_HASH, "b", "EncounteredQuarantineException"));

        Plan plan = Planner.plan(withPasswordHashSync, live, "p.yaml");

        assertThat(plan.notices())
                .filteredOn(n -> n.address().startsWith("job/"))
                .extracting(Plan.Notice::address, n -> worded(n).whatToDo())
                .containsExactlyInAnyOrder(
                        tuple(
                                "job/AD2AADProvisioning",
                                "review the pending deletes, then run: cloudsync allow-deletes -p p.yaml --job"
                                        + " AD2AADProvisioning"),
                        tuple(
                                "job/AD2AADPasswordHash",
                                "fix the cause, then run: cloudsync restart -p p.yaml --scope quarantine --job"
                                        + " AD2AADPasswordHash"));
    }

    @Test
    void appKeyIsNeitherWrittenNorNoticedWhenNothingElseChanges() {
        Plan plan = Planner.plan(PROFILE, SYNCED);

        assertThat(plan.actions()).isEmpty();
        assertThat(plan.notices()).isEmpty();
    }

    @Test
    void aSecretsChangeLeavesAppKeyOut() {
        Plan plan = Planner.plan(ProfileBuilder.contoso().domain("fabrikam.com").build(), SYNCED);

        assertThat(plan.notices()).isEmpty();
        assertThat(plan.actions()).singleElement().isInstanceOfSatisfying(Action.PutSecrets.class, put -> {
            assertThat(put.keys()).containsExactly(SecretKey.DOMAIN, SecretKey.SYNC_NOTIFICATION_SETTINGS);
            assertThat(put.values()).contains(new SecretValue.Domain("fabrikam.com"));
            assertThat(put.compared()).extracting(c -> c.key()).doesNotContain(SecretKey.APP_KEY);
            assertThat(put.changes()).extracting(Action.Change::attribute).doesNotContain("AppKey");
        });
    }

    @Test
    void appKeyIsWrittenWhenPasswordHashSyncChanges() {
        Plan plan = Planner.plan(ProfileBuilder.contoso().passwordHashSync(true).build(), SYNCED);

        assertThat(plan.actions())
                .filteredOn(Action.PutSecrets.class::isInstance)
                .singleElement()
                .isInstanceOfSatisfying(
                        Action.PutSecrets.class,
                        put -> assertThat(put.values())
                                .contains(new SecretValue.AppKey(SecretValue.AppKey.Scenario.PASSWORD_HASH)));
    }

    @Test
    void appKeyIsWrittenWhenTheConfigurationIsCreated() {
        Plan plan = Planner.plan(PROFILE, Tenants.empty(true));

        assertThat(plan.actions())
                .filteredOn(Action.PutSecrets.class::isInstance)
                .singleElement()
                .isInstanceOfSatisfying(
                        Action.PutSecrets.class,
                        put -> assertThat(put.keys())
                                .containsExactly(
                                        SecretKey.APP_KEY, SecretKey.DOMAIN, SecretKey.SYNC_NOTIFICATION_SETTINGS));
    }

    @Test
    void appKeyIsWrittenWithAMissingDomainSinceTheSetupNeverFinished() {
        LiveState noDomain = Tenants.with(
                SYNCED,
                SYNCED.jobs(),
                SYNCED.secrets().read().stream()
                        .filter(s -> !s.key().equals("Domain"))
                        .toList(),
                SYNCED.provisioningSchema());

        Plan plan = Planner.plan(PROFILE, noDomain);

        assertThat(plan.actions())
                .singleElement()
                .isInstanceOfSatisfying(
                        Action.PutSecrets.class,
                        put -> assertThat(put.keys())
                                .containsExactly(
                                        SecretKey.APP_KEY, SecretKey.DOMAIN, SecretKey.SYNC_NOTIFICATION_SETTINGS));
    }

    @Test
    void aJobWhoseOwnDeleteThresholdDiffersGetsATypedNotice() {
        Profile profile = ProfileBuilder.contoso().accidentalDeletes(true, 50).build();
        LiveState synced = Tenants.inSync(profile);
        Job provisioning = synced.jobs(JobTemplate.PROVISIONING).get(0);
        LiveState live = withThreshold(synced, provisioning, 500);

        Plan plan = Planner.plan(profile, live, "profiles/contoso.yaml");

        assertThat(plan.actions()).isEmpty();
        assertThat(plan.notices())
                .containsExactly(new Plan.Notice(
                        "job/AD2AADProvisioning",
                        new NoticeSubject.JobDeleteThresholdDiffers(
                                JobTemplate.PROVISIONING, provisioning.id(), 500, 50, false, "profiles/contoso.yaml")));
    }

    @Test
    void theThresholdNoticeSaysWhenThePlanWritesTheThreshold() {
        Profile before = ProfileBuilder.contoso().accidentalDeletes(true, 500).build();
        LiveState synced = Tenants.inSync(before);
        Job provisioning = synced.jobs(JobTemplate.PROVISIONING).get(0);
        LiveState live = withThreshold(synced, provisioning, 500);

        Plan plan = Planner.plan(
                ProfileBuilder.contoso().accidentalDeletes(true, 50).build(), live);

        assertThat(plan.actions()).singleElement().isInstanceOf(Action.PutSecrets.class);
        assertThat(plan.notices())
                .extracting(Plan.Notice::subject)
                .singleElement()
                .isInstanceOfSatisfying(NoticeSubject.JobDeleteThresholdDiffers.class, d -> {
                    assertThat(d.secretsWritten()).isTrue();
                    assertThat(d.jobThreshold()).isEqualTo(500);
                    assertThat(d.profileThreshold()).isEqualTo(50);
                });
    }

    @Test
    void noThresholdNoticeWhenTheyAgreeTheJobHasNoneOrTheProfileTurnsTheThresholdOff() {
        Profile profile = ProfileBuilder.contoso().accidentalDeletes(true, 50).build();
        LiveState synced = Tenants.inSync(profile);
        Job provisioning = synced.jobs(JobTemplate.PROVISIONING).get(0);
        Profile off = ProfileBuilder.contoso().accidentalDeletes(false, 50).build();

        assertThat(Planner.plan(profile, withThreshold(synced, provisioning, 50))
                        .notices())
                .isEmpty();
        assertThat(Planner.plan(profile, synced).notices()).isEmpty();
        assertThat(Planner.plan(off, withThreshold(Tenants.inSync(off), provisioning, 500))
                        .notices())
                .isEmpty();
    }

    private static LiveState withThreshold(LiveState live, Job job, int threshold) {
        Job withSetting = new Job(
                job.id(),
                job.templateId(),
                job.scheduleState(),
                job.interval(),
                job.status(),
                new JobSettings(Optional.of(threshold)));
        List<Job> jobs = live.jobs().stream()
                .map(j -> j.id().equals(job.id()) ? withSetting : j)
                .toList();
        return Tenants.with(live, jobs, live.secrets().read(), live.provisioningSchema());
    }

    @Test
    void aPausedProfileLeavesAPausedJobAlone() {
        LiveState live = PlannerTest.withJobs(SYNCED, Tenants.job(JobTemplate.PROVISIONING, "a", ScheduleState.PAUSED));

        assertThat(Planner.plan(
                                ProfileBuilder.contoso()
                                        .state(io.github.cloudsync.model.DesiredState.PAUSED)
                                        .build(),
                                live)
                        .actions())
                .isEmpty();
    }

    private static NoticeSubject.Worded worded(Plan.Notice notice) {
        return (NoticeSubject.Worded) notice.subject();
    }
}
