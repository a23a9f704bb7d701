package io.github.cloudsync.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.model.MappingSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ArrayNode;

/**
 * Every example expression of Microsoft's function reference ({@code expressions/reference-examples.txt}, which names
 * the page) parses; each tree, in Graph's JSON, is as in {@code golden/expressions/reference-examples.json}
 * (regenerate with {@code make golden}); and each tree's own expression parses back into the same tree.
 */
class ExpressionReferenceGoldenTest {
    static final Path EXAMPLES = Path.of("src", "test", "resources", "expressions", "reference-examples.txt");
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "expressions", "reference-examples.json");

    static List<String> examples() throws IOException {
        List<String> examples = new ArrayList<>();
        StringBuilder block = null;
        for (String line : Files.readAllLines(EXAMPLES, StandardCharsets.UTF_8)) {
            if (line.equals("<<<")) {
                block = new StringBuilder();
            } else if (line.equals(">>>") && block != null) {
                examples.add(block.substring(0, block.length() - 1));
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            } else if (!line.startsWith("#") && !line.isBlank()) {
                examples.add(line);
            }
        }
        return examples;
    }

    @Test
    void everyReferenceExampleParsesIntoItsGoldenTree() throws IOException {
        ArrayNode trees = GraphTreeJson.MAPPER.createArrayNode();
        for (String example : examples()) {
            ExpressionOutcome outcome = ExpressionParser.parse(example);
            assertThat(outcome.error()).as(example).isEmpty();
            MappingSource tree = outcome.tree().orElseThrow();
            assertThat(ExpressionParser.parse(tree.expression()).tree())
                    .as("canonical text of " + example)
                    .contains(tree);
            trees.addObject().put("example", example).set("parsedExpression", GraphTreeJson.write(tree));
        }
        String json = GraphTreeJson.MAPPER
                        .writer()
                        .with(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(trees)
                + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
        }
        assertThat(examples()).hasSize(69);
        assertThat(json).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }
}
