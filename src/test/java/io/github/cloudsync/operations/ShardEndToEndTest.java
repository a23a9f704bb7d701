package io.github.cloudsync.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.testing.JsonSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The "must show" for sharding, through the CLI against the emulator: 23 applied profiles (one then drifted)
 * dealt over 4 shards evenly (6, 6, 6, 5), none lost and none checked twice, the same hands from a copy of the folder
 * elsewhere and from {@code JOB_COMPLETION_INDEX}; {@code drift-report merge} of the four exits 2, of the four with one
 * shard unable to reach Graph exits 1, and of three (one missing) or with one twice exits 1 and says why.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // the 23 applies once: no test changes the tenant
class ShardEndToEndTest {
    static final int PROFILES = 23;
    static final int SHARDS = 4;

    Path dir;

    EmulatedTenant tenant;
    Path profiles;

    @BeforeAll
    void start() throws IOException {
        dir = Files.createTempDirectory("cloudsync-shards");
        tenant = new EmulatedTenant();
        profiles = Files.createDirectories(dir.resolve("profiles"));
        for (int i = 1; i <= PROFILES; i++) {
            Path profile = EmulatedTenant.profile(
                    profiles,
                    "tenant-%02d.yaml".formatted(i),
                    "tenant-%02d".formatted(i),
                    EmulatedTenant.TENANT,
                    domain(i),
                    i % 3 == 0);
            tenant.apply(profile);
        }
        tenant.editServicePrincipal(
                domain(7), sp -> EmulatedTenant.secret(sp, "Domain", "{\"domain\":\"old.contoso.com\"}"));
    }

