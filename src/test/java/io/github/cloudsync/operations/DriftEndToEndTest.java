package io.github.cloudsync.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The issue's "must show" for drift: 50 profiles in the emulator's one tenant, applied through the CLI; 5 changed
 * through the control plane and 2 unreadable gives exit 1 with every profile classified; without the 2, exit 2; after
 * apply reverts the 5, exit 0.
 */
class DriftEndToEndTest {
    static final int PROFILES = 50;
    static final Set<Integer> DRIFTED = Set.of(3, 11, 19, 27, 35);

    @TempDir
    Path dir;

    EmulatedTenant tenant;

    @BeforeEach
    void start() throws IOException {
        tenant = new EmulatedTenant();
    }

    @AfterEach
    void stop() {
        tenant.close();
    }

    @Test
    void fiftyProfilesFiveDriftedTwoUnreadableThenRemovedThenReverted() throws IOException {
        Map<Integer, Path> profiles = new LinkedHashMap<>();
        for (int i = 1; i <= PROFILES; i++) {
            profiles.put(
                    i,
                    EmulatedTenant.profile(
                            dir,
                            "branch-%02d.yaml".formatted(i),
                            "branch-%02d".formatted(i),
                            EmulatedTenant.TENANT,
                            domain(i),
                            i % 4 == 0));
            tenant.apply(profiles.get(i));
        }
        driftOutsideCloudsync();
        Path malformed = Files.writeString(dir.resolve("zz-malformed.yaml"), "apiVersion: cloudsync/v1\nkind: [\n");
        Path otherTenant = EmulatedTenant.profile(
                dir, "zz-other-tenant.yaml", "elsewhere", EmulatedTenant.OTHER_TENANT, "elsewhere.example.com", false);

        tenant.control.clearRequests();
        CliRun.Result all = tenant.run("drift", dir.toString(), "--json", "--parallelism", "8");
        assertThat(all.exitCode()).as(all.err()).isEqualTo(1);
        assertThat(tenant.control.mutatingRequestCount())
                .as("drift sends only GETs")
                .isZero();
        JsonNode report = JsonMapper.shared().readTree(all.out());
        assertThat(DriftSchema.validate(report)).isEmpty();
        Map<String, String> results = results(report);
        assertThat(results).hasSize(PROFILES + 2);
        for (int i = 1; i <= PROFILES; i++) {
            assertThat(results.get("branch-%02d.yaml".formatted(i)))
                    .as("branch-%02d", i)
                    .isEqualTo(DRIFTED.contains(i) ? "drifted" : "in_sync");
        }
        assertThat(results.get("zz-malformed.yaml")).isEqualTo("error");
        assertThat(results.get("zz-other-tenant.yaml")).isEqualTo("error");
        assertThat(new ArrayList<>(results.keySet())).isSorted();
        assertThat(report.at("/summary").toString())
                .isEqualTo("{\"profiles\":52,\"in_sync\":45,\"drifted\":5,\"errors\":2,\"quarantined_jobs\":0}");
        assertThat(entry(report, "zz-other-tenant.yaml").at("/error/message").asString())
                .contains("the profile is for tenant " + EmulatedTenant.OTHER_TENANT);
        assertThat(entry(report, "zz-malformed.yaml").at("/error/details/0").asString())
                .startsWith(malformed.toString() + ":");
        assertThat(entry(report, "branch-03.yaml").at("/plan/caption").asString())
                .isEqualTo("changed outside cloudsync");

        Files.delete(malformed);
        Files.delete(otherTenant);
        CliRun.Result drifted = tenant.run("drift", dir.toString());
        assertThat(drifted.exitCode()).as(drifted.out() + drifted.err()).isEqualTo(2);
        assertThat(drifted.out())
                .contains("branch-03 (" + profiles.get(3) + "): drifted")
                .contains("branch-04 (" + profiles.get(4) + "): in sync")
                .contains("changed outside cloudsync")
                .contains("Drift: 50 profiles: 45 in sync, 5 drifted, 0 errors.");

        for (int i : DRIFTED) {
            tenant.apply(profiles.get(i));
        }
        CliRun.Result reverted = tenant.run("drift", dir.toString(), "--markdown");
        assertThat(reverted.exitCode()).as(reverted.out() + reverted.err()).isZero();
        assertThat(reverted.out()).contains("**50 profiles: 50 in sync, 0 drifted, 0 errors.**");
    }

    /** Five different changes made behind cloudsync's back, one per drifted profile. */
    private void driftOutsideCloudsync() {
        tenant.editServicePrincipal(domain(3), sp -> {
            EmulatedTenant.job(sp, "AD2AADProvisioning")
                    .putObject("schedule")
                    .put("state", "Paused")
                    .put("interval", "PT2M");
        });
        tenant.editServicePrincipal(
                domain(11), sp -> EmulatedTenant.secret(sp, "Domain", "{\"domain\":\"old.contoso.com\"}"));
        tenant.editServicePrincipal(
                domain(19),
                sp -> EmulatedTenant.secret(
                        sp,
                        "SyncNotificationSettings",
                        "{\"Enabled\":true,\"Recipients\":\"ops@" + domain(19) + "\",\"DeleteThresholdEnabled\":true,"
                                + "\"DeleteThresholdValue\":5000}"));
        tenant.editServicePrincipal(
                domain(27),
                sp -> EmulatedTenant.secret(
                        sp,
                        "SyncNotificationSettings",
                        "{\"Enabled\":false,\"Recipients\":\"\",\"DeleteThresholdEnabled\":true,\"DeleteThresholdValue\":50}"));
        tenant.editServicePrincipal(domain(35), sp -> {
            var jobs = (tools.jackson.databind.node.ArrayNode)
                    sp.path("synchronization").path("jobs");
            jobs.removeIf(job -> job.path("templateId").asString().equals("AD2AADProvisioning"));
        });
    }

    static String domain(int i) {
        return "branch%02d.contoso.com".formatted(i);
    }

    /** File name to result, in report order. */
    private static Map<String, String> results(JsonNode report) {
        Map<String, String> results = new LinkedHashMap<>();
        for (JsonNode p : report.path("profiles")) {
            results.put(
                    Path.of(p.path("file").asString()).getFileName().toString(),
                    p.path("result").asString());
        }
        return results;
    }

    private static JsonNode entry(JsonNode report, String fileName) {
        for (JsonNode p : report.path("profiles")) {
            if (Path.of(p.path("file").asString()).getFileName().toString().equals(fileName)) {
                return p;
            }
        }
        throw new AssertionError("no entry for " + fileName);
    }
}
