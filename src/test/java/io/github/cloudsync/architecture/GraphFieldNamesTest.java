package io.github.cloudsync.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The field names of Graph's secret values live only in {@code graph} (its codec) and, independently, in
 * {@code emulator}: no other production source spells them.
 */
class GraphFieldNamesTest {
    private static final Path MAIN = Path.of("src/main/java/io/github/cloudsync");

    private static final List<String> NAMES = List.of(
            "DeleteThresholdValue", "DeleteThresholdEnabled", "\"Recipients\"", "\"Enabled\"", "appKeyScenario");

    @Test
    void noSourceOutsideGraphAndTheEmulatorSpellsThem() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<Path> sources = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(MAIN.resolve("graph")) && !p.startsWith(MAIN.resolve("emulator")))
                    .toList();
            assertThat(sources).hasSizeGreaterThan(100);
            for (Path source : sources) {
                assertThat(offending(Files.readString(source)))
                        .as(source.toString())
                        .isEmpty();
            }
        }
    }

    @Test
    void aSourceThatSpellsOneIsCaught() {
        assertThat(offending("node.path(\"DeleteThresholdValue\").intValue()")).containsExactly("DeleteThresholdValue");
    }

    private static List<String> offending(String text) {
        return NAMES.stream().filter(text::contains).toList();
    }
}
