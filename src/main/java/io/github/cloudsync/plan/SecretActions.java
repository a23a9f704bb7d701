package io.github.cloudsync.plan;

import io.github.cloudsync.diff.Diff;
import io.github.cloudsync.diff.SecretComparison;
import io.github.cloudsync.model.SecretKey;
import io.github.cloudsync.model.SecretValue;
import java.util.List;
import java.util.Optional;

/**
 * The secrets action: one PUT when an owned key differs or is missing, or when password hash sync changes. AppKey
 * cannot be read back (docs/graph.md section 4.9), and what re-sending it does is unknown (section 6.2), so it is
 * written only when it must be: password hash sync changes, the configuration is being set up (the service principal
 * is created by this plan, or its {@code Domain} secret is missing: the article writes AppKey and Domain in one body),
 * or Graph shows a value that differs. Being unreadable, it never triggers a write or a notice by itself; otherwise a
 * plan would never be empty, or always say the same thing.
 */
final class SecretActions {
    private SecretActions() {}

    static void add(Diff diff, boolean passwordHashChange, List<Action> actions, List<Plan.Notice> notices) {
        boolean withAppKey = passwordHashChange
                || comparison(diff, SecretKey.APP_KEY)
                        .filter(SecretComparison::needsWrite)
                        .isPresent()
                || comparison(diff, SecretKey.DOMAIN)
                        .filter(c -> c.status() == SecretComparison.Status.MISSING)
                        .isPresent();
        List<SecretValue> values = diff.ownedSecrets().stream()
                .filter(v -> withAppKey || v.key() != SecretKey.APP_KEY)
                .toList();
        List<SecretComparison> compared = diff.secrets().stream()
                .filter(c -> withAppKey || c.key() != SecretKey.APP_KEY)
                .toList();
        if (!passwordHashChange && compared.stream().noneMatch(SecretComparison::needsWrite)) {
            for (SecretComparison unreadable : compared) {
                if (unreadable.status() == SecretComparison.Status.NOT_READABLE) {
                    notices.add(new Plan.Notice(
                            Action.SECRETS,
                            unreadable.key().key() + " is not readable: Graph masks its value, so cloudsync cannot"
                                    + " check it",
                            "nothing to do: cloudsync writes it with every secrets change"));
                }
            }
            return;
        }
        actions.add(new Action.PutSecrets(values, compared, passwordHashChange));
        if (!diff.maskedUnownedSecrets().isEmpty()) {
            // docs/graph.md section 6.3: whether Graph keeps the keys a PUT leaves out is not settled; no client can
            // send a masked value back, so cloudsync assumes it does, and apply reads the secrets back to check
            notices.add(new Plan.Notice(
                    Action.SECRETS,
                    String.join(", ", diff.maskedUnownedSecrets())
                            + " is masked by Graph and cannot be sent back with the secrets write; cloudsync assumes"
                            + " Graph keeps the keys a write leaves out (the evidence points to per-key merge, but it is"
                            + " not documented)",
                    "nothing to do if it does; if Graph replaces the whole set instead, apply finds the key missing"
                            + " when it reads the secrets back and fails, naming it"));
        }
    }

    private static Optional<SecretComparison> comparison(Diff diff, SecretKey key) {
        return diff.secrets().stream().filter(c -> c.key() == key).findFirst();
    }
}
