package io.github.cloudsync.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * For each YAML scalar style, every letter or digit of the value read back maps to a place in the file where that
 * same character was written, and the place of the letter {@code X} is exactly where the test wrote it.
 */
class ScalarPositionsTest {
    private static final SchemaCheck READER = new SchemaCheck(YamlMappers.strict());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "e: Join(\" \", [a], X)\n",
                "e: 'Join(\"'' \", [a], X)'\n",
                "e: \"Join(\\\" \\\\ \\u0021\\\", [a], X)\"\n",
                "e: |\n  Join(\" \",\n    [a], X)\n",
                "e: |-\n  Join(\" \",\n\n    [a], X)\n",
                "e: >\n  Join(\" \",\n  [a],\n\n  X)\n",
                "e: Join(\" \",\n  [a],\n  X)\n",
                "e: 'Join(\" \",\n   [a],\n\n   X)'\n",
                "e: \"Join(\\\" \\\",\\\n   [a], X)\"\n",
                "n: ü\ne: 'Ünïcödé([a], 𝄞X)'\n"
            })
    void everyCharacterMapsToWhereItWasWritten(String yaml) {
        JsonNode value = READER.tree(yaml).path("e");
        String text = value.stringValue();
        Position start = SchemaCheck.positionOf(value);

        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) && !Character.isSurrogate(c)) {
                Position at = ScalarPositions.of(yaml, start, text, i);
                int offset = ScalarPositions.offsetOf(yaml, at);
                assertThat(yaml.charAt(offset))
                        .as("character %d of %s", i, text)
                        .isEqualTo(c);
            }
        }
        Position x = ScalarPositions.of(yaml, start, text, text.indexOf('X'));
        assertThat(ScalarPositions.offsetOf(yaml, x)).isEqualTo(yaml.indexOf('X'));
        assertThat(x).isNotEqualTo(start);
    }
}
