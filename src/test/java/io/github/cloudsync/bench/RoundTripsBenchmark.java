package io.github.cloudsync.bench;

import io.github.cloudsync.cli.Main;
import io.github.cloudsync.emulator.GraphEmulator;
import io.github.cloudsync.testing.EmulatorControl;
import io.github.cloudsync.testing.EmulatorControl.LoggedRequest;
import io.github.cloudsync.testing.RoundTrips;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Figures 1 and 2 of bench/README.md: requests and round-trip depth of plan and apply per scenario, from the emulator's
 * request log; then plan wall time with 50 ms on every request, over depth x 50 ms. Writes JSON to {@code args[0]}.
 */
public final class RoundTripsBenchmark {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int LATENCY_MS = 50;
    /** Plans run before measuring without latency (then 5 more with it), and plans measured with it: see main. */
    private static final int WARM_UP_RUNS = 20;

    private static final int MEASURED_RUNS = 11;

    private RoundTripsBenchmark() {}

    /** One scenario: a seed state and a profile from profiles/. */
    record Scenario(String name, String seed, String profile) {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path profiles = Files.createTempDirectory("cloudsync-bench");
        Files.writeString(
                profiles.resolve("full.yaml"),
                Files.readString(Path.of("profiles/full.yaml"))
                        .replaceAll("(?m)^(\\s*id:).*$", "$1 11111111-1111-1111-1111-111111111111"));
        Files.writeString(
                profiles.resolve("minimal.yaml"),
                Files.readString(Path.of("profiles/minimal.yaml"))
                        .replaceAll("(?m)^(\\s*id:).*$", "$1 11111111-1111-1111-1111-111111111111"));
        List<Scenario> scenarios = List.of(
                new Scenario("empty tenant, full profile", "/emulator/empty-tenant.json", "full.yaml"),
                new Scenario("empty tenant, minimal profile", "/emulator/empty-tenant.json", "minimal.yaml"),
                new Scenario(
                        "configured tenant, full profile (no-op after one apply)",
                        "/emulator/empty-tenant.json",
                        "full.yaml"));
        ObjectNode result = JSON.createObjectNode();
        ArrayNode rows = result.putArray("requests");
        try (GraphEmulator emulator = GraphEmulator.start(0)) {
            EmulatorControl control = new EmulatorControl(emulator.baseUri());
            String url = emulator.baseUri().toString();
            for (Scenario s : scenarios) {
                String profile = profiles.resolve(s.profile()).toString();
                control.clearFaults();
                control.seedStateFromResource(s.seed());
                control.settings("{\"exchangeSchema\":true}");
                if (s.name().contains("no-op")) {
                    run(url, "apply", "-p", profile, "--auto-approve");
                }
                // with sub-millisecond answers, parallel requests need not overlap; 50 ms makes depth observable
                control.addFault("{\"kind\":\"latency\",\"latencyMs\":" + LATENCY_MS + "}");
                for (String command : List.of("plan", "apply")) {
                    control.clearRequests();
                    int code = command.equals("plan")
                            ? run(url, "plan", "-p", profile)
                            : run(url, "apply", "-p", profile, "--auto-approve");
                    List<LoggedRequest> log = control.requests();
                    rows.addObject()
                            .put("scenario", s.name())
                            .put("command", command)
                            .put("exitCode", code)
                            .put("requests", log.size())
                            .put(
                                    "mutating",
                                    log.stream().filter(LoggedRequest::mutating).count())
                            .put("depth", RoundTrips.depth(log));
                }
            }
            control.clearFaults();
            control.seedStateFromResource("/emulator/empty-tenant.json");
            control.settings("{\"exchangeSchema\":true}");
            String full = profiles.resolve("full.yaml").toString();
            run(url, "apply", "-p", full, "--auto-approve");
            // warm-up: with 5 runs the JIT was still compiling the plan's path, and its state, not cloudsync, moved the
            // figure between 1.20 and 1.33 from one make bench to the next; a cold start is figure 5's subject
            for (int warm = 0; warm < WARM_UP_RUNS; warm++) {
                run(url, "plan", "-p", full);
            }
            long noLatency = System.nanoTime();
            run(url, "plan", "-p", full);
            long noLatencyMs = (System.nanoTime() - noLatency) / 1_000_000;
            control.addFault("{\"kind\":\"latency\",\"latencyMs\":" + LATENCY_MS + "}");
            for (int warm = 0; warm < 5; warm++) {
                run(url, "plan", "-p", full);
            }
            List<Double> ratios = new ArrayList<>();
            int depth = 0;
            long wall = 0;
            for (int i = 0; i < MEASURED_RUNS; i++) {
                control.clearRequests();
                long started = System.nanoTime();
                run(url, "plan", "-p", full);
                wall = (System.nanoTime() - started) / 1_000_000;
                depth = RoundTrips.depth(control.requests());
                ratios.add(wall / (depth * (double) LATENCY_MS));
            }
            ratios.sort(Comparator.naturalOrder());
            result.putObject("latencyBoundPlan")
                    .put("latencyMs", LATENCY_MS)
                    .put("depth", depth)
                    .put("medianRatio", ratios.get(ratios.size() / 2))
                    .put("runs", ratios.size())
                    .put("lowestRatio", ratios.get(0))
                    .put("highestRatio", ratios.get(ratios.size() - 1))
                    .put("warmUpRuns", WARM_UP_RUNS + 5)
                    .put("lastWallMs", wall)
                    .put("wallMsWithoutLatency", noLatencyMs);
        }
        Files.createDirectories(out.getParent());
        Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result));
        System.out.println(String.format(Locale.ROOT, "round trips written to %s", out));
    }

    private static int run(String url, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--graph-url", url, "--auth", "none"));
        return Main.run(
                all.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }
}
