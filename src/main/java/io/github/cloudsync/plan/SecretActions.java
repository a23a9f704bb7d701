package io.github.cloudsync.plan;

import io.github.cloudsync.diff.Diff;
import io.github.cloudsync.diff.SecretComparison;
import java.util.ArrayList;
import java.util.List;

/**
 * The secrets action: one PUT of every owned key when any owned key differs or is missing, or when password hash sync
 * changes (AppKey). AppKey cannot be read back (graph-api.md section 4.9), so on its own it never triggers a write (a
 * plan would otherwise never be empty); it gets a notice instead.
 */
final class SecretActions {
    private SecretActions() {}

    static void add(Diff diff, boolean passwordHashChange, List<Action> actions, List<Plan.Notice> notices) {
        List<String> reasons = new ArrayList<>();
        List<Action.Change> changes = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (SecretComparison secret : diff.secrets()) {
            switch (secret.status()) {
                case MISSING -> {
                    reasons.add(secret.key() + " is not set");
                    changes.add(new Action.Change(secret.key(), null, Action.SENSITIVE, true));
                }
                case DIFFERS -> {
                    reasons.add(secret.key() + " differs from the profile");
                    changes.add(new Action.Change(secret.key(), Action.SENSITIVE, Action.SENSITIVE, true));
                }
                case NOT_READABLE -> {
                    unreadable.add(secret.key());
                    changes.add(new Action.Change(secret.key(), Action.NOT_READABLE, Action.SENSITIVE, true));
                }
                case MATCHES -> {}
            }
        }
        if (passwordHashChange) {
            reasons.add("password hash sync changes, so AppKey is written");
        }
        if (reasons.isEmpty()) {
            for (String key : unreadable) {
                notices.add(new Plan.Notice(
                        Action.SECRETS,
                        key + " is not readable: Graph does not return its value, so cloudsync cannot check it",
                        "nothing to do: cloudsync writes it with every secrets change"));
            }
            return;
        }
        if (!unreadable.isEmpty()) {
            reasons.add(String.join(", ", unreadable)
                    + " cannot be read back from Graph and is sent with every secrets write");
        }
        actions.add(new Action.PutSecrets(diff.ownedSecrets(), changes, String.join("; ", reasons)));
        if (!diff.maskedUnownedSecrets().isEmpty()) {
            // graph-api.md section 6.3: Graph keeps keys a PUT leaves out (per-key merge, the evidence says), but no
            // client can send a masked value back, so under whole-set replace these keys would be lost
            notices.add(new Plan.Notice(
                    Action.SECRETS,
                    String.join(", ", diff.maskedUnownedSecrets())
                            + " is masked by Graph and cannot be sent back with the secrets write; Graph keeps keys a"
                            + " write leaves out, so it stays as it is",
                    "if it is missing after apply, set it again where it came from (the provisioning agent sets"
                            + " the service account's Password)"));
        }
    }
}
