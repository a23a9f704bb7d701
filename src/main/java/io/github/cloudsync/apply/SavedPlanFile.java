package io.github.cloudsync.apply;

import io.github.cloudsync.files.AtomicWrite;
import io.github.cloudsync.files.BoundedRead;
import io.github.cloudsync.graph.GraphEndpoint;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.SavedPlanUnusable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes saved plans ({@code plan --out}) as JSON files. */
public final class SavedPlanFile {
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private SavedPlanFile() {}

    /** The Graph root a plan is made against: {@code graphUrl} ({@code --graph-url}) if given, else the cloud's. */
    public static String graphRoot(Profile profile, String graphUrl, String graphVersion) {
        return GraphEndpoint.of(profile.tenant().cloud(), graphUrl, graphVersion)
                .graphRoot()
                .toString();
    }

    /** Whether {@code now} is the plan that was saved (compared as parsed JSON, so number widths do not matter). */
    static boolean samePlan(SavedPlan saved, JsonNode now) {
        String text = JSON.writeValueAsString(now);
        return JSON.readTree(text).equals(JSON.readTree(JSON.writeValueAsString(saved.plan())));
    }

    public static void write(Path file, SavedPlan plan) {
        try {
            AtomicWrite.write(file, (JSON.writeValueAsString(plan) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw SavedPlanUnusable.unwritable(file.toString(), e.getMessage(), e);
        }
    }

    /** Whether the tree is a plan as {@code plan --json} prints it: a caption and actions, and no saved plan's basis. */
    private static boolean printedPlan(JsonNode tree) {
        return tree.isObject() && tree.has("caption") && tree.has("actions") && !tree.has("profileDigest");
    }

    /** A saved plan holds one profile (at most 1 MiB) and its actions; 16 MiB is far above any real one. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    /**
     * Reads a saved plan strictly: a field this format does not have, a missing one or trailing text refuses the file.
     * The profile in it is not checked here; {@link SavedPlan#requireMadeFrom} does once it has been loaded.
     */
    public static SavedPlan read(Path file) {
        String shown = file.toString();
        try {
            BoundedRead.Outcome read = BoundedRead.read(file, MAX_BYTES, "a saved plan");
            if (read.bytes().isEmpty()) {
                throw SavedPlanUnusable.unreadable(shown, read.refusal() + " (" + read.hint() + ")", null);
            }
            JsonNode tree = STRICT.readTree(new String(read.bytes().get(), StandardCharsets.UTF_8));
            if (printedPlan(tree)) {
                throw SavedPlanUnusable.notASavedPlan(shown);
            }
            String format = tree.path("formatVersion").asString("");
            if (!SavedPlan.FORMAT_VERSION.equals(format)) {
                throw SavedPlanUnusable.otherFormat(
                        shown, format.isEmpty() ? "(none)" : format, SavedPlan.FORMAT_VERSION);
            }
            return STRICT.treeToValue(tree, SavedPlan.class);
        } catch (UnrecognizedPropertyException e) {
            throw SavedPlanUnusable.unknownField(shown, e.getPropertyName());
        } catch (JacksonException e) {
            throw SavedPlanUnusable.unreadable(shown, e.getOriginalMessage(), e);
        }
    }

    /** SHA-256 of the profile as loaded (defaults applied), so a plan is tied to exactly what it was made from. */
    public static String digest(Profile profile) {
        try {
            byte[] bytes = JSON.writeValueAsString(profile).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
