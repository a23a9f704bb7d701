package io.github.cloudsync.bench;

import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.emulator.GraphEmulator;
import io.github.cloudsync.testing.EmulatorControl;
import io.github.cloudsync.testing.EmulatorControl.LoggedRequest;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Figure 3 of bench/README.md: {@code cloudsync drift} over a fleet of profiles (500 by default) in the emulator's one
 * tenant, with 25 ms on every request: wall time at {@code --parallelism 1} and 16, the speed-up and requests per
 * second; then at parallelism 16 under a global rate limit of R requests a second (429 + Retry-After), the throughput
 * of answered requests against R. Runs in-process; writes JSON to {@code args[0]}.
 */
public final class FleetDriftBenchmark {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TENANT = "11111111-1111-1111-1111-111111111111";
    private static final int LATENCY_MS = 25;

    private FleetDriftBenchmark() {}

    public static void main(String[] args) throws Exception {
        int profiles = Integer.getInteger("fleet.profiles", 500);
        int rate = Integer.getInteger("fleet.rate", 50);
        Path dir = Files.createTempDirectory("cloudsync-fleet");
        ObjectNode result = JSON.createObjectNode().put("profiles", profiles).put("latencyMs", LATENCY_MS);
        try (GraphEmulator emulator = GraphEmulator.start(0)) {
            EmulatorControl control = new EmulatorControl(emulator.baseUri());
            control.seedStateFromResource("/emulator/empty-tenant.json");
            CliRun cli = new CliRun(Map.of());
            String url = emulator.baseUri().toString();
            long setup = System.nanoTime();
            for (int i = 1; i <= profiles; i++) {
                Path profile = Files.writeString(dir.resolve("branch-%03d.yaml".formatted(i)), profile(i));
                CliRun.Result apply = cli.run(CliRun.against(url, "apply", "-p", profile.toString(), "--auto-approve"));
                if (apply.exitCode() != 0) {
                    throw new IllegalStateException("apply of " + profile + " failed: " + apply.err());
                }
            }
            result.put("setupMs", (System.nanoTime() - setup) / 1_000_000);
            control.addFault("{\"kind\":\"latency\",\"latencyMs\":" + LATENCY_MS + "}");
            drift(cli, url, control, dir, 16); // warm-up: JIT, connections
            ObjectNode serial = drift(cli, url, control, dir, 1);
            ObjectNode parallel = drift(cli, url, control, dir, 16);
            result.set("parallelism1", serial);
            result.set("parallelism16", parallel);
            result.put(
                    "speedUp",
                    round(serial.path("wallMs").asDouble()
                            / parallel.path("wallMs").asDouble()));
            control.addFault("{\"kind\":\"rateLimit\",\"perSecond\":" + rate + ",\"retryAfter\":1}");
            ObjectNode limited = drift(cli, url, control, dir, 16);
            limited.put("rateLimitPerSecond", rate);
            limited.put(
                    "throughputShare", round(limited.path("answeredPerSecond").asDouble() / rate));
            result.set("rateLimited", limited);
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out.getParent());
        Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result));
        System.out.println(String.format(Locale.ROOT, "fleet drift written to %s", out));
    }

    /** One drift run over the whole folder: wall time, exit code, the report's summary, and request rates. */
    private static ObjectNode drift(CliRun cli, String url, EmulatorControl control, Path dir, int parallelism) {
        control.clearRequests();
        long cpu = processCpuNanos();
        long gc = gcMillis();
        long started = System.nanoTime();
        CliRun.Result run = cli.run(
                CliRun.against(url, "drift", dir.toString(), "--json", "--parallelism", Integer.toString(parallelism)));
        double seconds = (System.nanoTime() - started) / 1e9;
        long cpuMs = (processCpuNanos() - cpu) / 1_000_000;
        long gcMs = gcMillis() - gc;
        List<LoggedRequest> log = control.requests();
        long throttled = log.stream().filter(r -> r.status() == 429).count();
        JsonNode summary = JSON.readTree(run.out()).path("summary");
        ObjectNode row = JSON.createObjectNode()
                .put("parallelism", parallelism)
                .put("exitCode", run.exitCode())
                .put("wallMs", Math.round(seconds * 1000))
                .put("requests", log.size())
                .put("throttled", throttled)
                .put("requestsPerSecond", round(log.size() / seconds))
                .put("answeredPerSecond", round((log.size() - throttled) / seconds))
                .put("mostInFlight", mostInFlight(log))
                // client and emulator share this process: CPU per profile covers both sides of every request
                .put("cpuMs", cpuMs)
                .put("gcMs", gcMs);
        row.set("summary", summary);
        System.out.println(String.format(Locale.ROOT, "drift --parallelism %d: %s", parallelism, row));
        return row;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    /** The most requests the emulator was serving at one moment (its log's start and end times). */
    static int mostInFlight(List<LoggedRequest> log) {
        List<long[]> edges = new ArrayList<>();
        for (LoggedRequest r : log) {
            edges.add(new long[] {nanos(r.startedAt()), 1});
            edges.add(new long[] {nanos(r.endedAt()), -1});
        }
        edges.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        int now = 0;
        int most = 0;
        for (long[] edge : edges) {
            now += (int) edge[1];
            most = Math.max(most, now);
        }
        return most;
    }

    private static long nanos(String instant) {
        Instant at = Instant.parse(instant);
        return at.getEpochSecond() * 1_000_000_000L + at.getNano();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** A branch office's profile: its own domain, password hash sync on every fourth. */
    private static String profile(int i) {
        String domain = "branch%03d.contoso.com".formatted(i);
        return """
                apiVersion: cloudsync/v1
                kind: CloudSyncProfile
                metadata:
                  name: branch-%03d
                tenant:
                  id: %s
                configuration:
                  domain: %s
                  passwordHashSync: %s
                  accidentalDeletes: { enabled: true, threshold: 50 }
                  notifications: { enabled: true, recipients: [ops@%s] }
                """.formatted(i, TENANT, domain, i % 4 == 0, domain);
    }
}
