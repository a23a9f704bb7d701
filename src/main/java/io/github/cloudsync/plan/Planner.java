package io.github.cloudsync.plan;

import io.github.cloudsync.diff.Diff;
import io.github.cloudsync.diff.Differ;
import io.github.cloudsync.diff.JobComparison;
import io.github.cloudsync.diff.SchemaComparison;
import io.github.cloudsync.diff.SchemaProblem;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.LiveState;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.ProfileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a profile and the live state into an ordered plan (docs/architecture.md section 4); pure. Planning the result
 * of applying a plan gives an empty plan (the property test in this package's tests checks it).
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
        Plan plan = fromDiff(Differ.diff(profile, live), profileArgument);
        List<String> lost = SecretLoss.seen(live.secrets());
        if (lost.isEmpty()) {
            return plan;
        }
        List<Plan.Notice> notices = new ArrayList<>(plan.notices());
        notices.add(new Plan.Notice(
                Action.SECRETS,
                String.join(", ", lost) + " is missing: the secrets hold the service account's UserName without it,"
                        + " so an earlier secrets write probably lost it (docs/graph.md section 6.3)",
                "cloudsync cannot set it: run the provisioning agent's configuration wizard again on the agent's"
                        + " server (https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/how-to-install);"
                        + " `cloudsync drift` reports it as an error until then"));
        return new Plan(plan.actions(), notices, plan.unmanagedMappings());
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
        boolean passwordHashChange = schemaActions(diff, profileArgument, actions, notices);
        passwordHashChange |= actions.stream()
                .anyMatch(a -> (a instanceof Action.CreateJob c && c.template() == JobTemplate.PASSWORD_HASH)
                        || (a instanceof Action.DeleteJob d
                                && d.template() == JobTemplate.PASSWORD_HASH
                                && !d.extra()));
        SecretActions.add(diff, passwordHashChange, actions, notices);
        ThresholdNotice.add(diff, profileArgument, notices);
        return new Plan(ActionOrder.sort(actions), notices, diff.unmanagedMappings());
    }

    /**
     * Adds the schema action, if any, and its notices; true when it changes password hash sync. A profile that names
     * what the live schema lacks (a target, a source attribute) cannot be planned: that is a problem with the profile,
     * at its file:line:col.
     */
    private static boolean schemaActions(
            Diff diff, String profileArgument, List<Action> actions, List<Plan.Notice> notices) {
        if (!diff.schemaProblems().isEmpty()) {
            throw new ProfileException(
                    diff.schemaProblems().get(0).at().file(),
                    diff.schemaProblems().stream().map(SchemaProblem::formatted).toList());
        }
        SchemaComparison schema = diff.schema();
        if (!diff.unmanagedMappings().isEmpty()) {
            notices.add(SchemaNotices.unmanaged(diff.unmanagedMappings()));
        }
        if (schema instanceof SchemaComparison.Patch p) {
            Action.PutSchema put = new Action.PutSchema(
                    JobTemplate.PROVISIONING,
                    Optional.of(p.patch()),
                    diff.passwordHashSync(),
                    SchemaPatch.changes(p.edits(), p.changes()),
                    diff.schemaWants(),
                    p.changes());
            actions.add(put);
            put.scopeChange().ifPresent(change -> notices.add(SchemaNotices.restartAfterScopeChange(profileArgument)));
            return !p.edits().isEmpty() || p.changes().stream().anyMatch(SchemaPatch::touchesCredentialData);
        }
        if (schema instanceof SchemaComparison.KnownAfterApply) {
            actions.add(new Action.PutSchema(
                    JobTemplate.PROVISIONING,
                    Optional.empty(),
                    diff.passwordHashSync(),
                    SchemaPatch.wanted(diff.schemaWants()),
                    diff.schemaWants(),
                    List.of()));
            return diff.passwordHashSync();
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
