package io.github.cloudsync.model;

import java.util.Objects;
import java.util.Optional;

/** One cloud sync configuration as a profile v1 file declares it, with defaults applied. */
public record Profile(String name, Tenant tenant, Configuration configuration) {
    public Profile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(configuration, "configuration");
    }

    /** The Azure tenant the configuration lives in. */
    public record Tenant(String id, Cloud cloud, boolean directorySyncEnabled) {
        public Tenant {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(cloud, "cloud");
        }
    }

    /**
     * What the configuration's service principal, jobs, secrets and schema should be. An empty {@code scope} means
     * all of the domain; {@code deviceSync} is the AD2AADDeviceSync job: true wants one, false wants none, empty (the
     * profile does not say) leaves whatever is there alone, so a v1 profile plans as it did before device sync.
     */
    public record Configuration(
            String domain,
            String displayName,
            boolean passwordHashSync,
            boolean exchangeHybridWriteback,
            AccidentalDeletes accidentalDeletes,
            Notifications notifications,
            DesiredState state,
            Optional<Scope> scope,
            Optional<Boolean> deviceSync,
            AttributeMappings attributeMappings) {
        public Configuration {
            Objects.requireNonNull(domain, "domain");
            Objects.requireNonNull(displayName, "displayName");
            Objects.requireNonNull(accidentalDeletes, "accidentalDeletes");
            Objects.requireNonNull(notifications, "notifications");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(deviceSync, "deviceSync");
            Objects.requireNonNull(attributeMappings, "attributeMappings");
        }

        /** A v1 configuration without the schema fields: all of the domain, device sync and every mapping not owned. */
        public Configuration(
                String domain,
                String displayName,
                boolean passwordHashSync,
                boolean exchangeHybridWriteback,
                AccidentalDeletes accidentalDeletes,
                Notifications notifications,
                DesiredState state) {
            this(
                    domain,
                    displayName,
                    passwordHashSync,
                    exchangeHybridWriteback,
                    accidentalDeletes,
                    notifications,
                    state,
                    Optional.empty(),
                    Optional.empty(),
                    AttributeMappings.NONE);
        }

        /** Whether the profile asks for the AD2AADDeviceSync job (false when it does not say). */
        public boolean wantsDeviceSync() {
            return deviceSync.orElse(false);
        }
    }
}
