package io.github.cloudsync.apply;

import io.github.cloudsync.model.DirectorySyncOffRefused;
import io.github.cloudsync.plan.Action;
import io.github.cloudsync.plan.Plan;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * apply's guard for the tenant-wide destructive switch (docs/architecture.md section 8, docs/graph.md section 16.3): a plan that
 * turns directory sync off runs only with the explicit flag and, when a person is at a terminal, only once they typed
 * the tenant id back. Without a terminal the flag is enough; apply's own confirmation then needs --auto-approve.
 */
public final class DirectorySyncGuard {
    private DirectorySyncGuard() {}

    /**
     * Returns when {@code plan} may run; else throws {@link DirectorySyncOffRefused} before anything is written.
     *
     * @param allowed whether {@code --allow-directory-sync-off} was given
     * @param typeTenantId at a terminal, asks the person to type the tenant id it is given and returns the line typed
     *     (null at the end of input); empty without a terminal
     */
    public static void check(Plan plan, boolean allowed, Optional<UnaryOperator<String>> typeTenantId) {
        for (Action action : plan.tenantWideDestructive()) {
            String tenantId = ((Action.SetDirectorySync) action).organizationId();
            if (!allowed) {
                throw new DirectorySyncOffRefused(tenantId, DirectorySyncOffRefused.Why.NOT_ALLOWED);
            }
            if (typeTenantId.isPresent()) {
                String typed = typeTenantId.get().apply(tenantId);
                if (typed == null || !normalised(typed).equals(normalised(tenantId))) {
                    throw new DirectorySyncOffRefused(tenantId, DirectorySyncOffRefused.Why.NOT_CONFIRMED);
                }
            }
        }
    }

    /** Tenant ids are GUIDs: compared without surrounding blanks and ignoring case. */
    private static String normalised(String tenantId) {
        return tenantId.trim().toLowerCase(Locale.ROOT);
    }
}
