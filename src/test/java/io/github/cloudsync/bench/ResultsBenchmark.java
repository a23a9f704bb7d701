package io.github.cloudsync.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The last step of {@code make bench}: merges the figures in target/bench/ (round trips, JMH, start-up) with the
 * machine into bench/results.json, and prints one table row per figure with its target and whether it was met.
 */
public final class ResultsBenchmark {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ResultsBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("target/bench");
        JsonNode trips = JSON.readTree(dir.resolve("roundtrips.json").toFile());
        JsonNode jmh = JSON.readTree(dir.resolve("jmh.json").toFile());
        JsonNode startup = JSON.readTree(dir.resolve("startup.json").toFile());
        JsonNode fleet = JSON.readTree(dir.resolve("fleet.json").toFile());
        ObjectNode results = JSON.createObjectNode();
        results.put("measuredAt", Instant.now().toString());
        ObjectNode machine = results.putObject("machine");
        machine.put("nproc", Runtime.getRuntime().availableProcessors());
        machine.put(
                "memoryBytes",
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getTotalMemorySize());
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        ArrayNode table = results.putArray("figures");
        for (JsonNode row : trips.path("requests")) {
            String name = "1. " + row.path("command").asString() + ": "
                    + row.path("scenario").asString();
            boolean noOpPlan = row.path("scenario").asString().contains("no-op")
                    && row.path("command").asString().equals("plan");
            add(
                    table,
                    name,
                    row.path("requests").asInt() + " requests ("
                            + row.path("mutating").asInt() + " mutating), depth "
                            + row.path("depth").asInt(),
                    noOpPlan ? "<= 5 requests, depth <= 3" : "-",
                    noOpPlan
                            ? row.path("requests").asInt() <= 5
                                    && row.path("depth").asInt() <= 3
                            : null);
        }
        JsonNode latency = trips.path("latencyBoundPlan");
        double ratio = latency.path("medianRatio").asDouble();
        add(
                table,
                "2. latency-bound plan (50 ms/request)",
                String.format(
                        Locale.ROOT,
                        "%.2f (%.2f-%.2f; depth %d; %d ms without latency)",
                        ratio,
                        latency.path("lowestRatio").asDouble(),
                        latency.path("highestRatio").asDouble(),
                        latency.path("depth").asInt(),
                        latency.path("wallMsWithoutLatency").asLong()),
                "<= 1.3",
                ratio <= 1.3);
        fleet(table, fleet);
        Path scalePath = dir.resolve("fleet-scale.json");
        JsonNode scale = Files.exists(scalePath) ? JSON.readTree(scalePath.toFile()) : JSON.createObjectNode();
        if (Files.exists(scalePath)) {
            FleetScaleResults.add(table, scale);
        }
        for (JsonNode bench : jmh) {
            double ms = bench.at("/primaryMetric/score").asDouble();
            String param = bench.at("/params/schema").asString();
            add(
                    table,
                    "4. schema diff+patch+fingerprint, " + param + " (JMH, -Xmx256m)",
                    String.format(Locale.ROOT, "%.2f ms", ms),
                    param.contains("2MB") ? "< 50 ms" : "-",
                    param.contains("2MB") ? ms < 50 : null);
        }
        add(
                table,
                "4. CLI plan with -Xmx256m",
                "exit " + startup.path("planWithXmx256mExitCode").asInt(),
                "exit 0",
                startup.path("planWithXmx256mExitCode").asInt() == 0);
        add(
                table,
                "5. validate / java -version",
                startup.path("validateRatio").asString() + " ("
                        + startup.path("validateMs").asInt() + " / "
                        + startup.path("javaVersionMs").asInt() + " ms, AppCDS)",
                "<= 4",
                startup.path("validateRatio").asDouble() <= 4);
        add(
                table,
                "5. plan / java -version",
                startup.path("planRatio").asString() + " ("
                        + startup.path("planMs").asInt() + " ms, AppCDS)",
                "<= 4",
                startup.path("planRatio").asDouble() <= 4);
        results.set(
                "raw",
                JSON.createObjectNode()
                        .setAll(java.util.Map.of(
                                "roundTrips",
                                trips,
                                "jmh",
                                jmh,
                                "startup",
                                startup,
                                "fleetDrift",
                                fleet,
                                "fleetScale",
                                scale)));
        Files.writeString(
                Path.of("bench/results.json"),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results) + "\n");
        System.out.printf(Locale.ROOT, "%-72s %-44s %-22s %s%n", "figure", "value", "target", "met");
        for (JsonNode row : table) {
            System.out.printf(
                    Locale.ROOT,
                    "%-72s %-44s %-22s %s%n",
                    row.path("figure").asString(),
                    row.path("value").asString(),
                    row.path("target").asString(),
                    row.path("met").asString("-"));
        }
        System.out.println("written: bench/results.json");
    }

    /** Figure 3: the speed-up of --parallelism 16 over 1, and the rate-limited run against its limit. */
    private static void fleet(ArrayNode table, JsonNode fleet) {
        JsonNode serial = fleet.path("parallelism1");
        JsonNode parallel = fleet.path("parallelism16");
        JsonNode limited = fleet.path("rateLimited");
        int profiles = fleet.path("profiles").asInt();
        double speedUp = fleet.path("speedUp").asDouble();
        add(
                table,
                "3. fleet drift, " + profiles + " profiles, 25 ms/request: parallelism 16 vs 1",
                String.format(
                        Locale.ROOT,
                        "%.1fx (%.1f s vs %.1f s; %.0f vs %.0f req/s)",
                        speedUp,
                        parallel.path("wallMs").asDouble() / 1000,
                        serial.path("wallMs").asDouble() / 1000,
                        parallel.path("requestsPerSecond").asDouble(),
                        serial.path("requestsPerSecond").asDouble()),
                ">= 12x",
                speedUp >= 12 && allInSync(serial, profiles) && allInSync(parallel, profiles));
        int rate = limited.path("rateLimitPerSecond").asInt();
        double share = limited.path("throughputShare").asDouble();
        int failed = limited.at("/summary/errors").asInt();
        add(
                table,
                "3. fleet drift at a rate limit of " + rate + " req/s (429 + Retry-After: 1)",
                String.format(
                        Locale.ROOT,
                        "%.1f req/s answered (%.0f%% of R), %d failed",
                        limited.path("answeredPerSecond").asDouble(),
                        share * 100,
                        failed),
                ">= 90% of R, none failed",
                share >= 0.9 && allInSync(limited, profiles));
    }

    private static boolean allInSync(JsonNode run, int profiles) {
        return run.path("exitCode").asInt(-1) == 0 && run.at("/summary/in_sync").asInt() == profiles;
    }

    private static void add(ArrayNode table, String figure, String value, String target, Boolean met) {
        ObjectNode row =
                table.addObject().put("figure", figure).put("value", value).put("target", target);
        if (met != null) {
            row.put("met", met ? "yes" : "NO");
        }
    }
}
