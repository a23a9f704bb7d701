package io.github.cloudsync.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.emulator.EmulatorOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, item 10: every command that exists (plan, apply, drift, status...), at {@code --verbose --verbose}, with secret values in the tenant (some
 * masked by GET, some returned in clear) and credentials in the environment that {@code --auth none} never uses: no
 * such value appears on stdout, stderr or in any file written.
 */
class NoLeaksTest {
    static final List<String> CANARIES = List.of(
            "canary-client-secret-7f3a",
            "canary-tenant-password-91c2",
            "canary-refresh-token-5d0e",
            "canary-secret-token-2b8f");
    static final Map<String, String> ENVIRONMENT = Map.of(
            "AZURE_TENANT_ID", EmulatedTenant.TENANT,
            "AZURE_CLIENT_ID", "22222222-0000-0000-0000-000000000000",
            "AZURE_CLIENT_SECRET", "canary-client-secret-7f3a");

    @TempDir
    Path dir;

    private EmulatedTenant tenant;

    @AfterEach
    void stop() {
        tenant.close();
    }

    @Test
    void noSecretValueOrCredentialAppearsInAnyOutputOrFile() throws IOException {
        tenant = new EmulatedTenant(EmulatorOptions.defaults(), dir, EmulatedTenant.FULL_PROFILE, ENVIRONMENT);
        tenant.control.seedState(new String(
                        NoLeaksTest.class
                                .getResourceAsStream("/emulator/configured-tenant.json")
                                .readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)
                .replace(
                        "{ \"key\": \"Domain\"",
                        "{ \"key\": \"Password\", \"value\": \"canary-tenant-password-91c2\" },"
                                + " { \"key\": \"Oauth2RefreshToken\", \"value\": \"canary-refresh-token-5d0e\" },"
                                + " { \"key\": \"SecretToken\", \"value\": \"canary-secret-token-2b8f\" },"
                                + " { \"key\": \"Domain\""));
        assertThat(tenant.control.state().toString()).contains(CANARIES.subList(1, 4));
        String p = tenant.profile.toString();
        Path planFile = dir.resolve("plan.json");
        List<CliRun.Result> results = new ArrayList<>();
        results.add(tenant.cli.run("validate", p));
        for (String[] args : List.of(
                new String[] {"plan", "-p", p},
                new String[] {"plan", "-p", p, "--json"},
                new String[] {"plan", "-p", p, "--markdown"},
                new String[] {"plan", "-p", p, "--out", planFile.toString()},
                new String[] {"apply", planFile.toString()},
                new String[] {"apply", "-p", p, "--auto-approve"},
                new String[] {"plan", "-p", p, "--detailed-exitcode"},
                new String[] {"drift", p},
                new String[] {"drift", p, "--json"},
                new String[] {"status", "-p", p},
                new String[] {"status", "-p", p, "--json"})) {
            results.add(tenant.run(Stream.concat(Stream.of(args), Stream.of("--verbose", "--verbose"))
                    .toArray(String[]::new)));
        }
        results.add(tenant.cli.run("show", planFile.toString()));
        results.add(tenant.cli.run("show", planFile.toString(), "--json"));

        assertThat(results.get(1).err()).as("the trace is on").contains("GET ", "/synchronization/secrets");
        assertThat(results.get(6).exitCode())
                .as(results.get(6).out() + results.get(6).err())
                .isZero();
        for (int drift : List.of(8, 9)) {
            assertThat(results.get(drift).exitCode())
                    .as(results.get(drift).out() + results.get(drift).err())
                    .isZero();
            assertThat(results.get(drift).err()).as("drift traces").contains("GET ", "/synchronization/secrets");
        }
        for (int status : List.of(10, 11)) {
            assertThat(results.get(status).err()).as("status traces").contains("GET ", "/synchronization/jobs");
        }
        for (CliRun.Result result : results) {
            assertThat(result.out() + result.err()).doesNotContain(CANARIES);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain(CANARIES);
            }
        }
    }
}
