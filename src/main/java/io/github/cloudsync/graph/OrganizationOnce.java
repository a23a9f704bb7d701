package io.github.cloudsync.graph;

import io.github.cloudsync.model.Organization;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The tenant's organization record read once for the comparisons of one session: drift reads every profile of a
 * tenant through one session (docs/operations.md, drift), and each profile's plan needs the same record (its id for the tenant
 * check, {@code onPremisesSyncEnabled} for the directory sync flag), so a fleet of branch offices in one tenant sends
 * one GET for it, not one per profile. Profiles that ask while that GET is on its way wait for its answer. A failed
 * read is not kept: the profiles that waited for it fail with its error (and drift reads a throttled one again), and
 * the next to ask sends a new GET. Reads that may follow this session's writes (apply) do not use it.
 */
final class OrganizationOnce {
    private final AtomicReference<CompletableFuture<Organization>> read = new AtomicReference<>();

    /** The record's read: the one already sent or answered, or a new one started with {@code send}. */
    CompletableFuture<Organization> get(Supplier<CompletableFuture<Organization>> send) {
        while (true) {
            CompletableFuture<Organization> known = read.get();
            if (known != null && !known.isCompletedExceptionally()) {
                return known;
            }
            CompletableFuture<Organization> fresh = new CompletableFuture<>();
            if (read.compareAndSet(known, fresh)) {
                // the relay's own future completes with the read's; the read's failure is passed on, not lost
                CompletableFuture<Organization> unused = send.get().whenComplete((organization, failure) -> {
                    if (failure != null) {
                        fresh.completeExceptionally(failure);
                    } else {
                        fresh.complete(organization);
                    }
                });
                return fresh;
            }
        }
    }
}
