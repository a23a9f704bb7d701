package io.github.cloudsync.model;

import java.util.Arrays;
import java.util.Optional;

/** The synchronization secret keys a profile owns, by the names Graph gives them, in key order. */
public enum SecretKey {
    APP_KEY("AppKey"),
    DOMAIN("Domain"),
    SYNC_NOTIFICATION_SETTINGS("SyncNotificationSettings");

    private final String key;

    SecretKey(String key) {
        this.key = key;
    }

    /** The secret's {@code key} in Graph. */
    public String key() {
        return key;
    }

    public static Optional<SecretKey> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
