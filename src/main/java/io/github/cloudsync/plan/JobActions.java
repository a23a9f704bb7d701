package io.github.cloudsync.plan;

import io.github.cloudsync.diff.JobComparison;
import io.github.cloudsync.model.DesiredState;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.ScheduleState;
import java.util.List;
import java.util.Optional;

/**
 * The job actions for one managed template: create, delete (unwanted or extra), discover before Exchange writeback,
 * start or pause, and the quarantine notice.
 *
 * <p>State rule: {@code active} starts every wanted job whose schedule is not Active, new jobs included, but never a
 * quarantined one; {@code paused} pauses every wanted job whose schedule is Active and leaves Disabled and Paused jobs
 * alone, so a job created for a paused profile stays Disabled and a second plan is empty.
 */
final class JobActions {
    private JobActions() {}

    static void add(
            JobComparison job,
            DesiredState state,
            String profileArgument,
            List<Action> actions,
            List<Plan.Notice> notices) {
        JobTemplate template = job.template();
        if (!job.wanted()) {
            job.first().ifPresent(j -> actions.add(new Action.DeleteJob(template, j.id(), false, Optional.empty())));
            job.others().forEach(j -> actions.add(new Action.DeleteJob(template, j.id(), true, Optional.empty())));
            return;
        }
        Optional<Action.DeleteJob.Kept> kept =
                job.live().map(c -> new Action.DeleteJob.Kept(c.kept().id(), c.basis()));
        job.others().forEach(j -> actions.add(new Action.DeleteJob(template, j.id(), true, kept)));
        if (job.first().isEmpty()) {
            if (template == JobTemplate.EXCHANGE_WRITEBACK) {
                actions.add(new Action.DiscoverDirectory("Active Directory", "user", "mailNickName"));
            }
            actions.add(new Action.CreateJob(template));
            if (state == DesiredState.ACTIVE) {
                actions.add(new Action.StartJob(template, ScheduleState.DISABLED, true));
            }
            return;
        }
        Job live = job.first().get();
        if (live.quarantined()) {
            notices.add(QuarantineNotice.of(template, live, profileArgument));
        }
        if (state == DesiredState.ACTIVE && live.scheduleState() != ScheduleState.ACTIVE && !live.quarantined()) {
            actions.add(new Action.StartJob(template, live.scheduleState(), false));
        }
        if (state == DesiredState.PAUSED && live.scheduleState() == ScheduleState.ACTIVE) {
            actions.add(new Action.PauseJob(template, live.scheduleState()));
        }
    }
}
