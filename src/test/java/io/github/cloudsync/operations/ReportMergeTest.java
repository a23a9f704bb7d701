package io.github.cloudsync.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.drift.ReportMerge;
import io.github.cloudsync.render.DriftReport;
import io.github.cloudsync.render.MergedDriftReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * drift-report merge's rules on small reports: drift's precedence (error, then quarantined, then drifted), a listing
 * error every shard reports kept once, and every untrustworthy input a problem (not JSON, another format, a profile in
 * two reports, shards of different counts or folders, shards that checked fewer profiles than the folder has).
 */
class ReportMergeTest {
    @TempDir
    Path dir;

    @Test
    void errorWinsOverQuarantinedWhichWinsOverDrifted() throws IOException {
        Path drifted = report("a.json", entry("a.yaml", "drifted", 0));
        Path quarantined = report("b.json", entry("b.yaml", "in_sync", 1));
        Path error = report("c.json", entry("c.yaml", "error", 0));

        assertThat(merge(drifted).signal()).isEqualTo(DriftReport.Signal.DRIFTED);
        assertThat(merge(drifted, quarantined).signal()).isEqualTo(DriftReport.Signal.QUARANTINED);
        assertThat(merge(drifted, quarantined, error).signal()).isEqualTo(DriftReport.Signal.ERROR);
        assertThat(merge(report("d.json", entry("d.yaml", "in_sync", 0))).signal())
                .isEqualTo(DriftReport.Signal.IN_SYNC);
        assertThat(merge(drifted, quarantined, error).problems()).isEmpty();
    }

    @Test
    void aProfileInTwoReportsIsAProblemAndAListingErrorEveryShardReportsIsKeptOnce() throws IOException {
        Path first = report("a.json", entry("a.yaml", "in_sync", 0), unlisted());
        Path second = report("b.json", entry("a.yaml", "in_sync", 0), unlisted());

        MergedDriftReport merged = merge(first, second);

        assertThat(merged.profiles()).hasSize(2);
        assertThat(merged.problems())
                .containsExactly("a.yaml: in both " + first + " and " + second + " (checked twice)");
        assertThat(merged.signal()).isEqualTo(DriftReport.Signal.ERROR);
    }

    @Test
    void whatIsNotADriftReportIsAProblem() throws IOException {
        Path garbled = Files.writeString(dir.resolve("garbled.json"), "{\"format_version\":");
        Path plan = Files.writeString(dir.resolve("plan.json"), "{\"format_version\":\"1.1\",\"actions\":[]}");
        Path future = report("future.json", entry("a.yaml", "in_sync", 0));
        Files.writeString(future, Files.readString(future).replace("\"1.2\"", "\"2.0\""));

        MergedDriftReport merged = merge(garbled, plan, future);

        assertThat(merged.problems()).hasSize(3);
        assertThat(merged.problems().get(0)).startsWith(garbled + ": cannot be read as JSON");
        assertThat(merged.problems().get(1)).startsWith(plan + ": not a drift --json report");
        assertThat(merged.profiles()).isEmpty();
        assertThat(merged.signal()).isEqualTo(DriftReport.Signal.ERROR);
    }

    @Test
    void shardsOfDifferentRunsOrThatMissProfilesAreProblems() throws IOException {
        Path zero = shard("0.json", 0, 2, 1, 3, entry("a.yaml", "in_sync", 0));
        Path one = shard("1.json", 1, 2, 1, 3, entry("b.yaml", "in_sync", 0));
        Path other = shard("other.json", 1, 3, 1, 3, entry("c.yaml", "in_sync", 0));
        Path whole = report("whole.json", entry("d.yaml", "in_sync", 0));

        assertThat(merge(zero, one).problems()).containsExactly("the shards checked 2 profiles of 3");
        assertThat(merge(zero, other).problems()).containsExactly("the shards are of different runs: counts [2, 3]");
        assertThat(merge(zero, one, whole).problems())
                .contains("1 of the reports are not shards; merge either shards of one run or whole reports");
    }

    private MergedDriftReport merge(Path... reports) {
        return ReportMerge.merge(List.of(reports));
    }

    private Path report(String name, ObjectNode... entries) throws IOException {
        ObjectNode root = JsonMapper.shared().createObjectNode().put("format_version", "1.2");
        var profiles = root.putArray("profiles");
        for (ObjectNode entry : entries) {
            profiles.add(entry);
        }
        return Files.writeString(dir.resolve(name), root.toString());
    }

    private Path shard(String name, int index, int count, int profiles, int all, ObjectNode entry) throws IOException {
        Path file = report(name, entry);
        ObjectNode root = (ObjectNode) JsonMapper.shared().readTree(Files.readString(file));
        root.putObject("shard")
                .put("index", index)
                .put("count", count)
                .put("profiles", profiles)
                .put("all_profiles", all);
        return Files.writeString(file, root.toString());
    }

    private static ObjectNode entry(String file, String result, int quarantined) {
        ObjectNode entry =
                JsonMapper.shared().createObjectNode().put("file", file).put("name", file.replace(".yaml", ""));
        entry.put("result", result);
        var jobs = entry.putArray("quarantined_jobs");
        for (int i = 0; i < quarantined; i++) {
            jobs.addObject().put("id", "job-" + i);
        }
        return entry;
    }

    private static ObjectNode unlisted() {
        ObjectNode entry = JsonMapper.shared()
                .createObjectNode()
                .put("file", "missing-folder")
                .putNull("name");
        entry.put("result", "error");
        entry.putObject("error").put("code", "profile_unlistable");
        return entry;
    }
}
