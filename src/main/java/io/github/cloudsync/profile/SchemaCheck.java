package io.github.cloudsync.profile;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.serialization.NodeReader;
import com.networknt.schema.serialization.node.TokenStreamLocationAware;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Validates a location-aware YAML tree against the packaged profile v1 schema and words every error for people. */
final class SchemaCheck {
    /** The contract, packaged into the jar from {@code schemas/} (docs/architecture.md section 2). */
    static final String RESOURCE = "/schemas/profile.v1.schema.json";

    private final NodeReader reader;
    private final String schemaText;
    private final JsonNode schemaTree;
    private final SchemaWording wording;

    /** The validator's compiled schema, made when a tree first fails {@link SchemaQuickCheck}. */
    private volatile Schema compiled;

    SchemaCheck(YAMLMapper strict) {
        this.reader = NodeReader.builder().locationAware().yamlMapper(strict).build();
        this.schemaText = packagedSchema();
        this.schemaTree = reader.readTree(schemaText, InputFormat.JSON);
        this.wording = new SchemaWording(schemaTree);
    }

    /** The text's tree, each node knowing its line and column; duplicate keys throw (the scan reports them first). */
    JsonNode tree(String text) {
        return reader.readTree(text, InputFormat.YAML);
    }

    /**
     * Every schema problem of the tree read from {@code text}, unordered. A tree the quick check accepts has none; any
     * other goes to the JSON Schema validator, compiled the first time one does.
     */
    List<Problem> check(String file, String text, JsonNode tree, Map<String, Position> keys) {
        if (quickCheckAccepts(tree)) {
            return List.of();
        }
        List<String> lines = text.lines().toList();
        return compiled().validate(tree).stream()
                .map(error -> {
                    Position at = positionOf(error.getInstanceNode());
                    return wording.problem(file, error, at, keys, quotedAt(lines, at));
                })
                .toList();
    }

    /** What {@link SchemaQuickCheck} says of the tree (tests hold it beside {@link #validatorAccepts}). */
    boolean quickCheckAccepts(JsonNode tree) {
        return SchemaQuickCheck.certainlyValid(schemaTree, tree);
    }

    /** Whether the JSON Schema validator finds no problem in the tree. */
    boolean validatorAccepts(JsonNode tree) {
        return compiled().validate(tree).isEmpty();
    }

    private Schema compiled() {
        Schema schema = compiled;
        if (schema == null) {
            synchronized (this) {
                schema = compiled;
                if (schema == null) {
                    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                            SpecificationVersion.DRAFT_2020_12, b -> b.nodeReader(reader));
                    schema = registry.getSchema(schemaText, InputFormat.JSON);
                    compiled = schema;
                }
            }
        }
        return schema;
    }

    /** Whether the scalar at {@code at} is written in quotes, so a hint can say to remove them only when they exist. */
    private static boolean quotedAt(List<String> lines, Position at) {
        if (at.line() < 1 || at.line() > lines.size()) {
            return false;
        }
        String line = lines.get(at.line() - 1);
        int index = at.column() - 1;
        return index >= 0 && index < line.length() && (line.charAt(index) == '"' || line.charAt(index) == '\'');
    }

    /** The node's place in the text, or the start of the file when the node does not know it. */
    static Position positionOf(JsonNode node) {
        if (node instanceof TokenStreamLocationAware aware) {
            TokenStreamLocation location = aware.tokenStreamLocation();
            if (location != null && location.getLineNr() > 0) {
                return new Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
            }
        }
        return Position.START;
    }

    static String packagedSchema() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath: the build is broken");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
