package io.github.cloudsync.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javaformat.java.Formatter;
import com.palantir.javaformat.java.JavaFormatterOptions;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The format gate (spotless with palantir-java-format) and the Error Prone gate of {@code make test} each fail on a
 * deliberately broken example and pass a clean one, run with the same formatter and checker the build uses (pom.xml).
 */
class BuildGatesTest {
    @Test
    void theFormatterChangesABadlyFormattedFileAndKeepsAFormattedOne() throws Exception {
        Formatter formatter = Formatter.createFormatter(JavaFormatterOptions.builder()
                .style(JavaFormatterOptions.Style.PALANTIR)
                .build());
        String bad = example("BadlyFormatted");
        String clean = example("Clean");

        assertThat(formatter.formatSource(bad)).isNotEqualTo(bad);
        assertThat(formatter.formatSource(clean)).isEqualTo(clean);
    }

    @Test
    void errorProneWithWarningsAsErrorsRefusesAMissingOverride() {
        StringWriter diagnostics = new StringWriter();

        boolean compiled = compileWithErrorProne("MissingOverride", diagnostics);

        assertThat(compiled).as(diagnostics.toString()).isFalse();
        assertThat(diagnostics.toString()).contains("[MissingOverride]");
    }

    @Test
    void errorProneAcceptsTheCleanExample() {
        StringWriter diagnostics = new StringWriter();

        assertThat(compileWithErrorProne("Clean", diagnostics))
                .as(diagnostics.toString())
                .isTrue();
    }

    /** Compiles one example in memory with the options pom.xml gives the compiler. */
    private static boolean compileWithErrorProne(String name, StringWriter diagnostics) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> options = List.of(
                "-d",
                System.getProperty("java.io.tmpdir") + "/cloudsync-build-gates",
                "-XDcompilePolicy=simple",
                "--should-stop=ifError=FLOW",
                "-Xplugin:ErrorProne",
                "-Werror",
                "-processorpath",
                System.getProperty("java.class.path"));
        return javac.getTask(diagnostics, null, null, options, null, List.of(new Source(name, example(name))))
                .call();
    }

    private static String example(String name) {
        try (var in = Objects.requireNonNull(
                BuildGatesTest.class.getResourceAsStream("/violation/" + name + ".java.txt"), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An in-memory compilation unit. */
    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(String name, String text) {
            super(URI.create("string:///example/" + name + ".java"), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
