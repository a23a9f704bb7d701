package io.github.cloudsync.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The quick check says yes only where the JSON Schema validator finds nothing: over every profile the repository holds
 * (the examples, the bad profiles, the test resources) and over mutations of the example profiles, every value replaced by
 * values of other types, lengths and shapes, every key removed, an unknown key added to every mapping.
 */
class SchemaQuickCheckTest {
    private static final SchemaCheck SCHEMA = new SchemaCheck(YamlMappers.strict());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void theExampleProfilesPassTheQuickCheckAndTheValidator() throws IOException {
        List<Path> examples = yamlFiles(Path.of("profiles"));
        assertThat(examples).isNotEmpty();
        for (Path example : examples) {
            JsonNode tree = SCHEMA.tree(Files.readString(example, StandardCharsets.UTF_8));
            assertThat(SCHEMA.quickCheckAccepts(tree)).as(example.toString()).isTrue();
            assertThat(SCHEMA.validatorAccepts(tree)).as(example.toString()).isTrue();
        }
    }

    @Test
    void aYesOfTheQuickCheckIsTheValidatorsYesForEveryProfileHeld() throws IOException {
        List<Path> files = new ArrayList<>(yamlFiles(Path.of("src/test/resources")));
        files.addAll(yamlFiles(Path.of("profiles")));
        files.addAll(yamlFiles(Path.of("examples")));
        int refused = 0;
        for (Path file : files) {
            JsonNode tree;
            try {
                tree = SCHEMA.tree(Files.readString(file, StandardCharsets.UTF_8));
            } catch (JacksonException | IOException e) {
                continue; // not YAML the loader reads into a tree: it never reaches the schema
            }
            if (tree == null || !tree.isObject()) {
                continue;
            }
            boolean quick = SCHEMA.quickCheckAccepts(tree);
            if (quick) {
                assertThat(SCHEMA.validatorAccepts(tree)).as(file.toString()).isTrue();
            } else {
                refused++;
            }
        }
        assertThat(refused)
                .as("bad profiles the quick check leaves to the validator")
                .isPositive();
    }

    @Test
    void aYesOfTheQuickCheckIsTheValidatorsYesForMutationsOfTheExampleProfiles() throws IOException {
        List<JsonNode> mutants = new ArrayList<>();
        for (Path example : yamlFiles(Path.of("profiles"))) {
            JsonNode profile = YamlMappers.strict().readTree(Files.readString(example, StandardCharsets.UTF_8));
            mutate(profile, profile, mutants);
        }
        int accepted = 0;
        for (JsonNode mutant : mutants) {
            if (SCHEMA.quickCheckAccepts(mutant)) {
                accepted++;
                assertThat(SCHEMA.validatorAccepts(mutant))
                        .as(mutant.toString())
                        .isTrue();
            }
        }
        assertThat(mutants).hasSizeGreaterThan(4000);
        assertThat(accepted).as("mutants both accept").isPositive().isLessThan(mutants.size());
    }

    /** Every mutation of one node of {@code node} at a time, each applied to a copy of {@code root}. */
    private static void mutate(JsonNode root, JsonNode node, List<JsonNode> mutants) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String name = property.getKey();
                mutants.add(edit(root, node, copy -> ((ObjectNode) copy).remove(name)));
                for (JsonNode value : replacements(property.getValue())) {
                    mutants.add(edit(root, node, copy -> ((ObjectNode) copy).set(name, value)));
                }
                mutate(root, property.getValue(), mutants);
            }
            mutants.add(edit(root, node, copy -> ((ObjectNode) copy).put("unknownKey", "x")));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                int index = i;
                for (JsonNode value : replacements(node.get(i))) {
                    mutants.add(edit(root, node, copy -> ((ArrayNode) copy).set(index, value)));
                }
                mutate(root, node.get(i), mutants);
            }
            mutants.add(edit(root, node, copy -> ((ArrayNode) copy).removeAll()));
        }
    }

    private static List<JsonNode> replacements(JsonNode original) {
        List<JsonNode> values = new ArrayList<>(List.of(
                NODES.stringNode(""),
                NODES.stringNode("x"),
                NODES.stringNode("a".repeat(64)),
                NODES.stringNode("a".repeat(257)),
                NODES.stringNode("a".repeat(65537)),
                NODES.stringNode("contoso.com\n"),
                NODES.stringNode("a\uD83D\uDE00b"),
                NODES.stringNode("\uD83D\uDE00".repeat(63)),
                NODES.stringNode("\uD83D\uDE00".repeat(64)),
                NODES.stringNode("yes"),
                NODES.stringNode("cloudsync/v1"),
                NODES.stringNode("active"),
                NODES.stringNode("x@contoso.com"),
                NODES.numberNode(0),
                NODES.numberNode(1),
                NODES.numberNode(500),
                NODES.numberNode(100001),
                NODES.numberNode(-1L),
                NODES.numberNode(1.5),
                NODES.numberNode(500.0),
                NODES.booleanNode(true),
                NODES.nullNode(),
                NODES.objectNode(),
                NODES.arrayNode(),
                NODES.arrayNode().add("OU=Sales,DC=contoso,DC=com")));
        if (original.isString()) {
            values.add(NODES.stringNode(original.stringValue() + "x"));
            values.add(NODES.stringNode(original.stringValue().toUpperCase(java.util.Locale.ROOT)));
            values.add(NODES.stringNode(original.stringValue() + "\n"));
        }
        return values;
    }

    private interface Edit {
        void apply(JsonNode copy);
    }

    /** A deep copy of {@code root} with {@code edit} applied to the copy of {@code target}. */
    private static JsonNode edit(JsonNode root, JsonNode target, Edit edit) {
        JsonNode copy = root.deepCopy();
        edit.apply(find(root, copy, target));
        return copy;
    }

    @SuppressWarnings("ReferenceEquality") // the one node to edit, not any equal to it
    private static JsonNode find(JsonNode original, JsonNode copy, JsonNode target) {
        if (original == target) {
            return copy;
        }
        if (original.isObject()) {
            for (String name : original.propertyNames()) {
                JsonNode found = find(original.get(name), copy.get(name), target);
                if (found != null) {
                    return found;
                }
            }
        } else if (original.isArray()) {
            for (int i = 0; i < original.size(); i++) {
                JsonNode found = find(original.get(i), copy.get(i), target);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static List<Path> yamlFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(
                            p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        }
    }
}
