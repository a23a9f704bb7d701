package io.github.cloudsync.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Every golden plan.json is valid against schemas/plan.v1.schema.json, and the schema rejects what it should. */
class PlanJsonSchemaTest {
    private static final Schema SCHEMA = load();

    static Stream<Path> goldenPlans() throws IOException {
        try (Stream<Path> files = Files.walk(RenderGoldenTest.GOLDEN)) {
            return files.filter(p -> p.getFileName().toString().equals("plan.json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("goldenPlans")
    void goldenPlanIsValid(Path plan) throws IOException {
        assertThat(SCHEMA.validate(JsonMapper.shared().readTree(Files.readString(plan))))
                .isEmpty();
    }

    @Test
    void everyCaseHasAGoldenPlan() throws IOException {
        assertThat(goldenPlans().map(p -> p.getParent().getFileName().toString()))
                .containsExactlyInAnyOrderElementsOf(RenderCases.all().keySet());
    }

    @Test
    void aSecretValueInAChangeIsRejected() {
        ObjectNode plan = (ObjectNode) JsonMapper.shared()
                .readTree(JsonRenderer.render(RenderCases.all().get("phs-on")));
        JsonNode secrets = plan.get("actions")
                .valueStream()
                .filter(a -> a.get("address").asString().equals("secrets"))
                .findFirst()
                .orElseThrow();
        ((ObjectNode) secrets.get("changes").get(0)).put("after", "{\"appKeyScenario\":\"AD2AADPasswordHash\"}");

        assertThat(SCHEMA.validate(plan)).isNotEmpty();
    }

    @Test
    void anUnknownFormatVersionIsRejected() {
        ObjectNode plan = (ObjectNode) JsonMapper.shared()
                .readTree(JsonRenderer.render(RenderCases.all().get("in-sync")));
        plan.put("format_version", "2.0");

        assertThat(SCHEMA.validate(plan)).isNotEmpty();
    }

    private static Schema load() {
        try {
            String text = Files.readString(Path.of("schemas/plan.v1.schema.json"));
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(text, InputFormat.JSON);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
