package io.github.cloudsync.scenarios;

import com.flipkart.zjsonpatch.Jackson3JsonPatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One scenario folder's inputs: {@code profile.yaml}, {@code state.json} (the emulator's state format, settings under
 * {@code emulator}) and, for a stale saved plan, {@code changed-state.json}. A job's {@code "schema": "fixture:NAME"}
 * stands for the file NAME under src/test/resources/fixtures/, so a 543 KB schema is not copied into every folder, and
 * a job's {@code "schemaPatch"} (RFC 6902) is applied to that schema before seeding.
 */
record ScenarioInputs(
        String name, Path folder, String profileText, String stateText, Optional<String> changedStateText) {
    static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ScenarioInputs read(Path folder) {
        Path changed = folder.resolve("changed-state.json");
        return new ScenarioInputs(
                folder.getFileName().toString(),
                folder,
                text(folder.resolve("profile.yaml")),
                text(folder.resolve("state.json")),
                Files.exists(changed) ? Optional.of(text(changed)) : Optional.empty());
    }

    /** The profile argument as the CLI gets it: a path relative to the project, so outputs name it stably. */
    String profileArgument() {
        return folder.resolve("profile.yaml").toString();
    }

    /** The state to seed, with fixture references replaced by the fixtures' JSON. */
    static String expand(String stateText) {
        JsonNode state = JSON.readTree(stateText);
        for (JsonNode sp : state.path("servicePrincipals")) {
            for (JsonNode job : sp.path("synchronization").path("jobs")) {
                String schema = job.path("schema").asString("");
                if (schema.startsWith("fixture:")) {
                    ((ObjectNode) job).set("schema", JSON.readTree(text(FIXTURES.resolve(schema.substring(8)))));
                }
                JsonNode patch = ((ObjectNode) job).remove("schemaPatch");
                if (patch != null) {
                    ((ObjectNode) job).set("schema", Jackson3JsonPatch.apply(patch, job.get("schema")));
                }
            }
        }
        return JSON.writeValueAsString(state);
    }

    static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
