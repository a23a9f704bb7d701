package io.github.cloudsync.plan;

import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.AttributeMappings;
import io.github.cloudsync.model.Cloud;
import io.github.cloudsync.model.DesiredState;
import io.github.cloudsync.model.Notifications;
import io.github.cloudsync.model.Profile;
import java.util.List;
import java.util.Optional;

/** Builds profiles for tests, starting from contoso.com with everything at its default. */
public final class ProfileBuilder {
    public static final String TENANT_ID = "00000000-0000-0000-0000-000000000001";

    private boolean directorySyncEnabled = true;
    private String domain = "contoso.com";
    private String displayName = "contoso.com";
    private boolean passwordHashSync = false;
    private boolean exchangeHybridWriteback = false;
    private Optional<Boolean> deviceSync = Optional.empty();
    private AccidentalDeletes accidentalDeletes = AccidentalDeletes.DEFAULT;
    private Notifications notifications = new Notifications(true, List.of("ops@contoso.com"));
    private DesiredState state = DesiredState.ACTIVE;

    public static ProfileBuilder contoso() {
        return new ProfileBuilder();
    }

    public ProfileBuilder directorySync(boolean enabled) {
        this.directorySyncEnabled = enabled;
        return this;
    }

    public ProfileBuilder domain(String domain) {
        this.domain = domain;
        this.displayName = domain;
        return this;
    }

    public ProfileBuilder passwordHashSync(boolean on) {
        this.passwordHashSync = on;
        return this;
    }

    public ProfileBuilder exchangeHybridWriteback(boolean on) {
        this.exchangeHybridWriteback = on;
        return this;
    }

    public ProfileBuilder deviceSync(boolean on) {
        this.deviceSync = Optional.of(on);
        return this;
    }

    public ProfileBuilder accidentalDeletes(boolean enabled, int threshold) {
        this.accidentalDeletes = new AccidentalDeletes(enabled, threshold);
        return this;
    }

    public ProfileBuilder notifications(boolean enabled, String... recipients) {
        this.notifications = new Notifications(enabled, List.of(recipients));
        return this;
    }

    public ProfileBuilder state(DesiredState state) {
        this.state = state;
        return this;
    }

    public Profile build() {
        return new Profile(
                "contoso",
                new Profile.Tenant(TENANT_ID, Cloud.GLOBAL, directorySyncEnabled),
                new Profile.Configuration(
                        domain,
                        displayName,
                        passwordHashSync,
                        exchangeHybridWriteback,
                        accidentalDeletes,
                        notifications,
                        state,
                        Optional.empty(),
                        deviceSync,
                        AttributeMappings.NONE));
    }
}
