package io.github.cloudsync.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cloudsync validate} reads profile strings as Unicode text: pairs are fine, lone halves and blank names not. */
class UnicodeProfileTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int validate(Path dir, String configurationLines) throws IOException {
        String minimal = Files.readString(Path.of("profiles", "minimal.yaml"), StandardCharsets.UTF_8);
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, minimal + configurationLines, StandardCharsets.UTF_8);
        return Main.run(new String[] {"validate", file.toString()}, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void aSurrogatePairWrittenAsEscapesIsOneCharacterAndValid(@TempDir Path dir) throws IOException {
        assertThat(validate(dir, "  displayName: \"Contoso \\ud83d\\ude00\"\n")).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aLoneLowSurrogateInAKeyIsRefusedAtItsMapping(@TempDir Path dir) throws IOException {
        assertThat(validate(dir, "  \"\\udc00\": x\n")).isEqualTo(1);
        assertThat(err.toString())
                .contains("p.yaml:11:3: /configuration: a key: is not valid Unicode: a lone surrogate \\udc00");
    }

    @Test
    void anIdeographicSpaceNameIsBlankButANameWithInnerSpacesIsNot(@TempDir Path dir) throws IOException {
        assertThat(validate(dir, "  displayName: \"\u3000\"\n")).isEqualTo(1);
        assertThat(err.toString()).contains("/configuration/displayName: '\u3000' is blank");
        StringWriter second = new StringWriter();
        Path other = dir.resolve("q");
        Files.createDirectory(other);
        String minimal = Files.readString(Path.of("profiles", "minimal.yaml"), StandardCharsets.UTF_8);
        Files.writeString(other.resolve("q.yaml"), minimal + "  displayName: \"Contoso\u3000Sync\"\n");
        assertThat(Main.run(new String[] {"validate", other.toString()}, new PrintWriter(second), new PrintWriter(err)))
                .isZero();
    }
}
