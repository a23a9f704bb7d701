package io.github.cloudsync.diff;

import io.github.cloudsync.model.LiveSecrets;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.Secret;
import io.github.cloudsync.model.SecretKey;
import io.github.cloudsync.model.SecretValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The secret values a profile owns, typed, and how a live value compares with them: semantically (the domain and the
 * recipients without case, the recipients as a set), never as text. Graph's text for them is the codec's in graph.
 */
public final class OwnedSecrets {
    private OwnedSecrets() {}

    /** The owned values for this configuration, in key order. */
    public static List<SecretValue> values(Profile.Configuration configuration) {
        return List.of(
                SecretValue.AppKey.of(configuration.passwordHashSync()),
                new SecretValue.Domain(configuration.domain()),
                new SecretValue.NotificationSettings(configuration.notifications(), configuration.accidentalDeletes()));
    }

    /**
     * How the live secret compares with the owned value. A key Graph does not return, or returns empty ({@code ""}
     * deletes a key, docs/graph.md section 6.3), is missing, except AppKey, which
     * Graph never returns (write-only, docs/graph.md section 4.9) and so is not readable; a masked value is not
     * readable; a value the codec could not read differs.
     */
    public static SecretComparison.Status compare(SecretValue wanted, LiveSecrets live) {
        Optional<Secret> read =
                live.secret(wanted.key().key()).filter(s -> !s.value().isEmpty());
        if (read.isEmpty()) {
            return wanted.key() == SecretKey.APP_KEY
                    ? SecretComparison.Status.NOT_READABLE
                    : SecretComparison.Status.MISSING;
        }
        if (read.get().masked()) {
            return SecretComparison.Status.NOT_READABLE;
        }
        boolean same = live.value(wanted.key()).filter(v -> same(wanted, v)).isPresent();
        return same ? SecretComparison.Status.MATCHES : SecretComparison.Status.DIFFERS;
    }

    private static boolean same(SecretValue wanted, SecretValue live) {
        if (wanted instanceof SecretValue.Domain w && live instanceof SecretValue.Domain l) {
            return w.name().equalsIgnoreCase(l.name());
        }
        if (wanted instanceof SecretValue.NotificationSettings w
                && live instanceof SecretValue.NotificationSettings l) {
            return w.notifications().enabled() == l.notifications().enabled()
                    && addresses(w.notifications().recipients())
                            .equals(addresses(l.notifications().recipients()))
                    && w.accidentalDeletes().equals(l.accidentalDeletes());
        }
        return wanted.equals(live);
    }

    /** Recipients as a set of addresses: trimmed, without case. */
    private static Set<String> addresses(List<String> recipients) {
        return recipients.stream()
                .flatMap(r -> Arrays.stream(r.split("[;,]")))
                .map(String::trim)
                .filter(a -> !a.isEmpty())
                .map(a -> a.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }
}
