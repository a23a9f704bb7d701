package io.github.cloudsync.bench;

import com.flipkart.zjsonpatch.Jackson3JsonPatch;
import io.github.cloudsync.apply.Fingerprints;
import io.github.cloudsync.model.LiveSecrets;
import io.github.cloudsync.model.LiveState;
import io.github.cloudsync.model.Organization;
import io.github.cloudsync.model.ServicePrincipal;
import io.github.cloudsync.plan.SchemaPatch;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Figure 4 of bench/README.md: the schema work of one plan and apply (the CredentialData patch computed, applied, and
 * the live state fingerprinted) on the real 2020 schema and on a copy scaled to 2 MB. Run by {@code make bench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SchemaWorkBenchmark {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Param({"real-2020", "scaled-2MB"})
    public String schema;

    private LiveState live;

    @Setup
    public void read() throws IOException {
        JsonNode real;
        try (InputStream in = SchemaWorkBenchmark.class.getResourceAsStream("/fixtures/real-ad2aad-schema-2020.json")) {
            real = JSON.readTree(in);
        }
        JsonNode chosen = schema.equals("real-2020") ? real : scaled(real, 2 * 1024 * 1024);
        live = new LiveState(
                new Organization("11111111-1111-1111-1111-111111111111", true),
                Optional.of(new ServicePrincipal("sp", "app", "contoso.com", "1a4721b3-e57f-4451-ae87-ef078703ec94")),
                List.of(),
                LiveSecrets.NONE,
                Optional.of(chosen));
    }

    @Benchmark
    @SuppressWarnings("ReferenceEquality") // the same instance back would mean the patch did nothing
    public SortedMap<String, String> diffPatchFingerprint() {
        JsonNode current = live.provisioningSchema().orElseThrow();
        JsonNode patch = SchemaPatch.patch(current, true);
        JsonNode next = Jackson3JsonPatch.apply(patch, current);
        if (next == current) {
            throw new IllegalStateException("the patch changed nothing");
        }
        return Fingerprints.of(live);
    }

    /**
     * The schema with renamed copies of its object mappings and directory objects appended until its JSON text is at
     * least {@code bytes} long; the user and inetOrgPerson mappings stay unique, so the patch is the same.
     */
    static JsonNode scaled(JsonNode real, int bytes) {
        ObjectNode copy = (ObjectNode) real.deepCopy();
        ArrayNode mappings = (ArrayNode) copy.at("/synchronizationRules/0/objectMappings");
        List<JsonNode> originals = List.copyOf(mappings.valueStream().toList());
        ArrayNode objects = (ArrayNode) copy.at("/directories/0/objects");
        List<JsonNode> originalObjects = List.copyOf(objects.valueStream().toList());
        for (int round = 1; JSON.writeValueAsBytes(copy).length < bytes; round++) {
            for (JsonNode mapping : originals) {
                ObjectNode extra = (ObjectNode) mapping.deepCopy();
                extra.put("sourceObjectName", mapping.path("sourceObjectName").asString() + "Copy" + round);
                extra.put("name", mapping.path("name").asString() + " copy " + round);
                mappings.add(extra);
            }
            for (JsonNode object : originalObjects) {
                ObjectNode extra = (ObjectNode) object.deepCopy();
                extra.put("name", object.path("name").asString() + "Copy" + round);
                objects.add(extra);
            }
        }
        return copy;
    }
}
