package io.github.cloudsync.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.profile.ProfileLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * The golden scenarios under src/test/resources/golden/scenarios/ (README.md there): each folder's tenant is seeded
 * into an emulator, cloudsync plans and applies its profile in-process over HTTP, and every output must equal the
 * folder's golden files byte for byte; each plan.json must be valid against schemas/plan.v1.schema.json. Then the
 * invariants every scenario must keep are checked (ScenarioChecks).
 */
class GoldenScenariosTest {
    static final Path SCENARIOS = Path.of("src/test/resources/golden/scenarios");
    static final Schema PLAN_SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(ScenarioInputs.text(Path.of("schemas/plan.v1.schema.json")), InputFormat.JSON);

    @TestFactory
    Stream<DynamicTest> scenarios() throws IOException {
        List<Path> folders;
        try (Stream<Path> list = Files.list(SCENARIOS)) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(folders).as("scenario folders").isNotEmpty();
        return folders.stream()
                .map(folder -> DynamicTest.dynamicTest(
                        folder.getFileName().toString(), () -> run(ScenarioInputs.read(folder))));
    }

    private static void run(ScenarioInputs inputs) throws IOException {
        Profile profile = ProfileLoader.load(inputs.folder().resolve("profile.yaml"));
        try (ScenarioRun run = new ScenarioRun(inputs)) {
            run.seed(inputs.stateText());
            Optional<JsonNode> seeded = OutsideChanges.read(inputs.folder(), OutsideChanges.SEED_FILE);
            if (seeded.isPresent()) {
                OutsideChanges.apply(run, seeded.get());
            }
            Optional<JsonNode> outside = OutsideChanges.read(inputs.folder(), OutsideChanges.FILE);
            if (outside.isPresent()) {
                OutsideChanges.apply(run, outside.get());
                drift(run, inputs);
            }
            JsonNode before = run.state();
            run.control.clearRequests();
            run.recordPlan("plan.txt", run.withProfile("plan"));
            CliRun.Result json = run.withProfile("plan", "--json");
            run.recordPlan("plan.json", json);
            assertThat(PLAN_SCHEMA.validate(json.out(), InputFormat.JSON))
                    .as("plan.json against schemas/plan.v1.schema.json")
                    .isEmpty();
            run.recordPlan("plan.md", run.withProfile("plan", "--markdown"));
            assertThat(run.control.mutatingRequestCount())
                    .as("plan sends GETs only")
                    .isZero();
            if (inputs.changedStateText().isPresent()) {
                staleSavedPlan(run, inputs);
                before = run.state();
            }

            run.control.clearRequests();
            CliRun.Result apply = run.withProfile("apply", "--auto-approve");
            run.recordAll("apply.txt", apply);
            run.record("apply-requests.txt", run.mutatingRequests(apply.out()));
            ScenarioChecks checks = new ScenarioChecks(profile, before, run);
            checks.recordStateAfter(apply.out());
            checks.unownedSecretsKept();
            checks.quarantinedJobsNotStarted();
            if (apply.exitCode() == 0) {
                checks.converged();
            } else {
                checks.nothingAfterTheFailedStep(apply);
            }
            checks.maskedValuesNeverShown(run.outputs());
            GoldenFiles.check(inputs.folder(), run.outputs());
        }
    }

    /**
     * After changes outside cloudsync, {@code drift} (text and JSON) must say the profile drifted, exit 2, and send
     * nothing but GETs.
     */
    private static void drift(ScenarioRun run, ScenarioInputs inputs) {
        run.control.clearRequests();
        CliRun.Result text = run.run("drift", inputs.profileArgument());
        run.recordAll("drift.txt", text);
        assertThat(text.exitCode())
                .as("drift after outside changes: " + text.err())
                .isEqualTo(2);
        CliRun.Result json = run.run("drift", "--json", inputs.profileArgument());
        run.recordAll("drift.json", json);
        assertThat(json.exitCode()).isEqualTo(2);
        assertThat(run.control.mutatingRequestCount())
                .as("drift sends GETs only")
                .isZero();
    }

    /**
     * plan --out, then the tenant changes through the control plane ({@code changed-state.json}): apply FILE must
     * refuse, naming what changed, and send nothing; show FILE renders the saved plan offline.
     */
    private static void staleSavedPlan(ScenarioRun run, ScenarioInputs inputs) throws IOException {
        Path saved = Path.of("target/golden-scenarios", inputs.name(), "saved-plan.json");
        Files.createDirectories(saved.getParent());
        run.recordAll("plan-out.txt", run.withProfile("plan", "--out", saved.toString()));
        run.seed(inputs.changedStateText().orElseThrow());
        run.control.clearRequests();
        CliRun.Result stale = run.run("apply", saved.toString());
        run.recordAll("apply-saved-plan.txt", stale);
        assertThat(stale.exitCode()).as("a stale plan is refused").isEqualTo(1);
        assertThat(run.control.mutatingRequestCount())
                .as("a refused plan sends nothing")
                .isZero();
        run.recordAll("show.txt", run.offline("show", saved.toString()));
    }
}
