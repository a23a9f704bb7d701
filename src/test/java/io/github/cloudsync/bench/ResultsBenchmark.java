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
        ObjectNode results = JSON.createObjectNode();
        results.put("measuredAt", Instant.now().toString());
        ObjectNode machine = results.putObject("machine");
        machine.put("nproc", Runtime.getRuntime().availableProcessors());
        machine.put("memoryBytes", ((com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize());
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        ArrayNode table = results.putArray("figures");
        for (JsonNode row : trips.path("requests")) {
            String name = "1. " + row.path("command").asString() + ": " + row.path("scenario").asString();
            boolean noOpPlan = row.path("scenario").asString().contains("no-op")
                    && row.path("command").asString().equals("plan");
            add(table, name, row.path("requests").asInt() + " requests (" + row.path("mutating").asInt()
                    + " mutating), depth " + row.path("depth").asInt(),
                    noOpPlan ? "<= 5 requests, depth <= 3" : "-",
                    noOpPlan ? row.path("requests").asInt() <= 5 && row.path("depth").asInt() <= 3 : null);
        }
        JsonNode latency = trips.path("latencyBoundPlan");
        double ratio = latency.path("medianRatio").asDouble();
        add(table, "2. latency-bound plan (50 ms/request)", String.format(Locale.ROOT,
                "%.2f (depth %d; %d ms without latency)", ratio, latency.path("depth").asInt(),
                latency.path("wallMsWithoutLatency").asLong()), "<= 1.3", ratio <= 1.3);
        add(table, "3. fleet drift", "not measured", ">= 12x, >= 90% of R", null);
        for (JsonNode bench : jmh) {
            double ms = bench.at("/primaryMetric/score").asDouble();
            String param = bench.at("/params/schema").asString();
            add(table, "4. schema diff+patch+fingerprint, " + param + " (JMH, -Xmx256m)",
                    String.format(Locale.ROOT, "%.2f ms", ms), param.contains("2MB") ? "< 50 ms" : "-",
                    param.contains("2MB") ? ms < 50 : null);
        }
        add(table, "4. CLI plan with -Xmx256m", "exit " + startup.path("planWithXmx256mExitCode").asInt(), "exit 0",
                startup.path("planWithXmx256mExitCode").asInt() == 0);
        add(table, "5. validate / java -version", startup.path("validateRatio").asString() + " ("
                + startup.path("validateMs").asInt() + " / " + startup.path("javaVersionMs").asInt() + " ms, AppCDS)",
                "<= 4", startup.path("validateRatio").asDouble() <= 4);
        add(table, "5. plan / java -version", startup.path("planRatio").asString() + " ("
                + startup.path("planMs").asInt() + " ms, AppCDS)", "<= 4", startup.path("planRatio").asDouble() <= 4);
        results.set("raw", JSON.createObjectNode().setAll(java.util.Map.of("roundTrips", trips, "jmh", jmh,
                "startup", startup)));
        Files.writeString(Path.of("bench/results.json"),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results) + "\n");
        System.out.printf(Locale.ROOT, "%-72s %-44s %-22s %s%n", "figure", "value", "target", "met");
        for (JsonNode row : table) {
            System.out.printf(Locale.ROOT, "%-72s %-44s %-22s %s%n", row.path("figure").asString(),
                    row.path("value").asString(), row.path("target").asString(), row.path("met").asString("-"));
        }
        System.out.println("written: bench/results.json");
    }

    private static void add(ArrayNode table, String figure, String value, String target, Boolean met) {
        ObjectNode row = table.addObject().put("figure", figure).put("value", value).put("target", target);
        if (met != null) {
            row.put("met", met ? "yes" : "NO");
        }
    }
}
