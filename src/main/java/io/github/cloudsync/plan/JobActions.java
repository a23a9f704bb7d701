package io.github.cloudsync.plan;

import io.github.cloudsync.diff.JobComparison;
import io.github.cloudsync.model.DesiredState;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.ScheduleState;
import java.util.List;
import java.util.Locale;

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
            job.first()
                    .ifPresent(
                            j -> actions.add(new Action.DeleteJob(template, j.id(), false, unwantedReason(template))));
            job.others()
                    .forEach(j -> actions.add(new Action.DeleteJob(template, j.id(), true, unwantedReason(template))));
            return;
        }
        job.others()
                .forEach(j -> actions.add(new Action.DeleteJob(
                        template,
                        j.id(),
                        true,
                        "one job per template: " + job.first().orElseThrow().id() + " (the first by id) is kept")));
        if (job.first().isEmpty()) {
            if (template == JobTemplate.EXCHANGE_WRITEBACK) {
                actions.add(new Action.DiscoverDirectory(
                        "Active Directory",
                        "user",
                        "mailNickName",
                        "Exchange hybrid writeback needs mailNickName on user in the AD schema; checked before the"
                                + " job is created"));
            }
            actions.add(new Action.CreateJob(template, createReason(template)));
            if (state == DesiredState.ACTIVE) {
                actions.add(
                        new Action.StartJob(template, "Disabled", "state is active; a new job is created disabled"));
            }
            return;
        }
        Job live = job.first().get();
        if (live.quarantined()) {
            notices.add(QuarantineNotice.of(template, live, profileArgument));
        }
        String schedule = display(live.scheduleState());
        if (state == DesiredState.ACTIVE && live.scheduleState() != ScheduleState.ACTIVE && !live.quarantined()) {
            actions.add(new Action.StartJob(template, schedule, "state is active; the schedule is " + schedule));
        }
        if (state == DesiredState.PAUSED && live.scheduleState() == ScheduleState.ACTIVE) {
            actions.add(new Action.PauseJob(template, schedule, "state is paused; the schedule is " + schedule));
        }
    }

    /** A schedule state as Graph spells it (Active, Disabled, Paused). */
    static String display(ScheduleState state) {
        String name = state.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String createReason(JobTemplate template) {
        return switch (template) {
            case PROVISIONING -> "every configuration has an AD2AADProvisioning job; there is none";
            case PASSWORD_HASH -> "passwordHashSync is true; there is no AD2AADPasswordHash job";
            case EXCHANGE_WRITEBACK -> "exchangeHybridWriteback is true; there is no AAD2ADExchangeHybridWriteback job";
        };
    }

    private static String unwantedReason(JobTemplate template) {
        return switch (template) {
            case PROVISIONING -> "every configuration has an AD2AADProvisioning job";
            case PASSWORD_HASH -> "passwordHashSync is false";
            case EXCHANGE_WRITEBACK -> "exchangeHybridWriteback is false";
        };
    }
}
