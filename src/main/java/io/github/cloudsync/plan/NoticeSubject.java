package io.github.cloudsync.plan;

import io.github.cloudsync.model.JobTemplate;
import java.util.Objects;

/**
 * What a notice is about, typed, as an action carries a {@link Reason}: the values its wording needs are the subject's
 * fields, and only {@code render} words a typed subject.
 */
public sealed interface NoticeSubject {
    /** A notice whose words were written where it was made. */
    record Worded(String message, String whatToDo) implements NoticeSubject {
        public Worded {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(whatToDo, "whatToDo");
        }
    }

    /**
     * A job carries its own delete threshold (a job setting) that is not the profile's {@code accidentalDeletes}
     * threshold. {@code secretsWritten}: this plan writes the profile's threshold to the secrets; {@code profileArgument}
     * is the {@code -p} value the suggested command shows.
     */
    record JobDeleteThresholdDiffers(
            JobTemplate template,
            String jobId,
            int jobThreshold,
            int profileThreshold,
            boolean secretsWritten,
            String profileArgument)
            implements NoticeSubject {
        public JobDeleteThresholdDiffers {
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(jobId, "jobId");
            Objects.requireNonNull(profileArgument, "profileArgument");
        }
    }
}
