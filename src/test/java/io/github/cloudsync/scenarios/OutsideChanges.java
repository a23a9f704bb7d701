package io.github.cloudsync.scenarios;

import com.flipkart.zjsonpatch.Jackson3JsonPatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A scenario's {@code outside-changes.json}: an RFC 6902 patch someone applies in the portal to the provisioning job's
 * schema after the tenant is seeded (the emulator's state is read with every schema, the patch applied, and the state
 * seeded again). What cloudsync then finds is changed outside cloudsync. {@code schema-patch.json} is applied the same
 * way, to start from the emulator's default schema with a few changes (an earlier scope, earlier mappings).
 */
final class OutsideChanges {
    static final String FILE = "outside-changes.json";
    static final String SEED_FILE = "schema-patch.json";
    private static final JsonMapper JSON = JsonMapper.shared();

    private OutsideChanges() {}

    static Optional<JsonNode> read(Path folder, String name) throws IOException {
        Path file = folder.resolve(name);
        return Files.exists(file) ? Optional.of(JSON.readTree(Files.readString(file))) : Optional.empty();
    }

    /** Applies {@code patch} to the first provisioning job's schema of the tenant {@code run} holds. */
    static void apply(ScenarioRun run, JsonNode patch) {
        JsonNode state = run.state().deepCopy();
        for (JsonNode sp : state.path("servicePrincipals")) {
            for (JsonNode job : sp.path("synchronization").path("jobs")) {
                if (job.path("templateId").asString("").equals("AD2AADProvisioning")) {
                    ((ObjectNode) job).set("schema", Jackson3JsonPatch.apply(patch, job.get("schema")));
                    run.seed(JSON.writeValueAsString(state));
                    return;
                }
            }
        }
        throw new IllegalStateException("the scenario has no provisioning job to change outside cloudsync");
    }
}
