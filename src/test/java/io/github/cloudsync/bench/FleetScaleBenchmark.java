package io.github.cloudsync.bench;

import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.testing.EmulatorControl;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Figure 7 of bench/README.md: fleet drift from 500 to 5,000 profiles at {@code --parallelism 64} against an emulator
 * in its own process (25 ms on every request), the client in this JVM (run it with {@code -Xmx512m}): wall time,
 * the client's and the emulator's CPU per profile apart, the client's peak heap; parallelism 1 on a sample for the
 * speed-up; then N shard processes side by side ({@code drift --shard I/N}) against one. Writes JSON to
 * {@code args[0]} and the growth plot to bench/fleet-scale.svg. The fleet is seeded, not applied: four applied
 * profiles' service principals are cloned with fresh ids and their own domain (5,000 applies would take an hour).
 */
public final class FleetScaleBenchmark {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String TENANT = "11111111-1111-1111-1111-111111111111";
    private static final int LATENCY_MS = 25;

    private FleetScaleBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = Arrays.stream(System.getProperty("fleet.scale.sizes", "500,1000,2000,3500,5000")
                        .split(","))
                .map(Integer::valueOf)
                .toList();
        int parallelism = Integer.getInteger("fleet.scale.parallelism", 64);
        int serialSample = Integer.getInteger("fleet.scale.serial", 150);
        int largest = sizes.get(sizes.size() - 1);
        Path dir = Files.createTempDirectory("cloudsync-fleet-scale");
        ObjectNode result = JSON.createObjectNode()
                .put("latencyMs", LATENCY_MS)
                .put("parallelism", parallelism)
                .put("clientMaxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024))
                // the flag as given: the serial collector's maxMemory leaves one survivor space out (494 MB of 512)
                .put(
                        "clientXmx",
                        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                                .filter(a -> a.startsWith("-Xmx"))
                                .reduce((a, b) -> b)
                                .orElse("none"));
        Path state;
        try (EmulatorProcess seeding = EmulatorProcess.start(dir, List.of())) {
            state = FleetSeed.seed(
                    new EmulatorControl(seeding.uri()), seeding.uri().toString(), dir, largest);
        }
        try (EmulatorProcess emulator = EmulatorProcess.start(dir, List.of("--state", state.toString()))) {
            EmulatorControl control = new EmulatorControl(emulator.uri());
            String url = emulator.uri().toString();
            CliRun cli = new CliRun(Map.of());
            control.addFault("{\"kind\":\"latency\",\"latencyMs\":" + LATENCY_MS + "}");
            // the first drift of this JVM, over the whole fleet, is also the warm-up of the runs below: the JITs,
            // connections, and the emulator's serialized schema of every job
            result.set("firstPass", drift(cli, url, emulator, FleetSeed.folder(dir, largest), parallelism));
            ArrayNode growth = result.putArray("growth");
            for (int size : sizes) {
                growth.add(drift(cli, url, emulator, FleetSeed.folder(dir, size), parallelism));
            }
            ObjectNode serial = drift(cli, url, emulator, FleetSeed.folder(dir, serialSample), 1);
            result.set("serial", serial);
            JsonNode last = growth.get(growth.size() - 1);
            result.put(
                    "speedUp",
                    round(serial.path("wallMsPerProfile").asDouble()
                            / last.path("wallMsPerProfile").asDouble()));
            result.set(
                    "shards",
                    ShardProcesses.run(url, FleetSeed.folder(dir, Integer.getInteger("fleet.shard.profiles", 2000))));
        }
        FleetPlot.write(Path.of("bench/fleet-scale.svg"), result.path("growth"));
        Path out = Path.of(args[0]);
        Files.createDirectories(out.getParent());
        Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result));
        System.out.println(String.format(Locale.ROOT, "fleet scale written to %s and bench/fleet-scale.svg", out));
    }

    /** One drift over a folder in this JVM: wall time, CPU of each side per profile, peak heap, the summary. */
    private static ObjectNode drift(CliRun cli, String url, EmulatorProcess emulator, Path folder, int parallelism) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long clientCpu = processCpuNanos();
        long gc = gcMillis();
        long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long emulatorCpu = emulator.cpuNanos();
        long started = System.nanoTime();
        CliRun.Result run = cli.run(CliRun.against(
                url, "drift", folder.toString(), "--json", "--parallelism", Integer.toString(parallelism)));
        double wallMs = (System.nanoTime() - started) / 1e6;
        double clientMs = (processCpuNanos() - clientCpu) / 1e6;
        double emulatorMs = (emulator.cpuNanos() - emulatorCpu) / 1e6;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        JsonNode summary = JSON.readTree(run.out()).path("summary");
        int profiles = summary.path("profiles").asInt();
        ObjectNode row = JSON.createObjectNode()
                .put("profiles", profiles)
                .put("parallelism", parallelism)
                .put("exitCode", run.exitCode())
                .put("wallMs", Math.round(wallMs))
                .put("wallMsPerProfile", round(wallMs / profiles))
                .put("clientCpuMsPerProfile", round(clientMs / profiles))
                .put("emulatorCpuMsPerProfile", round(emulatorMs / profiles))
                .put("clientGcMsPerProfile", round((gcMillis() - gc) / (double) profiles))
                .put(
                        "clientJitMsPerProfile",
                        round((ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit)
                                / (double) profiles))
                .put("clientPeakHeapMb", round(peak / (1024.0 * 1024.0)));
        row.set("summary", summary);
        System.out.println(String.format(Locale.ROOT, "drift of %d at parallelism %d: %s", profiles, parallelism, row));
        return row;
    }

    /** The collectors' accumulated time: pauses and, for G1, its concurrent cycles' elapsed time. */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** {@code cloudsync emulator --port 0} in its own JVM, so that its CPU is its own. */
    record EmulatorProcess(Process process, URI uri) implements AutoCloseable {
        static EmulatorProcess start(Path dir, List<String> options) throws Exception {
            List<String> command = new ArrayList<>(List.of(
                    javaBinary(),
                    // 5,000 profiles' state and a serialized schema GET body for each of their 6,250 jobs
                    "-Xmx" + System.getProperty("fleet.scale.emulatorHeap", "12g"),
                    // the throughput collector: the emulator's live state is gigabytes, and G1's concurrent marking of
                    // it
                    // took a fifth of the emulator's CPU
                    "-XX:+UseParallelGC",
                    "-jar",
                    "target/cloudsync.jar",
                    "emulator",
                    "--port",
                    "0"));
            command.addAll(options);
            // more JVM options for the emulator alone (e.g. a profiler agent), before -jar
            String extra = System.getProperty("fleet.scale.emulatorJvm", "").trim();
            if (!extra.isEmpty()) {
                command.addAll(1, List.of(extra.split("\\s+")));
            }
            Process process = new ProcessBuilder(command)
                    .redirectError(dir.resolve("emulator.err").toFile())
                    .start();
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            while (line != null && !line.startsWith("http")) { // an agent's own lines come first
                line = out.readLine();
            }
            if (line == null) {
                throw new IllegalStateException(
                        "the emulator did not start: " + Files.readString(dir.resolve("emulator.err")));
            }
            return new EmulatorProcess(process, URI.create(line.trim()));
        }

        long cpuNanos() {
            return process.info().totalCpuDuration().map(Duration::toNanos).orElseThrow();
        }

        @Override
        public void close() {
            process.destroy();
        }
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Fresh ids for a cloned service principal: each UUID and 32-hex id it carries, but the tenant's and templates'. */
    static String withFreshIds(String servicePrincipal, List<String> keep) {
        String text = servicePrincipal;
        java.util.regex.Matcher ids = java.util.regex.Pattern.compile(
                        "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                .matcher(servicePrincipal);
        List<String> seen = new ArrayList<>();
        while (ids.find()) {
            String id = ids.group();
            if (!keep.contains(id) && !seen.contains(id)) {
                seen.add(id);
            }
        }
        for (String id : seen) {
            text = text.replace(id, UUID.randomUUID().toString());
        }
        return text;
    }
}
