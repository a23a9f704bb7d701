package io.github.cloudsync.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.diff.SecretComparison;
import io.github.cloudsync.diff.SecretComparison.Status;
import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.Notifications;
import io.github.cloudsync.model.SecretKey;
import io.github.cloudsync.model.SecretValue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A secrets write shows what changes inside each owned key from the typed values; only AppKey stays sensitive. */
class SecretChangesTest {
    private static final SecretValue.NotificationSettings WANTED =
            settings(true, 50, true, "ops@contoso.com", "new@contoso.com");

    @Test
    void eachFieldThatDiffersAndEachRecipientAddedOrRemovedIsOneChange() {
        SecretValue.NotificationSettings live = settings(true, 500, false, "OPS@contoso.com", "old@contoso.com");

        assertThat(changes(
                        new SecretComparison(SecretKey.SYNC_NOTIFICATION_SETTINGS, Status.DIFFERS, Optional.of(live)),
                        WANTED))
                .containsExactly(
                        "SyncNotificationSettings.accidentalDeletes.threshold: 500 -> 50",
                        "SyncNotificationSettings.notifications.enabled: false -> true",
                        "SyncNotificationSettings.notifications.recipients: old@contoso.com -> null",
                        "SyncNotificationSettings.notifications.recipients: null -> new@contoso.com");
    }

    @Test
    void aMissingKeyShowsEveryFieldAdded() {
        assertThat(changes(new SecretComparison(SecretKey.SYNC_NOTIFICATION_SETTINGS, Status.MISSING), WANTED))
                .containsExactly(
                        "SyncNotificationSettings.accidentalDeletes.enabled: null -> true",
                        "SyncNotificationSettings.accidentalDeletes.threshold: null -> 50",
                        "SyncNotificationSettings.notifications.enabled: null -> true",
                        "SyncNotificationSettings.notifications.recipients: null -> ops@contoso.com",
                        "SyncNotificationSettings.notifications.recipients: null -> new@contoso.com");
    }

    @Test
    void theDomainIsShownAsItIsNotASecret() {
        assertThat(changes(
                        new SecretComparison(
                                SecretKey.DOMAIN,
                                Status.DIFFERS,
                                Optional.of(new SecretValue.Domain("old.contoso.com"))),
                        new SecretValue.Domain("contoso.com")))
                .containsExactly("Domain: old.contoso.com -> contoso.com");
    }

    @Test
    void aValueTheCodecCouldNotReadAndAppKeyStaySensitive() {
        assertThat(changes(new SecretComparison(SecretKey.SYNC_NOTIFICATION_SETTINGS, Status.DIFFERS), WANTED))
                .containsExactly("SyncNotificationSettings: (sensitive) -> (sensitive)");
        assertThat(changes(new SecretComparison(SecretKey.APP_KEY, Status.NOT_READABLE), SecretValue.AppKey.of(true)))
                .containsExactly("AppKey: (not readable) -> (sensitive)");
        assertThat(changes(new SecretComparison(SecretKey.APP_KEY, Status.MISSING), SecretValue.AppKey.of(true)))
                .containsExactly("AppKey: null -> (sensitive)");
    }

    private static List<String> changes(SecretComparison compared, SecretValue wanted) {
        return new Action.PutSecrets(List.of(wanted), List.of(compared), true)
                .changes().stream()
                        .map(c -> c.attribute() + ": " + c.shownBefore() + " -> " + c.shownAfter())
                        .toList();
    }

    private static SecretValue.NotificationSettings settings(
            boolean deletesEnabled, int threshold, boolean notify, String... recipients) {
        return new SecretValue.NotificationSettings(
                new Notifications(notify, List.of(recipients)), new AccidentalDeletes(deletesEnabled, threshold));
    }
}
