package io.github.cloudsync.apply;

import io.github.cloudsync.graph.ReadOnlyGraphSession;
import io.github.cloudsync.graph.ReadsAfterWrites;
import io.github.cloudsync.model.NotConverged;
import io.github.cloudsync.read.PlanRun;
import java.util.Optional;

/**
 * Whether an apply converged: the tenant read again and planned again after the apply ({@code after}). It did when the
 * reader warned of nothing (a duplicate means another apply ran at the same time) and nothing is left to change.
 */
public record Convergence(PlanRun after) {
    /**
     * Re-reads the tenant {@code applied} was planned against and plans again. Right after the apply's writes Graph may
     * still show some of the tenant as it was (docs/graph.md section 16.1), so a read that has not converged is made
     * again, with growing waits, until it converges or the consistency deadline after the session's last write passes.
     */
    public static Convergence check(PlanRun applied, ReadOnlyGraphSession graph) {
        for (int read = 1; ; read++) {
            Convergence after = new Convergence(PlanRun.read(applied.profile(), applied.profileArgument(), graph));
            if (after.failure().isEmpty()
                    || !graph.consistency().awaitAfterWrites(read, "the tenant does not show every write yet")) {
                return after;
            }
        }
    }

    /**
     * As {@link #check(PlanRun, ReadOnlyGraphSession)} after {@code report}: when it knows the configuration's service
     * principal, each read sends all its GETs at once and is used when the tenant shows those ids (else it reads as a
     * plan does), so the check costs one round trip instead of three. The first read uses what the apply read after its
     * last write of it (the report's {@link ApplyReport#reads()}); a read made again asks Graph for everything.
     */
    public static Convergence check(PlanRun applied, ReadOnlyGraphSession graph, ApplyReport report) {
        if (report.servicePrincipalId().isEmpty()) {
            return check(applied, graph);
        }
        String servicePrincipalId = report.servicePrincipalId().get();
        for (int read = 1; ; read++) {
            Convergence after = new Convergence(PlanRun.readKnowing(
                    applied.profile(),
                    applied.profileArgument(),
                    graph,
                    servicePrincipalId,
                    report.provisioningJobId(),
                    read == 1 ? report.reads() : ReadsAfterWrites.NONE));
            if (after.failure().isEmpty()
                    || !graph.consistency().awaitAfterWrites(read, "the tenant does not show every write yet")) {
                return after;
            }
        }
    }

    /** The tenant holds duplicates; {@code after().warnings()} names them. */
    public boolean duplicates() {
        return !after.warnings().isEmpty();
    }

    /** Why the apply did not converge; empty when it did. */
    public Optional<NotConverged> failure() {
        return duplicates() || !after.plan().empty() ? Optional.of(new NotConverged(duplicates())) : Optional.empty();
    }
}
