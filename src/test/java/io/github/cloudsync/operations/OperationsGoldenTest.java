package io.github.cloudsync.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.Cloud;
import io.github.cloudsync.model.DesiredState;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.JobStatus;
import io.github.cloudsync.model.LiveState;
import io.github.cloudsync.model.Notifications;
import io.github.cloudsync.model.Organization;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.ScheduleState;
import io.github.cloudsync.model.ServicePrincipal;
import io.github.cloudsync.plan.Plan;
import io.github.cloudsync.plan.Planner;
import io.github.cloudsync.render.DriftJsonRenderer;
import io.github.cloudsync.render.DriftMarkdownRenderer;
import io.github.cloudsync.render.DriftReport;
import io.github.cloudsync.render.DriftTextRenderer;
import io.github.cloudsync.render.StatusJsonRenderer;
import io.github.cloudsync.render.StatusReport;
import io.github.cloudsync.render.StatusTextRenderer;
import io.github.cloudsync.testing.GoldenFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The drift report and the status report, as a person reads them, equal their golden files under
 * src/test/resources/golden/operations/ ({@code make golden} rewrites them); the golden drift JSON is valid
 * against schemas/drift.v1.schema.json.
 */
class OperationsGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/operations");
    static final String TENANT = "11111111-1111-1111-1111-111111111111";

    static Stream<Arguments> outputs() {
        DriftReport drift = drift();
        StatusReport status = status();
        return Map.of(
                        "drift/report.txt", DriftTextRenderer.render(drift, false),
                        "drift/report.md", DriftMarkdownRenderer.render(drift),
                        "drift/report.json", DriftJsonRenderer.render(drift),
                        "status/status.txt", StatusTextRenderer.render(status, false),
                        "status/status.json", StatusJsonRenderer.render(status))
                .entrySet()
                .stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outputs")
    void matchesGoldenFile(String file, String rendered) throws IOException {
        Path golden = GOLDEN.resolve(file);
        GoldenFile.check(golden, rendered);
    }

    @Test
    void theGoldenDriftJsonIsValidAndTheSchemaRejectsADriftedProfileWithoutActions() throws IOException {
        var report = (tools.jackson.databind.node.ObjectNode)
                JsonMapper.shared().readTree(Files.readString(GOLDEN.resolve("drift/report.json")));
        assertThat(DriftSchema.validate(report)).isEmpty();

        ((tools.jackson.databind.node.ObjectNode) report.at("/profiles/1")).put("result", "in_sync");

        assertThat(DriftSchema.validate(report)).isNotEmpty();
    }

    /** In sync with a quarantine notice, drifted (the configuration was deleted), and two errors. */
    static DriftReport drift() {
        Profile profile = profile();
        Plan quarantined = new Plan(
                List.of(),
                List.of(new Plan.Notice(
                        "job/AD2AADProvisioning",
                        "AD2AADProvisioning job AD2AADProvisioning.1111.4444 is quarantined (TooManyDeletes); cloudsync does"
                                + " not start it",
                        "review the pending deletes, then run: cloudsync allow-deletes -p profiles/contoso.yaml --job"
                                + " AD2AADProvisioning")));
        Plan deleted = Planner.plan(profile, LiveState.empty(new Organization(TENANT, true)), "profiles/fabrikam.yaml");
        return new DriftReport(List.of(
                DriftReport.Entry.compared(
                        "profiles/contoso.yaml", "contoso", TENANT, quarantined, List.of(), status().jobs()),
                DriftReport.Entry.compared("profiles/fabrikam.yaml", "fabrikam", TENANT, deleted, List.of()),
                DriftReport.Entry.failed(
                        "profiles/broken.yaml",
                        null,
                        null,
                        new DriftReport.Failure(
                                "profile_invalid",
                                "the profile is not valid (1 problem)",
                                "fix it; `cloudsync validate profiles/broken.yaml` shows the same problems",
                                List.of("profiles/broken.yaml:3:1: YAML syntax error: expected the node content\n"
                                        + "  hint: check the indentation"))),
                DriftReport.Entry.failed(
                        "profiles/elsewhere.yaml",
                        "elsewhere",
                        "99999999-9999-4999-8999-999999999999",
                        new DriftReport.Failure(
                                "wrong_tenant",
                                "Graph answered for tenant " + TENANT + " but the profile is for tenant"
                                        + " 99999999-9999-4999-8999-999999999999",
                                "use credentials (or a --graph-url) for the profile's tenant",
                                List.of()))));
    }

    /** A quarantined provisioning job with a last run, and a healthy password hash job. */
    static StatusReport status() {
        JobStatus.Execution run = new JobStatus.Execution(
                "Succeeded", "2026-11-26T09:00:00Z", "2026-11-26T09:02:05Z", 1200, 35, 2, null, null);
        JobStatus quarantined = new JobStatus(
                "Quarantine",
                Optional.of(new JobStatus.Quarantine(
                        "TooManyDeletes",
                        "2026-11-26T09:40:00Z",
                        "2026-11-26T10:20:00Z",
                        "2026-11-26T09:40:00Z",
                        1,
                        "TooManyDeletes",
                        "The job would delete 212 objects, more than the threshold allows.")),
                Optional.of(run),
                Optional.of(run),
                "2026-11-26T09:02:05Z",
                0);
        return new StatusReport(
                "contoso",
                "profiles/contoso.yaml",
                TENANT,
                new ServicePrincipal("2222", "3333", "contoso.com", "1a4721b3-e57f-4451-ae87-ef078703ec94"),
                Optional.of(new AccidentalDeletes(true, 50)),
                List.of(
                        new Job(
                                "AD2AADProvisioning.1111.4444",
                                "AD2AADProvisioning",
                                ScheduleState.ACTIVE,
                                "PT2M",
                                quarantined),
                        new Job(
                                "AD2AADPasswordHash.1111.5555",
                                "AD2AADPasswordHash",
                                ScheduleState.ACTIVE,
                                "PT2M",
                                new JobStatus(
                                        "Active",
                                        Optional.empty(),
                                        Optional.of(run),
                                        Optional.of(run),
                                        "0001-01-01T00:00:00Z",
                                        0))));
    }

    static Profile profile() {
        return new Profile(
                "fabrikam",
                new Profile.Tenant(TENANT, Cloud.GLOBAL, true),
                new Profile.Configuration(
                        "fabrikam.com",
                        "fabrikam.com",
                        false,
                        false,
                        new AccidentalDeletes(true, 50),
                        new Notifications(true, List.of("ops@fabrikam.com")),
                        DesiredState.ACTIVE));
    }
}
