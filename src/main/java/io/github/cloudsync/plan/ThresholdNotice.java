package io.github.cloudsync.plan;

import io.github.cloudsync.diff.Diff;
import io.github.cloudsync.diff.JobComparison;
import io.github.cloudsync.diff.SecretComparison;
import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.SecretKey;
import io.github.cloudsync.model.SecretValue;
import java.util.List;
import java.util.Optional;

/**
 * The notice for a job whose own delete threshold (its job setting, docs/graph.md section 16.4) is not the profile's
 * {@code accidentalDeletes.threshold}. cloudsync writes the threshold to the secrets only (section 6.1); which of the
 * two the service enforces, and when the job's copy follows the secret, Graph does not document (section 16.5), so the
 * disagreement is shown, never acted on. Nothing is said when the profile turns the threshold off.
 */
final class ThresholdNotice {
    private ThresholdNotice() {}

    static void add(Diff diff, String profileArgument, List<Plan.Notice> notices) {
        Optional<AccidentalDeletes> wanted = diff.ownedSecrets().stream()
                .filter(SecretValue.NotificationSettings.class::isInstance)
                .map(v -> ((SecretValue.NotificationSettings) v).accidentalDeletes())
                .filter(AccidentalDeletes::enabled)
                .findFirst();
        if (wanted.isEmpty()) {
            return;
        }
        int threshold = wanted.get().threshold();
        boolean secretsWritten = written(diff.secrets());
        for (JobComparison job : diff.jobs()) {
            if (!job.wanted() || job.first().isEmpty()) {
                continue;
            }
            Job live = job.first().get();
            live.settings()
                    .deleteThreshold()
                    .filter(held -> held != threshold)
                    .ifPresent(held -> notices.add(new Plan.Notice(
                            Action.jobAddress(job.template()),
                            new NoticeSubject.JobDeleteThresholdDiffers(
                                    job.template(), live.id(), held, threshold, secretsWritten, profileArgument))));
        }
    }

    /** Whether the plan writes the notification settings, which hold the threshold. */
    private static boolean written(List<SecretComparison> secrets) {
        return secrets.stream().anyMatch(c -> c.key() == SecretKey.SYNC_NOTIFICATION_SETTINGS && c.needsWrite());
    }
}
