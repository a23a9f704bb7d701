package io.github.cloudsync.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.CliRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A quarantine is a signal (docs/graph.md section 16.4): drift and status exit 3, every suggested command names its
 * job, and running the suggestion of each quarantined job lifts exactly that job's quarantine.
 */
class QuarantineSignalEndToEndTest {
    static final String DOMAIN = "contoso.com";

    @TempDir
    Path dir;

    EmulatedTenant tenant;
    Path profile;
    String p;

    @BeforeEach
    void start() throws IOException {
        tenant = new EmulatedTenant();
        profile = EmulatedTenant.profile(dir, "contoso.yaml", "contoso", EmulatedTenant.TENANT, DOMAIN, true);
        p = profile.toString();
        tenant.apply(profile);
    }

    @AfterEach
    void stop() {
        tenant.close();
    }

    @Test
    void withTwoQuarantinedJobsEachSuggestionLiftsItsOwnJob() {
        tenant.control.quarantine(spId(), jobId("AD2AADProvisioning"), 612);
        tenant.control.quarantine(
                "{\"servicePrincipalId\":\"" + spId() + "\",\"jobId\":\"" + jobId("AD2AADPasswordHash")
                        + "\",\"reason\":\"EncounteredQuarantineException\",\"errorCode\":"
                        + "\"HybridIdentityServiceNoActiveAgents\"}");

        CliRun.Result drift = tenant.run("drift", p, "--json");
        JsonNode notices = JsonMapper.shared().readTree(drift.out()).at("/profiles/0/plan/notices");
        List<String> commands = new ArrayList<>();
        notices.forEach(n -> {
            if (n.path("address").asString().startsWith("job/")) {
                commands.add(command(n.path("what_to_do").asString()));
            }
        });

        assertThat(commands)
                .containsExactlyInAnyOrder(
                        "cloudsync allow-deletes -p " + p + " --job AD2AADProvisioning",
                        "cloudsync restart -p " + p + " --scope quarantine --job AD2AADPasswordHash");
        String restart =
                commands.stream().filter(c -> c.contains("restart")).findFirst().orElseThrow();
        tenant.control.clearRequests();
        CliRun.Result restarted = tenant.run(arguments(restart));

        assertThat(restarted.exitCode()).as(restarted.out() + restarted.err()).isZero();
        assertThat(tenant.control.requestCount("POST", "/jobs/AD2AADPasswordHash[^/]*/restart$"))
                .isEqualTo(1);
        assertThat(tenant.control.mutatingRequestCount()).isEqualTo(1);
        assertThat(jobStatus("AD2AADPasswordHash")).isEqualTo("Active");
        assertThat(jobStatus("AD2AADProvisioning")).isEqualTo("Quarantine");
        assertThat(EmulatedTenant.job(tenant.servicePrincipal(DOMAIN), "AD2AADProvisioning")
                        .at("/emulator/pendingDeletes")
                        .asLong())
                .isEqualTo(612);
    }

    /** The command in a notice's what-to-do ("..., then run: COMMAND"). */
    private static String command(String whatToDo) {
        return whatToDo.substring(whatToDo.indexOf("cloudsync "));
    }

    /** A suggested command's arguments, without "cloudsync", with --auto-approve, against the emulator. */
    private static String[] arguments(String command) {
        List<String> words = new ArrayList<>(Arrays.asList(command.split(" ")));
        words.remove(0);
        words.add("--auto-approve");
        return words.toArray(String[]::new);
    }

    private String jobStatus(String template) {
        return EmulatedTenant.job(tenant.servicePrincipal(DOMAIN), template)
                .at("/status/code")
                .asString();
    }

    private String spId() {
        return tenant.servicePrincipal(DOMAIN).path("id").asString();
    }

    private String jobId(String template) {
        return EmulatedTenant.job(tenant.servicePrincipal(DOMAIN), template)
                .path("id")
                .asString();
    }
}
