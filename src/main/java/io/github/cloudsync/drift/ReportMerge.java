package io.github.cloudsync.drift;

import io.github.cloudsync.render.MergedDriftReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Combines {@code drift --json} reports into one: every profile entry once, in report order. What cannot be trusted
 * is a problem, never a silent gap: a file that is not a drift report, a profile in two reports (an identical error for
 * a folder that could not be listed, which every shard reports, is kept once), and for shards a missing or repeated
 * shard, shards of different counts or of folders of different sizes, or shards that together checked fewer or more
 * profiles than the folder has.
 */
public final class ReportMerge {
    private static final Set<String> FORMATS = Set.of("1.0", "1.1", "1.2");
    private static final JsonMapper JSON = JsonMapper.shared();

    private final List<String> problems = new ArrayList<>();
    private final Map<String, Seen> byFile = new LinkedHashMap<>();
    private final List<JsonNode> shards = new ArrayList<>();
    private final List<String> shardReports = new ArrayList<>();
    private int unsharded;

    private record Seen(String report, JsonNode entry) {}

    private ReportMerge() {}

    /** Reads and merges {@code reports}, in the order given. */
    public static MergedDriftReport merge(List<Path> reports) {
        ReportMerge merge = new ReportMerge();
        for (Path report : reports) {
            merge.add(report.toString(), read(report, merge.problems));
        }
        OptionalInt count = merge.checkShards();
        return new MergedDriftReport(
                reports.stream().map(Path::toString).toList(),
                count,
                merge.problems,
                merge.byFile.values().stream().map(Seen::entry).toList());
    }

    private static JsonNode read(Path report, List<String> problems) {
        try {
            JsonNode tree = JSON.readTree(Files.readString(report));
            String format = tree.path("format_version").asString("");
            if (!tree.isObject()
                    || !FORMATS.contains(format)
                    || !tree.path("profiles").isArray()) {
                problems.add(report + ": not a drift --json report (format "
                        + FORMATS.stream().sorted().toList() + " with profiles)");
                return null;
            }
            return tree;
        } catch (IOException | JacksonException e) {
            problems.add(report + ": cannot be read as JSON: " + e.getMessage());
            return null;
        }
    }

    private void add(String report, JsonNode tree) {
        if (tree == null) {
            return;
        }
        if (tree.has("merge")) {
            problems.add(report + ": is itself a merged report; merge the shards' own reports");
            return;
        }
        if (tree.has("shard")) {
            shards.add(tree.path("shard"));
            shardReports.add(report);
        } else {
            unsharded++;
        }
        for (JsonNode entry : tree.path("profiles")) {
            String file = entry.path("file").asString("");
            Seen earlier = byFile.get(file);
            if (earlier == null) {
                byFile.put(file, new Seen(report, entry));
            } else if (!(earlier.entry().equals(entry) && entry.path("name").isNull())) {
                problems.add(file + ": in both " + earlier.report() + " and " + report + " (checked twice)");
            }
        }
    }

    /** The shard count when every report is a shard of one run of a whole number of shards. */
    private OptionalInt checkShards() {
        if (shards.isEmpty()) {
            return OptionalInt.empty();
        }
        if (unsharded > 0) {
            problems.add(unsharded + " of the reports are not shards; merge either shards of one run or whole reports");
        }
        Set<Integer> counts = new TreeSet<>();
        Set<Integer> totals = new TreeSet<>();
        shards.forEach(s -> counts.add(s.path("count").asInt()));
        shards.forEach(s -> totals.add(s.path("all_profiles").asInt()));
        if (counts.size() > 1) {
            problems.add("the shards are of different runs: counts " + counts);
            return OptionalInt.empty();
        }
        int count = counts.iterator().next();
        if (totals.size() > 1) {
            problems.add("the shards saw folders of different sizes: " + totals + " profiles");
        }
        Map<Integer, String> byIndex = new LinkedHashMap<>();
        for (int i = 0; i < shards.size(); i++) {
            int index = shards.get(i).path("index").asInt();
            String earlier = byIndex.putIfAbsent(index, shardReports.get(i));
            if (earlier != null) {
                problems.add(
                        "shard " + index + " of " + count + " is in both " + earlier + " and " + shardReports.get(i));
            }
        }
        int checked = shards.stream().mapToInt(s -> s.path("profiles").asInt()).sum();
        for (int index = 0; index < count; index++) {
            if (!byIndex.containsKey(index)) {
                problems.add("shard " + index + " of " + count + " is missing: no report for it");
            }
        }
        if (byIndex.size() == count
                && totals.size() == 1
                && checked != totals.iterator().next()) {
            problems.add("the shards checked " + checked + " profiles of "
                    + totals.iterator().next());
        }
        return OptionalInt.of(count);
    }
}
