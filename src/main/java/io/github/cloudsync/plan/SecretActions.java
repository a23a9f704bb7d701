package io.github.cloudsync.plan;

import io.github.cloudsync.diff.Diff;
import io.github.cloudsync.diff.SecretComparison;
import java.util.List;

/**
 * The secrets action: one PUT of every owned key when any owned key differs or is missing, or when password hash sync
 * changes (AppKey). AppKey cannot be read back (docs/graph.md section 4.9), so on its own it never triggers a write (a
 * plan would otherwise never be empty); it gets a notice instead.
 */
final class SecretActions {
    private SecretActions() {}

    static void add(Diff diff, boolean passwordHashChange, List<Action> actions, List<Plan.Notice> notices) {
        List<String> unreadable = diff.secrets().stream()
                .filter(s -> s.status() == SecretComparison.Status.NOT_READABLE)
                .map(s -> s.key().key())
                .toList();
        if (!passwordHashChange && diff.secrets().stream().noneMatch(SecretComparison::needsWrite)) {
            for (String key : unreadable) {
                notices.add(new Plan.Notice(
                        Action.SECRETS,
                        key + " is not readable: Graph does not return its value, so cloudsync cannot check it",
                        "nothing to do: cloudsync writes it with every secrets change"));
            }
            return;
        }
        actions.add(new Action.PutSecrets(diff.ownedSecrets(), diff.secrets(), passwordHashChange));
        if (!diff.maskedUnownedSecrets().isEmpty()) {
            // docs/graph.md section 6.3: Graph keeps keys a PUT leaves out (per-key merge, the evidence says), but no
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
