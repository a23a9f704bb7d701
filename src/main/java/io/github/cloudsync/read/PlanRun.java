package io.github.cloudsync.read;

import io.github.cloudsync.graph.LiveStateRead;
import io.github.cloudsync.graph.ReadOnlyGraphSession;
import io.github.cloudsync.graph.ReadsAfterWrites;
import io.github.cloudsync.model.LiveState;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.plan.Plan;
import io.github.cloudsync.plan.Planner;
import java.util.List;
import java.util.Optional;

/** A profile, the live state read for it, what the reader warned about, and the plan: what plan, apply and drift share. */
public record PlanRun(Profile profile, String profileArgument, LiveState live, List<String> warnings, Plan plan) {
    public PlanRun {
        warnings = List.copyOf(warnings);
    }

    /** Reads the live state for {@code profile} (GETs only) and plans against it. */
    public static PlanRun read(Profile profile, String profileArgument, ReadOnlyGraphSession graph) {
        return planned(profile, profileArgument, graph.liveState().readWithWarnings(profile));
    }

    /**
     * As {@link #read}, for the convergence check of an apply that knows the service principal and provisioning job it
     * wrote: the same live state in one round trip when the tenant shows them (LiveStateReader#readKnowing).
     */
    public static PlanRun readKnowing(
            Profile profile,
            String profileArgument,
            ReadOnlyGraphSession graph,
            String servicePrincipalId,
            Optional<String> provisioningJobId,
            ReadsAfterWrites reads) {
        return planned(
                profile,
                profileArgument,
                graph.liveState().readKnowing(profile, servicePrincipalId, provisioningJobId, reads));
    }

    /**
     * As {@link #read}, the schema read without its directory definitions: the plan is the same, but its live state
     * cannot be fingerprinted, saved or applied. For drift and a plan that is shown, not saved.
     */
    public static PlanRun compare(Profile profile, String profileArgument, ReadOnlyGraphSession graph) {
        return planned(profile, profileArgument, graph.liveState().readForComparison(profile));
    }

    private static PlanRun planned(Profile profile, String profileArgument, LiveStateRead read) {
        TenantCheck.require(profile.tenant().id(), read.state().organization().id());
        Plan plan = Planner.plan(profile, read.state(), profileArgument);
        return new PlanRun(profile, profileArgument, read.state(), read.warnings(), plan);
    }
}
