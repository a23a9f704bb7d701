package io.github.cloudsync.bench;

import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Figure 7's rows of bench/results.json, each with its target: the largest fleet's time, heap and CPU per profile
 * (client and emulator apart; after the warm-up, and on the first drift of a fresh JVM), linear growth (time and heap per profile at the largest fleet within 1.5x of the
 * smallest), the speed-up over parallelism 1, and N shard processes over one.
 */
final class FleetScaleResults {
    private FleetScaleResults() {}

    static void add(ArrayNode table, JsonNode scale) {
        JsonNode growth = scale.path("growth");
        JsonNode first = growth.get(0);
        JsonNode last = growth.get(growth.size() - 1);
        int profiles = last.path("profiles").asInt();
        boolean allInSync = last.path("exitCode").asInt(-1) == 0
                && last.at("/summary/in_sync").asInt() == profiles;
        row(
                table,
                "7. fleet drift, " + profiles + " profiles, --parallelism 64, client "
                        + scale.path("clientXmx").asString(),
                String.format(
                        Locale.ROOT,
                        "%.1f s, peak heap %.0f MB, exit %d",
                        last.path("wallMs").asDouble() / 1000,
                        last.path("clientPeakHeapMb").asDouble(),
                        last.path("exitCode").asInt()),
                "<= 512 MB, all in sync",
                scale.path("clientMaxHeapMb").asInt() <= 512 && allInSync);
        double timeGrowth = last.path("wallMsPerProfile").asDouble()
                / first.path("wallMsPerProfile").asDouble();
        double heapGrowth = (last.path("clientPeakHeapMb").asDouble()
                        / last.path("profiles").asDouble())
                / (first.path("clientPeakHeapMb").asDouble()
                        / first.path("profiles").asDouble());
        row(
                table,
                "7. growth " + first.path("profiles").asInt() + " -> " + profiles + " (per profile, last/first)",
                String.format(Locale.ROOT, "time %.2fx, heap %.2fx (bench/fleet-scale.svg)", timeGrowth, heapGrowth),
                "<= 1.5x each (linear)",
                timeGrowth <= 1.5 && heapGrowth <= 1.5);
        double client = last.path("clientCpuMsPerProfile").asDouble();
        row(
                table,
                "7. CPU per no-op profile, client / emulator (own processes), warm JVM",
                String.format(
                        Locale.ROOT,
                        "%.2f ms / %.2f ms",
                        client,
                        last.path("emulatorCpuMsPerProfile").asDouble()),
                "client < 2 ms",
                client < 2);
        JsonNode fresh = scale.path("firstPass");
        double freshClient = fresh.path("clientCpuMsPerProfile").asDouble();
        row(
                table,
                "7. the same on the first drift of a fresh JVM, "
                        + fresh.path("profiles").asInt() + " profiles",
                String.format(
                        Locale.ROOT,
                        "%.2f ms / %.2f ms",
                        freshClient,
                        fresh.path("emulatorCpuMsPerProfile").asDouble()),
                "client < 2 ms",
                freshClient < 2);
        double speedUp = scale.path("speedUp").asDouble();
        row(
                table,
                "7. parallelism 64 over 1 (per profile; 1 on "
                        + scale.at("/serial/profiles").asInt() + " profiles)",
                String.format(Locale.ROOT, "%.1fx", speedUp),
                ">= 30x",
                speedUp >= 30);
        for (JsonNode run : scale.at("/shards/runs")) {
            int shards = run.path("shards").asInt();
            if (shards == 1) {
                continue;
            }
            row(
                    table,
                    "7. " + shards + " shard processes over 1, "
                            + run.path("profiles").asInt() + " profiles",
                    String.format(
                            Locale.ROOT,
                            "%.2fx (%.1f s), merge exit %d",
                            run.path("speedUp").asDouble(),
                            run.path("wallMs").asDouble() / 1000,
                            run.path("mergeExitCode").asInt()),
                    "merge exit 0, none lost",
                    run.path("mergeExitCode").asInt() == 0
                            && run.path("profiles").asInt()
                                    == scale.at("/shards/folderProfiles").asInt());
        }
    }

    private static void row(ArrayNode table, String figure, String value, String target, boolean met) {
        ObjectNode row =
                table.addObject().put("figure", figure).put("value", value).put("target", target);
        row.put("met", met ? "yes" : "NO");
    }
}
