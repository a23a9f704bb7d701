package io.github.cloudsync.model;

import java.util.Objects;

/**
 * The typed value of a secret key a profile owns. Graph holds each as JSON text inside the secret's value; only the
 * codec in {@code graph} knows that text, so everything else compares and carries these records.
 */
public sealed interface SecretValue {
    SecretKey key();

    /** The on-premises AD domain the configuration syncs. */
    record Domain(String name) implements SecretValue {
        public Domain {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public SecretKey key() {
            return SecretKey.DOMAIN;
        }
    }

    /** The scenario the configuration's application key serves: provisioning alone, or with password hashes. */
    record AppKey(Scenario scenario) implements SecretValue {
        /** Provisioning only, or provisioning with password hash sync. */
        public enum Scenario {
            PROVISIONING,
            PASSWORD_HASH
        }

        public AppKey {
            Objects.requireNonNull(scenario, "scenario");
        }

        /** The application key for a configuration with or without password hash sync. */
        public static AppKey of(boolean passwordHashSync) {
            return new AppKey(passwordHashSync ? Scenario.PASSWORD_HASH : Scenario.PROVISIONING);
        }

        @Override
        public SecretKey key() {
            return SecretKey.APP_KEY;
        }
    }

    /** Quarantine e-mail notifications and the accidental-delete threshold, which Graph keeps in one value. */
    record NotificationSettings(Notifications notifications, AccidentalDeletes accidentalDeletes)
            implements SecretValue {
        /** What Graph assumes for a value, or a part of one, that it does not hold. */
        public static final NotificationSettings GRAPH_DEFAULT =
                new NotificationSettings(Notifications.DEFAULT, AccidentalDeletes.DEFAULT);

        public NotificationSettings {
            Objects.requireNonNull(notifications, "notifications");
            Objects.requireNonNull(accidentalDeletes, "accidentalDeletes");
        }

        @Override
        public SecretKey key() {
            return SecretKey.SYNC_NOTIFICATION_SETTINGS;
        }
    }
}
