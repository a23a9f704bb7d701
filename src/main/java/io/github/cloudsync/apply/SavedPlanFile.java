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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes saved plans ({@code plan --out}) as JSON files. */
public final class SavedPlanFile {
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

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

    /** Whether the text is a plan as {@code plan --json} prints it: a caption and actions, and no saved plan's basis. */
    private static boolean printedPlan(String text) {
        try {
            JsonNode tree = JSON.readTree(text);
            return tree.isObject() && tree.has("caption") && tree.has("actions") && !tree.has("profileDigest");
        } catch (JacksonException e) {
            return false;
        }
    }

    /** A saved plan holds one profile (at most 1 MiB) and its actions; 16 MiB is far above any real one. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    public static SavedPlan read(Path file) {
        SavedPlan plan;
        try {
            BoundedRead.Outcome read = BoundedRead.read(file, MAX_BYTES, "a saved plan");
            if (read.bytes().isEmpty()) {
                throw SavedPlanUnusable.unreadable(file.toString(), read.refusal() + " (" + read.hint() + ")", null);
            }
            String text = new String(read.bytes().get(), StandardCharsets.UTF_8);
            if (printedPlan(text)) {
                throw SavedPlanUnusable.notASavedPlan(file.toString());
            }
            plan = JSON.readValue(text, SavedPlan.class);
        } catch (JacksonException e) {
            throw SavedPlanUnusable.unreadable(file.toString(), e.getMessage(), e);
        }
        if (!SavedPlan.FORMAT_VERSION.equals(plan.formatVersion())) {
            throw SavedPlanUnusable.otherFormat(file.toString(), plan.formatVersion(), SavedPlan.FORMAT_VERSION);
        }
        if (!digest(plan.profile()).equals(plan.profileDigest())) {
            throw SavedPlanUnusable.modified(file.toString());
        }
        return plan;
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