    @AfterAll
    void stop() throws IOException {
        tenant.close();
        try (var files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void fourShardsCheckEveryProfileOnceInEvenHandsAndMergeToOneExitCode() throws IOException {
        List<Path> reports = new ArrayList<>();
        List<Set<String>> hands = new ArrayList<>();
        for (int i = 0; i < SHARDS; i++) {
            CliRun.Result shard = tenant.run("drift", profiles.toString(), "--json", "--shard", i + "/" + SHARDS);
            JsonNode report = JsonMapper.shared().readTree(shard.out());
            assertThat(JsonSchemas.validate("drift.v1.schema.json", report)).isEmpty();
            assertThat(report.at("/shard").toString())
                    .isEqualTo("{\"index\":%d,\"count\":4,\"profiles\":%d,\"all_profiles\":23}"
                            .formatted(i, report.path("profiles").size()));
            hands.add(names(report));
            assertThat(shard.exitCode()).isEqualTo(hands.get(i).contains("tenant-07.yaml") ? 2 : 0);
            reports.add(Files.writeString(dir.resolve("shard-" + i + ".json"), shard.out()));
        }

        assertThat(hands.stream().map(Set::size).sorted()).containsExactly(5, 6, 6, 6);
        Set<String> union = new TreeSet<>();
        hands.forEach(union::addAll);
        assertThat(union).hasSize(PROFILES).contains("tenant-01.yaml", "tenant-23.yaml");
        assertThat(hands.stream().mapToInt(Set::size).sum())
                .as("none checked twice")
                .isEqualTo(PROFILES);

        CliRun.Result merged = tenant.cli.run(merge(reports, "--json"));
        assertThat(merged.exitCode()).as(merged.out()).isEqualTo(2);
        JsonNode report = JsonMapper.shared().readTree(merged.out());
        assertThat(JsonSchemas.validate("drift.v1.schema.json", report)).isEmpty();
        assertThat(report.at("/summary").toString())
                .isEqualTo("{\"profiles\":23,\"in_sync\":22,\"drifted\":1,\"errors\":0,\"quarantined_jobs\":0}");
        assertThat(report.at("/merge/shards").asInt()).isEqualTo(SHARDS);
        assertThat(report.at("/merge/problems")).isEmpty();
        assertThat(names(report)).isEqualTo(union);

        CliRun.Result text = tenant.cli.run(merge(reports));
        assertThat(text.exitCode()).isEqualTo(2);
        assertThat(text.out())
                .startsWith("Merged 4 drift reports (shards of 4).\n")
                .contains("tenant-07 (" + profiles.resolve("tenant-07.yaml") + "): drifted")
                .contains("~ secrets: Domain differs from the profile")
                .endsWith("Drift: 23 profiles: 22 in sync, 1 drifted, 0 errors.\n");
    }

    @Test
    void theHandsAreTheSameFromAnotherFolderPathAndFromJobCompletionIndex() throws IOException {
        Path copy = Files.createDirectories(dir.resolve("mounted/elsewhere"));
        try (var files = Files.list(profiles)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        for (int i = 0; i < SHARDS; i++) {
            Set<String> here = names(drift(tenant.cli, profiles, "--shard", i + "/" + SHARDS));
            Set<String> there = names(drift(tenant.cli, copy, "--shard", i + "/" + SHARDS));
            CliRun indexed = new CliRun(Map.of("JOB_COMPLETION_INDEX", Integer.toString(i)));
            Set<String> fromIndex = names(drift(indexed, profiles, "--shard-count", Integer.toString(SHARDS)));

            assertThat(there).as("shard %d", i).isEqualTo(here);
            assertThat(fromIndex).as("shard %d", i).isEqualTo(here);
        }
    }

    @Test
    void oneShardThatCannotReachGraphMakesTheMergeAnErrorAndAMissingOrRepeatedShardToo() throws IOException {
        List<Path> reports = new ArrayList<>();
        for (int i = 0; i < SHARDS; i++) {
            String url = i == 2 ? "http://127.0.0.1:1" : tenant.url;
            CliRun.Result shard = tenant.cli.run(CliRun.against(
                    url, "drift", profiles.toString(), "--json", "--shard", i + "/" + SHARDS, "--parallelism", "4"));
            assertThat(shard.exitCode()).isIn(i == 2 ? Set.of(1) : Set.of(0, 2));
            reports.add(Files.writeString(dir.resolve("shard-" + i + ".json"), shard.out()));
        }

        CliRun.Result merged = tenant.cli.run(merge(reports, "--json"));
        JsonNode report = JsonMapper.shared().readTree(merged.out());
        assertThat(merged.exitCode()).isEqualTo(1);
        assertThat(report.path("result").asString()).isEqualTo("error");
        assertThat(report.at("/summary/profiles").asInt()).isEqualTo(PROFILES);
        assertThat(report.at("/summary/errors").asInt())
                .isEqualTo(JsonMapper.shared()
                        .readTree(Files.readString(reports.get(2)))
                        .at("/shard/profiles")
                        .asInt());

        CliRun.Result missing = tenant.cli.run(merge(List.of(reports.get(0), reports.get(1), reports.get(3))));
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.out()).contains("Merge problem: shard 2 of 4 is missing: no report for it");

        CliRun.Result twice =
                tenant.cli.run(merge(List.of(reports.get(0), reports.get(1), reports.get(3), reports.get(3))));
        assertThat(twice.exitCode()).isEqualTo(1);
        assertThat(twice.out())
                .contains("Merge problem: shard 3 of 4 is in both " + reports.get(3) + " and " + reports.get(3))
                .contains("(checked twice)");
    }

    @Test
    void aShardThatDoesNotExistOrAnIndexThatIsNotSetIsAUsageError() {
        tenant.control.clearRequests();
        CliRun.Result beyond = tenant.run("drift", profiles.toString(), "--shard", "4/4");
        CliRun.Result garbled = tenant.run("drift", profiles.toString(), "--shard", "one/4");
        CliRun.Result unset = tenant.run("drift", profiles.toString(), "--shard-count", "4");
        CliRun.Result both = tenant.run("drift", profiles.toString(), "--shard", "0/4", "--shard-count", "4");

        assertThat(beyond.exitCode()).isEqualTo(64);
        assertThat(beyond.err()).contains("shard 4/4 does not exist");
        assertThat(garbled.exitCode()).isEqualTo(64);
        assertThat(unset.exitCode()).isEqualTo(64);
        assertThat(unset.err()).contains("JOB_COMPLETION_INDEX");
        assertThat(both.exitCode()).isEqualTo(64);
        assertThat(tenant.control.requestCount()).isZero();
    }

    private JsonNode drift(CliRun cli, Path folder, String... shard) {
        List<String> args = new ArrayList<>(List.of("drift", folder.toString(), "--json"));
        args.addAll(List.of(shard));
        CliRun.Result run = cli.run(CliRun.against(tenant.url, args.toArray(String[]::new)));
        assertThat(run.exitCode()).as(run.err()).isIn(0, 2);
        return JsonMapper.shared().readTree(run.out());
    }

    private static String[] merge(List<Path> reports, String... flags) {
        List<String> args = new ArrayList<>(List.of("drift-report", "merge"));
        reports.forEach(r -> args.add(r.toString()));
        args.addAll(List.of(flags));
        return args.toArray(String[]::new);
    }

    /** The file names of a report's profiles; a name twice fails. */
    private static Set<String> names(JsonNode report) {
        Set<String> names = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode p : report.path("profiles")) {
            String name = Path.of(p.path("file").asString()).getFileName().toString();
            assertThat(seen.add(name)).as("%s once", name).isTrue();
            names.add(name);
        }
        return names;
    }

    private static String domain(int i) {
        return "tenant%02d.contoso.com".formatted(i);
    }
}
