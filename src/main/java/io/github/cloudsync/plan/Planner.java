package io.github.cloudsync.plan;

import io.github.cloudsync.diff.Diff;
import io.github.cloudsync.diff.Differ;
import io.github.cloudsync.diff.JobComparison;
import io.github.cloudsync.diff.SchemaComparison;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.LiveState;
import io.github.cloudsync.model.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a profile and the live state into an ordered plan (DESIGN.md section 4); pure. Planning the result of applying
 * a plan gives an empty plan (the property test in this package's tests checks it).
 */
public final class Planner {
    /** Used in notices' commands when the caller does not say how the profile was named on the command line. */
    public static final String DEFAULT_PROFILE_ARGUMENT = "PROFILE";

    private Planner() {}

    public static Plan plan(Profile profile, LiveState live) {
        return plan(profile, live, DEFAULT_PROFILE_ARGUMENT);
    }

    /** As {@link #plan(Profile, LiveState)}; {@code profileArgument} is the {@code -p} value notices' commands show. */
    public static Plan plan(Profile profile, LiveState live, String profileArgument) {
        return fromDiff(Differ.diff(profile, live), profileArgument);
    }

    /** The plan for a diff. */
    public static Plan fromDiff(Diff diff, String profileArgument) {
        List<Action> actions = new ArrayList<>();
        List<Plan.Notice> notices = new ArrayList<>();
        diff.directorySync()
                .ifPresent(d -> actions.add(new Action.SetDirectorySync(d.organizationId(), d.live(), d.wanted())));
        diff.servicePrincipalToCreate().ifPresent(name -> actions.add(new Action.CreateServicePrincipal(name)));
        for (JobComparison job : diff.jobs()) {
            JobActions.add(job, diff.state(), profileArgument, actions, notices);
        }
        boolean passwordHashChange = schemaActions(diff, actions, notices);
        passwordHashChange |= actions.stream()
                .anyMatch(a -> (a instanceof Action.CreateJob c && c.template() == JobTemplate.PASSWORD_HASH)
                        || (a instanceof Action.DeleteJob d
                                && d.template() == JobTemplate.PASSWORD_HASH
                                && !d.extra()));
        SecretActions.add(diff, passwordHashChange, actions, notices);
        ThresholdNotice.add(diff, profileArgument, notices);
        return new Plan(ActionOrder.sort(actions), notices);
    }

    /** Adds the schema action, if any; true when it changes password hash sync. */
    private static boolean schemaActions(Diff diff, List<Action> actions, List<Plan.Notice> notices) {
        SchemaComparison schema = diff.schema();
        if (schema instanceof SchemaComparison.Patch p) {
            actions.add(new Action.PutSchema(
                    JobTemplate.PROVISIONING,
                    Optional.of(p.patch()),
                    diff.passwordHashSync(),
                    SchemaPatch.changes(p.edits())));
            return true;
        }
        if (schema instanceof SchemaComparison.KnownAfterApply) {
            actions.add(new Action.PutSchema(
                    JobTemplate.PROVISIONING,
                    Optional.empty(),
                    diff.passwordHashSync(),
                    List.of(new Action.Change(
                            "objectMapping user->User attributeMapping CredentialData",
                            null,
                            Action.KNOWN_AFTER_APPLY,
                            false))));
            return true;
        }
        if (schema instanceof SchemaComparison.NotRead) {
            notices.add(new Plan.Notice(
                    Action.schemaAddress(JobTemplate.PROVISIONING),
                    "the provisioning job's schema was not read, so the CredentialData mapping was not checked",
                    "run the plan again; if this persists, report it"));
        }
        return false;
    }
}
