package io.github.cloudsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code cloudsync version [--json]} through the CLI: the project version, the commit it was built from, the JVM. */
class VersionCommandTest {
    private final CliRun cli = new CliRun(Map.of());

    @Test
    void textNamesTheVersionCommitBuildTimeAndJavaRuntime() throws Exception {
        CliRun.Result result = cli.run("version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .startsWith("cloudsync " + projectVersion() + "\n")
                .contains("commit  " + expectedCommit() + "\n")
                .containsPattern("built   \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z\n")
                .contains("java    " + System.getProperty("java.version") + " (")
                .contains(System.getProperty("java.home"));
    }

    @Test
    void jsonIsOneDocumentThatItsSchemaAccepts() throws Exception {
        CliRun.Result result = cli.run("version", "--json");

        assertThat(result.exitCode()).isZero();
        JsonNode document = JsonMapper.shared().readTree(result.out());
        assertThat(schema().validate(document)).isEmpty();
        assertThat(document.path("version").asString()).isEqualTo(projectVersion());
        assertThat(document.path("commit").asString()).isEqualTo(expectedCommit());
        assertThat(document.at("/java/version").asString()).isEqualTo(System.getProperty("java.version"));
        assertThat(result.err()).isEmpty();
    }

    @Test
    void theSchemaRejectsADocumentWithoutACommit() throws Exception {
        JsonNode document =
                JsonMapper.shared().readTree(cli.run("version", "--json").out());
        ((tools.jackson.databind.node.ObjectNode) document).remove("commit");

        assertThat(schema().validate(document)).isNotEmpty();
    }

    private static Schema schema() throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("schemas/version.v1.schema.json")), InputFormat.JSON);
    }

    /** The version in pom.xml: the first {@code <version>} after the project's own artifactId. */
    private static String projectVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        int after = pom.indexOf("<artifactId>cloudsync</artifactId>");
        int start = pom.indexOf("<version>", after) + "<version>".length();
        return pom.substring(start, pom.indexOf("</version>", start));
    }

    /** HEAD of the git work tree the build ran in, or "unknown" where there is none (a source archive). */
    private static String expectedCommit() throws Exception {
        if (!Files.exists(Path.of(".git"))) {
            return "unknown";
        }
        Process git = new ProcessBuilder("git", "rev-parse", "HEAD")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String head = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(git.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return git.exitValue() == 0 ? head : "unknown";
    }
}
