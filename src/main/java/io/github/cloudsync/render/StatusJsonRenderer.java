package io.github.cloudsync.render;

import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.JobStatus;
import java.util.Optional;
import java.util.OptionalLong;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Renders {@code cloudsync status --json}: the same facts as the text, times as Graph sent them (null for never). */
public final class StatusJsonRenderer {
    /** 1.1 adds {@code quarantined_jobs} to 1.0. */
    public static final String FORMAT_VERSION = "1.1";

    private static final JsonMapper JSON = JsonMapper.shared();

    private StatusJsonRenderer() {}

    public static String render(StatusReport report) {
        return JsonText.pretty(tree(report));
    }

    /** The document as a tree, for {@code --json-lines}. */
    public static ObjectNode tree(StatusReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format_version", FORMAT_VERSION);
        root.put("profile", report.profileName());
        root.put("tenant_id", report.tenantId());
        root.putObject("service_principal")
                .put("id", report.servicePrincipal().id())
                .put("display_name", report.servicePrincipal().displayName());
        if (report.deleteThreshold().isPresent()) {
            root.putObject("delete_threshold")
                    .put("enabled", report.deleteThreshold().get().enabled())
                    .put("value", report.deleteThreshold().get().threshold());
        } else {
            root.putNull("delete_threshold");
        }
        root.put("quarantined_jobs", report.quarantinedJobs());
        var jobs = root.putArray("jobs");
        report.jobs().forEach(job -> jobs.add(job(job, report.nextCommand(job))));
        return root;
    }

    /** One job as {@code status --json} shows it; {@code nextCommand} is what to run about it, if anything. */
    static ObjectNode job(Job job, Optional<String> nextCommand) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", job.id());
        node.put("template", job.templateName());
        ObjectNode schedule = node.putObject("schedule");
        schedule.put("state", job.scheduleState().graphName());
        schedule.put("interval", job.interval());
        OptionalLong minutes = StatusReport.intervalMinutes(job.interval());
        if (minutes.isPresent()) {
            schedule.put("interval_minutes", minutes.getAsLong());
        } else {
            schedule.putNull("interval_minutes");
        }
        JobStatus status = job.status();
        node.put("status_code", status.code());
        node.put("quarantined", job.quarantined());
        Optional<JobStatus.Quarantine> quarantine = status.quarantine();
        if (quarantine.isPresent()) {
            JobStatus.Quarantine q = quarantine.get();
            ObjectNode qn = node.putObject("quarantine");
            qn.put("reason", q.reason());
            qn.put("since", StatusReport.time(q.currentBegan()));
            qn.put("next_attempt", StatusReport.time(q.nextAttempt()));
            qn.put("series_began", StatusReport.time(q.seriesBegan()));
            qn.put("series_count", q.seriesCount());
            qn.putObject("error").put("code", q.errorCode()).put("message", q.errorMessage());
        } else {
            node.putNull("quarantine");
        }
        execution(node, "last_execution", status.lastExecution());
        execution(node, "last_successful_execution", status.lastSuccessfulExecution());
        node.put("steady_state_last_achieved", StatusReport.time(status.steadyStateLastAchievedTime()));
        node.put("successive_complete_failures", status.countSuccessiveCompleteFailures());
        node.put("next_command", nextCommand.orElse(null));
        return node;
    }

    private static void execution(ObjectNode parent, String field, Optional<JobStatus.Execution> execution) {
        if (execution.isEmpty()) {
            parent.putNull(field);
            return;
        }
        JobStatus.Execution e = execution.get();
        ObjectNode node = parent.putObject(field);
        node.put("state", e.state());
        node.put("began", StatusReport.time(e.timeBegan()));
        node.put("ended", StatusReport.time(e.timeEnded()));
        node.put("imported", e.countImported());
        node.put("exported", e.countExported());
        node.put("escrowed", e.countEscrowed());
        if (e.errorCode() == null && e.errorMessage() == null) {
            node.putNull("error");
        } else {
            node.putObject("error").put("code", e.errorCode()).put("message", e.errorMessage());
        }
    }
}
