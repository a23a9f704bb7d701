package io.github.cloudsync.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Control characters in a profile reach human output as visible escapes, never raw: plan text, Markdown, errors. */
class ControlCharactersTest {
    private static final String PROFILE = """
            apiVersion: cloudsync/v1
            kind: CloudSyncProfile
            metadata:
              name: fabrikam
            tenant:
              id: %s
            configuration:
              domain: corp.fabrikam.com
              displayName: "Fab\\e]0;owned\\a\\rrikam\\e[2J"
            """.formatted(EmulatedTenant.TENANT);

    @TempDir
    Path dir;

    EmulatedTenant tenant;

    @BeforeEach
    void start() throws IOException {
        tenant = new EmulatedTenant();
    }

    @AfterEach
    void stop() {
        tenant.close();
    }

    @Test
    void planTextAndMarkdownShowEscapesNotControlCharacters() throws IOException {
        Path profile = Files.writeString(dir.resolve("p.yaml"), PROFILE);

        CliRun.Result text = tenant.run("plan", "-p", profile.toString());
        CliRun.Result markdown = tenant.run("plan", "-p", profile.toString(), "--markdown");

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("Fab\\u001b]0;owned\\u0007\\u000drikam\\u001b[2J");
        assertThat(markdown.out()).contains("Fab\\u001b]0;owned\\u0007\\u000drikam\\u001b[2J");
        assertThat(text.out() + markdown.out())
                .doesNotContain("\u001b")
                .doesNotContain("\u0007")
                .doesNotContain("\r");
    }

    @Test
    void aProfileProblemQuotingAControlCharacterShowsItEscaped() throws IOException {
        Path profile = Files.writeString(
                dir.resolve("p.yaml"),
                PROFILE.replace(
                        "  displayName: \"Fab\\e]0;owned\\a\\rrikam\\e[2J\"\n",
                        "  notifications: { recipients: [\"ops\\e[2J\"] }\n"));

        CliRun.Result result = tenant.cli.run("validate", profile.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("'ops\\u001b[2J'").doesNotContain("\u001b");
    }
}
