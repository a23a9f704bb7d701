package io.github.cloudsync.plan;

import io.github.cloudsync.diff.SecretComparison;
import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.Notifications;
import io.github.cloudsync.model.SecretKey;
import io.github.cloudsync.model.SecretValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The changes a secrets write makes inside each owned key, from the typed values (the profile's and the one the codec
 * decoded from Graph): the domain as it is (not a secret), the notification settings field by field under the
 * profile's names, each recipient added or removed on its own line; only AppKey, and a value the codec could not read,
 * stay {@code (sensitive)}.
 */
final class SecretChanges {
    private static final String DELETES_ENABLED = "accidentalDeletes.enabled";
    private static final String THRESHOLD = "accidentalDeletes.threshold";
    private static final String NOTIFICATIONS_ENABLED = "notifications.enabled";
    private static final String RECIPIENTS = "notifications.recipients";

    private SecretChanges() {}

    /** The changes for one owned key that is written; none for one that matches. */
    static List<Action.Change> of(SecretComparison compared, Optional<SecretValue> wanted) {
        String name = compared.key().key();
        if (compared.status() == SecretComparison.Status.MATCHES) {
            return List.of();
        }
        if (compared.key() == SecretKey.APP_KEY || wanted.isEmpty()) {
            return List.of(redacted(name, compared.status()));
        }
        return switch (compared.status()) {
            case MISSING -> fields(name, Optional.empty(), wanted.get());
            case DIFFERS ->
                compared.live().isPresent()
                        ? fields(name, compared.live(), wanted.get())
                        : List.of(redacted(name, compared.status()));
            case NOT_READABLE -> List.of(redacted(name, compared.status()));
            case MATCHES -> List.of();
        };
    }

    private static Action.Change redacted(String name, SecretComparison.Status status) {
        return switch (status) {
            case MISSING -> new Action.Change(name, null, Action.SENSITIVE, true);
            case NOT_READABLE -> new Action.Change(name, Action.NOT_READABLE, Action.SENSITIVE, true);
            case DIFFERS, MATCHES -> new Action.Change(name, Action.SENSITIVE, Action.SENSITIVE, true);
        };
    }

    private static List<Action.Change> fields(String name, Optional<SecretValue> live, SecretValue wanted) {
        if (wanted instanceof SecretValue.Domain domain) {
            String before = live.map(v -> ((SecretValue.Domain) v).name()).orElse(null);
            return List.of(new Action.Change(name, before, domain.name(), false));
        }
        if (wanted instanceof SecretValue.NotificationSettings settings) {
            return settings(name, live.map(SecretValue.NotificationSettings.class::cast), settings);
        }
        throw new IllegalStateException("no field-level changes for " + wanted.key());
    }

    private static List<Action.Change> settings(
            String name, Optional<SecretValue.NotificationSettings> live, SecretValue.NotificationSettings wanted) {
        List<Action.Change> changes = new ArrayList<>();
        Optional<AccidentalDeletes> deletes = live.map(SecretValue.NotificationSettings::accidentalDeletes);
        Optional<Notifications> notifications = live.map(SecretValue.NotificationSettings::notifications);
        field(
                changes,
                name + "." + DELETES_ENABLED,
                deletes.map(AccidentalDeletes::enabled),
                wanted.accidentalDeletes().enabled());
        field(
                changes,
                name + "." + THRESHOLD,
                deletes.map(AccidentalDeletes::threshold),
                wanted.accidentalDeletes().threshold());
        field(
                changes,
                name + "." + NOTIFICATIONS_ENABLED,
                notifications.map(Notifications::enabled),
                wanted.notifications().enabled());
        Map<String, String> before =
                addresses(notifications.map(Notifications::recipients).orElse(List.of()));
        Map<String, String> after = addresses(wanted.notifications().recipients());
        before.forEach((key, address) -> {
            if (!after.containsKey(key)) {
                changes.add(new Action.Change(name + "." + RECIPIENTS, address, null, false));
            }
        });
        after.forEach((key, address) -> {
            if (!before.containsKey(key)) {
                changes.add(new Action.Change(name + "." + RECIPIENTS, null, address, false));
            }
        });
        return changes;
    }

    private static void field(List<Action.Change> changes, String attribute, Optional<?> before, Object after) {
        if (before.isEmpty()) {
            changes.add(new Action.Change(attribute, null, String.valueOf(after), false));
        } else if (!before.get().equals(after)) {
            changes.add(new Action.Change(attribute, String.valueOf(before.get()), String.valueOf(after), false));
        }
    }

    /** Each address as written, keyed as the comparison sees it (trimmed, without case), in order. */
    private static Map<String, String> addresses(List<String> recipients) {
        Map<String, String> addresses = new LinkedHashMap<>();
        recipients.stream()
                .flatMap(r -> Arrays.stream(r.split("[;,]")))
                .map(String::trim)
                .filter(a -> !a.isEmpty())
                .forEach(a -> addresses.putIfAbsent(a.toLowerCase(Locale.ROOT), a));
        return addresses;
    }
}
