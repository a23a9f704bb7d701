package io.github.cloudsync.cli;

import io.github.cloudsync.apply.Fingerprints;
import io.github.cloudsync.apply.SavedPlan;
import io.github.cloudsync.graph.GraphEndpoint;
import io.github.cloudsync.model.PlanException;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.render.JsonRenderer;
import io.github.cloudsync.render.MarkdownRenderer;
import io.github.cloudsync.render.TextRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes saved plans ({@code plan --out}) as JSON files. */
final class SavedPlanFile {
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private SavedPlanFile() {}

    /** A saved plan for what {@code run} read and planned through {@code graph}. */
    static SavedPlan of(PlanRun run, GraphOptions options) {
        return new SavedPlan(
                SavedPlan.FORMAT_VERSION,
                Version.number(),
                digest(run.profile()),
                run.profileArgument(),
                graphRoot(run.profile(), options),
                run.profile().tenant().id(),
                run.profile(),
                Fingerprints.of(run.live()),
                JsonRenderer.tree(run.plan(), JsonRenderer.DEFAULT_CAPTION),
                TextRenderer.render(run.plan()),
                MarkdownRenderer.render(run.plan()));
    }

    /** The Graph root a plan is made against: {@code --graph-url}, else the profile's cloud's. */
    static String graphRoot(Profile profile, GraphOptions options) {
        return GraphEndpoint.of(profile.tenant().cloud(), options.graphUrl(), options.graphVersion())
                .graphRoot()
                .toString();
    }

    /** Whether {@code now} is the plan that was saved (compared as parsed JSON, so number widths do not matter). */
    static boolean samePlan(SavedPlan saved, io.github.cloudsync.plan.Plan now) {
        String text = JSON.writeValueAsString(JsonRenderer.tree(now, JsonRenderer.DEFAULT_CAPTION));
        return JSON.readTree(text).equals(JSON.readTree(JSON.writeValueAsString(saved.plan())));
    }

    static void write(Path file, SavedPlan plan) {
        try {
            Files.writeString(file, JSON.writeValueAsString(plan) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PlanException("cannot write the plan to " + file + ": " + e.getMessage(), "check the path", e);
        }
    }

    static SavedPlan read(Path file) {
        SavedPlan plan;
        try {
            plan = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), SavedPlan.class);
        } catch (IOException | JacksonException e) {
            throw new PlanException(
                    "cannot read the saved plan " + file + ": " + e.getMessage(),
                    "make it again with `cloudsync plan -p PROFILE --out " + file + "`",
                    e);
        }
        if (!SavedPlan.FORMAT_VERSION.equals(plan.formatVersion())) {
            throw new PlanException(
                    file + " is a saved plan of format " + plan.formatVersion() + "; this cloudsync reads format "
                            + SavedPlan.FORMAT_VERSION,
                    "make it again with this version of cloudsync");
        }
        if (!digest(plan.profile()).equals(plan.profileDigest())) {
            throw new PlanException(
                    file + " was modified after it was saved (its profile digest does not match)",
                    "make it again with `cloudsync plan --out`");
        }
        return plan;
    }

    /** SHA-256 of the profile as loaded (defaults applied), so a plan is tied to exactly what it was made from. */
    static String digest(Profile profile) {
        try {
            byte[] bytes = JSON.writeValueAsString(profile).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
