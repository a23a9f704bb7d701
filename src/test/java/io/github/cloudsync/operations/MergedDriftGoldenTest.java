package io.github.cloudsync.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.drift.ReportMerge;
import io.github.cloudsync.render.DriftJsonRenderer;
import io.github.cloudsync.render.MergedDriftJsonRenderer;
import io.github.cloudsync.render.MergedDriftReport;
import io.github.cloudsync.render.MergedDriftTextRenderer;
import io.github.cloudsync.testing.GoldenFile;
import io.github.cloudsync.testing.JsonSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code drift-report merge} as a person reads it: the golden drift report's four profiles split over two shards (an
 * in-sync profile with a quarantined job and a drifted one; two errors) merge to the text under
 * src/test/resources/golden/operations/drift-merge/, and to JSON valid against schemas/drift.v1.schema.json.
 */
class MergedDriftGoldenTest {
    @TempDir
    Path dir;

    @Test
    void twoShardsMergeToTheGoldenTextAndToValidJson() throws IOException {
        MergedDriftReport merged = ReportMerge.merge(
                shards(dir, OperationsGoldenTest.drift().entries().size()));

        GoldenFile.check(
                OperationsGoldenTest.GOLDEN.resolve("drift-merge/report.txt"),
                MergedDriftTextRenderer.render(merged, false));
        JsonNode json = JsonMapper.shared().readTree(MergedDriftJsonRenderer.render(merged));
        assertThat(JsonSchemas.validate("drift.v1.schema.json", json)).isEmpty();
        assertThat(json.at("/summary").toString())
                .isEqualTo("{\"profiles\":4,\"in_sync\":1,\"drifted\":1,\"errors\":2,\"quarantined_jobs\":1}");
        assertThat(json.path("result").asString()).isEqualTo("error");
    }

    /** The golden drift report as two shard reports, the first two profiles in shard 0, the rest in shard 1. */
    static List<Path> shards(Path dir, int all) throws IOException {
        ObjectNode whole = DriftJsonRenderer.tree(OperationsGoldenTest.drift());
        Path first = Files.writeString(
                dir.resolve("shard-0.json"), shard(whole, 0, 0, 2, all).toString());
        Path second = Files.writeString(
                dir.resolve("shard-1.json"), shard(whole, 1, 2, all, all).toString());
        return List.of(first, second);
    }

    private static ObjectNode shard(ObjectNode whole, int index, int from, int to, int all) {
        ObjectNode shard = whole.deepCopy();
        ArrayNode profiles = shard.putArray("profiles");
        for (int i = from; i < to; i++) {
            profiles.add(whole.path("profiles").get(i));
        }
        shard.putObject("shard")
                .put("index", index)
                .put("count", 2)
                .put("profiles", to - from)
                .put("all_profiles", all);
        return shard;
    }
}
