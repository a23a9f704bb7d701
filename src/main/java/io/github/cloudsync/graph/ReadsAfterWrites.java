package io.github.cloudsync.graph;

import io.github.cloudsync.model.LiveSecrets;
import io.github.cloudsync.model.ServicePrincipal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers an apply read after its last write of what they show: the service principals of the configuration's name,
 * listed after it made one, and the secrets read back after it wrote them. Nothing in the apply writes either again,
 * so the convergence re-read uses them instead of asking again ({@link LiveStateReader#readKnowing}); a re-read that
 * does not converge asks Graph for everything.
 */
public record ReadsAfterWrites(Optional<List<ServicePrincipal>> servicePrincipals, Optional<LiveSecrets> secrets) {
    /** Nothing read after a write. */
    public static final ReadsAfterWrites NONE = new ReadsAfterWrites(Optional.empty(), Optional.empty());

    public ReadsAfterWrites {
        Objects.requireNonNull(servicePrincipals, "servicePrincipals");
        Objects.requireNonNull(secrets, "secrets");
        servicePrincipals = servicePrincipals.map(List::copyOf);
    }
}
