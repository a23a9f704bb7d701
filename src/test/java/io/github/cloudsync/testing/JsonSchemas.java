package io.github.cloudsync.testing;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every schema in schemas/, compiled once, each registered under its {@code $id} so the references between them
 * (apply to plan and error, drift-line to drift, restart to status) resolve from the repository, never the network.
 */
public final class JsonSchemas {
    private static final Path FOLDER = Path.of("schemas");
    private static final String ID_PREFIX = "https://cloudsync.github.io/schemas/";
    private static final Map<String, String> TEXTS = texts();
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(byId()));
    private static final Map<String, Schema> COMPILED = new HashMap<>();

    private JsonSchemas() {}

    /** The file names of every schema, e.g. {@code plan.v1.schema.json}. */
    public static List<String> names() {
        return TEXTS.keySet().stream().sorted().toList();
    }

    /** What is wrong with {@code document} against {@code schemas/<name>}; empty when it is valid. */
    public static synchronized List<Error> validate(String name, JsonNode document) {
        if (!TEXTS.containsKey(name)) {
            throw new IllegalArgumentException("no schema " + name + " in schemas/");
        }
        Schema schema = COMPILED.computeIfAbsent(name, n -> REGISTRY.getSchema(TEXTS.get(n), InputFormat.JSON));
        return schema.validate(document);
    }

    /** As {@link #validate(String, JsonNode)} for JSON text. */
    public static List<Error> validate(String name, String json) {
        return validate(name, JsonMapper.shared().readTree(json));
    }

    private static Map<String, String> byId() {
        Map<String, String> ids = new HashMap<>();
        TEXTS.forEach((name, text) -> ids.put(ID_PREFIX + name, text));
        return ids;
    }

    private static Map<String, String> texts() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            Map<String, String> texts = new HashMap<>();
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".schema.json")).toList()) {
                texts.put(file.getFileName().toString(), Files.readString(file));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
