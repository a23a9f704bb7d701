package io.github.cloudsync.operations;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** schemas/drift.v1.schema.json compiled once, with its reference to plan.v1.schema.json served from the repository. */
final class DriftSchema {
    private static final Schema SCHEMA = load();

    private DriftSchema() {}

    static List<Error> validate(JsonNode report) {
        return SCHEMA.validate(report);
    }

    private static Schema load() {
        try {
            String drift = Files.readString(Path.of("schemas/drift.v1.schema.json"));
            String plan = Files.readString(Path.of("schemas/plan.v1.schema.json"));
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                    SpecificationVersion.DRAFT_2020_12,
                    builder ->
                            builder.schemas(Map.of("https://cloudsync.github.io/schemas/plan.v1.schema.json", plan)));
            return registry.getSchema(drift, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
