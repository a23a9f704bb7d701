package io.github.cloudsync.render;

import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.plan.NoticeSubject;
import io.github.cloudsync.plan.Plan;

/** The one wording of every notice, from its typed subject; every renderer shows this. */
final class NoticeText {
    private NoticeText() {}

    /** What the notice says happened or holds. */
    static String message(Plan.Notice notice) {
        NoticeSubject subject = notice.subject();
        if (subject instanceof NoticeSubject.Worded w) {
            return w.message();
        } else if (subject instanceof NoticeSubject.JobDeleteThresholdDiffers d) {
            return d.template().templateId() + " job " + d.jobId()
                    + " carries the job setting QuarantineTooManyDeletesThreshold " + d.jobThreshold()
                    + "; the profile's accidentalDeletes.threshold is " + d.profileThreshold();
        }
        throw new IllegalStateException("no wording for the notice at " + notice.address());
    }

    /** What a person can do about it. */
    static String whatToDo(Plan.Notice notice) {
        NoticeSubject subject = notice.subject();
        if (subject instanceof NoticeSubject.Worded w) {
            return w.whatToDo();
        } else if (subject instanceof NoticeSubject.JobDeleteThresholdDiffers d) {
            String restart = "cloudsync restart -p " + d.profileArgument() + " --scope quarantine"
                    + (d.template() == JobTemplate.PROVISIONING
                            ? ""
                            : " --job " + d.template().templateId());
            return d.secretsWritten()
                    ? "apply writes " + d.profileThreshold() + " to SyncNotificationSettings; if the job still"
                            + " carries " + d.jobThreshold() + " afterwards, restart it so it reads the threshold"
                            + " again: " + restart
                    : "SyncNotificationSettings already holds " + d.profileThreshold() + "; restart the job so it"
                            + " reads the threshold again: " + restart;
        }
        throw new IllegalStateException("no wording for the notice at " + notice.address());
    }
}
