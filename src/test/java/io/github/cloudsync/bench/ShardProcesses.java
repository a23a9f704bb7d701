package io.github.cloudsync.bench;

import io.github.cloudsync.cli.CliRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * N {@code cloudsync drift --shard I/N} processes side by side (each {@code -Xmx512m}, {@code --parallelism 64}) over
 * one folder against the emulator, for N = 1, 2 and 4: the wall time until the last ends, the speed-up over one
 * process, and the exit code and profile count of {@code drift-report merge} of their reports.
 */
final class ShardProcesses {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ShardProcesses() {}

    static ObjectNode run(String url, Path folder) throws Exception {
        ObjectNode result = JSON.createObjectNode();
        ArrayNode runs = result.putArray("runs");
        double one = 0;
        for (int n : List.of(1, 2, 4)) {
            List<Process> processes = new ArrayList<>();
            List<Path> reports = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < n; i++) {
                Path report = folder.resolveSibling("shard-" + i + "-of-" + n + ".json");
                reports.add(report);
                ProcessBuilder shard = new ProcessBuilder(
                                "bin/cloudsync",
                                "drift",
                                folder.toString(),
                                "--json",
                                "--shard",
                                i + "/" + n,
                                "--parallelism",
                                "64",
                                "--graph-url",
                                url,
                                "--auth",
                                "none")
                        .redirectOutput(report.toFile())
                        .redirectError(ProcessBuilder.Redirect.DISCARD);
                // the launcher users run, with its JVM flags and start-up cache; the heap capped as in figure 7
                shard.environment().put("CLOUDSYNC_JAVA_OPTS", "-Xmx512m");
                processes.add(shard.start());
            }
            for (Process p : processes) {
                p.waitFor();
            }
            double wallMs = (System.nanoTime() - started) / 1e6;
            one = n == 1 ? wallMs : one;
            List<String> merge = new ArrayList<>(List.of("drift-report", "merge", "--json"));
            reports.forEach(r -> merge.add(r.toString()));
            CliRun.Result merged = new CliRun(Map.of()).run(merge.toArray(String[]::new));
            JsonNode report = JSON.readTree(merged.out());
            ObjectNode row = runs.addObject()
                    .put("shards", n)
                    .put("wallMs", Math.round(wallMs))
                    .put("speedUp", FleetScaleBenchmark.round(one / wallMs))
                    .put("mergeExitCode", merged.exitCode())
                    .put("profiles", report.at("/summary/profiles").asInt())
                    .put("inSync", report.at("/summary/in_sync").asInt());
            System.out.println(String.format(Locale.ROOT, "%d shard processes: %s", n, row));
        }
        result.put("folderProfiles", runs.get(0).path("profiles").asInt());
        return result;
    }
}
