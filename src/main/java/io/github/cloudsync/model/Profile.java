package io.github.cloudsync.model;

import java.util.Objects;

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

    /** What the configuration's service principal, jobs, secrets and schema should be. */
    public record Configuration(
            String domain,
            String displayName,
            boolean passwordHashSync,
            boolean exchangeHybridWriteback,
            AccidentalDeletes accidentalDeletes,
            Notifications notifications,
            DesiredState state) {
        public Configuration {
            Objects.requireNonNull(domain, "domain");
            Objects.requireNonNull(displayName, "displayName");
            Objects.requireNonNull(accidentalDeletes, "accidentalDeletes");
            Objects.requireNonNull(notifications, "notifications");
            Objects.requireNonNull(state, "state");
        }
    }
}
