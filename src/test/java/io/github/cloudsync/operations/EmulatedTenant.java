package io.github.cloudsync.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.emulator.EmulatorOptions;
import io.github.cloudsync.emulator.GraphEmulator;
import io.github.cloudsync.testing.EmulatorControl;
import io.github.cloudsync.testing.EmulatorFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Test support: an emulator seeded with the empty tenant, the CLI pointed at it, profiles and control-plane edits. */
final class EmulatedTenant implements AutoCloseable {
    static final String TENANT = EmulatorFixture.TENANT;
    static final String OTHER_TENANT = "99999999-9999-4999-8999-999999999999";

    private final EmulatorFixture fixture;
    final GraphEmulator emulator;
    final EmulatorControl control;
    final CliRun cli;
    final String url;

    EmulatedTenant() throws IOException {
        this(EmulatorFixture.start());
    }

    /** An emulator on {@code clock}: its answers' times come from it (a fixed clock makes them stable). */
    EmulatedTenant(Clock clock) throws IOException {
        this(EmulatorFixture.start(EmulatorOptions.defaults().withClock(clock), Map.of()));
    }

    private EmulatedTenant(EmulatorFixture fixture) throws IOException {
        this.fixture = fixture;
        emulator = fixture.emulator();
        control = fixture.control();
        cli = fixture.cli();
        url = fixture.url();
        control.seedStateFromResource("/emulator/empty-tenant.json");
    }

    /** Runs cloudsync against the emulator, without a terminal. */
    CliRun.Result run(String... args) {
        return fixture.run(args);
    }

    /** Runs cloudsync against the emulator as if a person typed {@code stdin} at a terminal. */
    CliRun.Result runInteractive(String stdin, String... args) {
        return fixture.runInteractive(stdin, args);
    }

    /** Writes a profile for the emulator's tenant (or {@code tenant}) named {@code name} with domain {@code domain}. */
    static Path profile(Path dir, String file, String name, String tenant, String domain, boolean passwordHashSync) {
        String text = """
                apiVersion: cloudsync/v1
                kind: CloudSyncProfile
                metadata:
                  name: %s
                tenant:
                  id: %s
                configuration:
                  domain: %s
                  passwordHashSync: %s
                  accidentalDeletes: { enabled: true, threshold: 50 }
                  notifications: { enabled: true, recipients: [ops@%s] }
                """.formatted(name, tenant, domain, passwordHashSync, domain);
        try {
            return Files.writeString(dir.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Applies a profile through the CLI and checks it converged. */
    void apply(Path profile) {
        CliRun.Result apply = run("apply", "-p", profile.toString(), "--auto-approve");
        assertThat(apply.exitCode()).as(apply.out() + apply.err()).isZero();
    }

    /** Edits the service principal named {@code displayName} in the exported state and imports it back. */
    void editServicePrincipal(String displayName, Consumer<ObjectNode> edit) {
        ObjectNode state = (ObjectNode) control.state();
        for (JsonNode sp : state.path("servicePrincipals")) {
            if (sp.path("displayName").asString().equals(displayName)) {
                edit.accept((ObjectNode) sp);
                control.seedState(state.toString());
                return;
            }
        }
        throw new IllegalArgumentException("no service principal named " + displayName);
    }

    /** The service principal named {@code displayName} as the control plane exports it. */
    JsonNode servicePrincipal(String displayName) {
        for (JsonNode sp : control.state().path("servicePrincipals")) {
            if (sp.path("displayName").asString().equals(displayName)) {
                return sp;
            }
        }
        throw new IllegalArgumentException("no service principal named " + displayName);
    }

    /** The job of {@code templateId} in an exported service principal. */
    static ObjectNode job(JsonNode servicePrincipal, String templateId) {
        for (JsonNode job : servicePrincipal.path("synchronization").path("jobs")) {
            if (job.path("templateId").asString().equals(templateId)) {
                return (ObjectNode) job;
            }
        }
        throw new IllegalArgumentException("no job " + templateId);
    }

    /** Sets secret {@code key} of an exported service principal to {@code value}. */
    static void secret(ObjectNode servicePrincipal, String key, String value) {
        for (JsonNode secret : servicePrincipal.path("synchronization").path("secrets")) {
            if (secret.path("key").asString().equals(key)) {
                ((ObjectNode) secret).put("value", value);
                return;
            }
        }
        throw new IllegalArgumentException("no secret " + key);
    }

    @Override
    public void close() {
        fixture.close();
    }
}
