package io.github.cloudsync.cli;

import io.github.cloudsync.apply.SavedPlan;
import io.github.cloudsync.apply.SavedPlanFile;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.ProfileException;
import io.github.cloudsync.model.SavedPlanUnusable;
import io.github.cloudsync.profile.LoadResult;
import io.github.cloudsync.profile.ProfileLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A saved plan together with the profile loaded from the text saved in it, checked exactly as {@code validate} checks a
 * file (the same loader, the same problems at the same FILE:LINE:COL), then held to the plan's digest and tenant; so an
 * edited plan file cannot carry a value no profile could hold.
 */
record SavedPlanProfile(SavedPlan saved, Profile profile) {
    /** Reads {@code planFile} strictly and loads its profile; refuses it, before any request, if either is wrong. */
    static SavedPlanProfile read(Path planFile) {
        SavedPlan saved = SavedPlanFile.read(planFile);
        LoadResult loaded = new ProfileLoader()
                .check(saved.profilePath(), saved.profileSource().getBytes(StandardCharsets.UTF_8));
        if (!loaded.valid()) {
            throw ProfileException.inSavedPlan(planFile.toString(), saved.profilePath(), loaded.formatted());
        }
        Profile profile = loaded.profile().orElseThrow();
        saved.requireMadeFrom(profile, planFile.toString());
        return new SavedPlanProfile(saved, profile);
    }

    /**
     * The text of {@code file} for a plan made from {@code loaded}: read once more and loaded again, so a file changed
     * while planning is refused rather than saved with a plan it was not planned from.
     */
    static String source(Path file, Profile loaded, Path planFile) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw SavedPlanUnusable.unwritable(
                    planFile.toString(), "cannot read " + file + " again: " + e.getMessage(), e);
        }
        LoadResult again = new ProfileLoader().check(file.toString(), bytes);
        if (again.profile()
                .map(SavedPlanFile::digest)
                .filter(SavedPlanFile.digest(loaded)::equals)
                .isEmpty()) {
            throw SavedPlanUnusable.unwritable(planFile.toString(), file + " changed while the plan was made", null);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
