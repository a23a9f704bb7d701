package io.github.cloudsync.model;

import java.util.List;

/** Quarantine e-mail notifications: whether they are sent and to whom. */
public record Notifications(boolean enabled, List<String> recipients) {
    public static final Notifications DEFAULT = new Notifications(true, List.of());

    public Notifications {
        recipients = List.copyOf(recipients);
    }
}
