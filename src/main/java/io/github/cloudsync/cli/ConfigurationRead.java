package io.github.cloudsync.cli;

import io.github.cloudsync.graph.GraphReader;
import io.github.cloudsync.graph.LiveStateReader;
import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.LiveSecrets;
import io.github.cloudsync.model.PlanException;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.SecretValue;
import io.github.cloudsync.model.ServicePrincipal;
import io.github.cloudsync.render.StatusReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A profile's configuration as status, allow-deletes and restart need it, read with GETs only: the tenant is checked,
 * then the service principal, its jobs and its secrets (no schema). Refuses when the configuration does not exist.
 */
record ConfigurationRead(
        Profile profile,
        String profileArgument,
        ServicePrincipal servicePrincipal,
        List<Job> jobs,
        LiveSecrets secrets,
        List<String> warnings) {
    ConfigurationRead {
        jobs = List.copyOf(jobs);
        warnings = List.copyOf(warnings);
    }

    static ConfigurationRead read(Profile profile, String profileArgument, GraphReader graph) {
        String organization = graph.organization().id();
        TenantCheck.require(profile.tenant().id(), organization);
        String displayName = profile.configuration().displayName();
        List<ServicePrincipal> found = graph.findServicePrincipals(LiveStateReader.CLOUD_SYNC_TEMPLATE_ID, displayName);
        if (found.isEmpty()) {
            throw new PlanException(
                    "tenant " + organization + " has no cloud sync configuration named \"" + displayName + "\"",
                    "run `cloudsync apply -p " + profileArgument
                            + "` to create it, or check configuration.displayName");
        }
        List<String> warnings = new ArrayList<>();
        if (found.size() > 1) {
            warnings.add(found.size() + " service principals are named '" + displayName + "'; using "
                    + found.get(0).id() + ", as plan and apply do");
        }
        ServicePrincipal sp = found.get(0);
        return new ConfigurationRead(
                profile, profileArgument, sp, graph.jobs(sp.id()), graph.secrets(sp.id()), warnings);
    }

    /** The job of {@code templateId}; refuses when there is none, warns and takes the first when there are several. */
    Job job(String templateId) {
        List<Job> matching =
                jobs.stream().filter(j -> j.templateId().equals(templateId)).toList();
        if (matching.isEmpty()) {
            throw new PlanException(
                    "the configuration \"" + servicePrincipal.displayName() + "\" has no " + templateId + " job",
                    "run `cloudsync status -p " + profileArgument + "` to see its jobs; pass one with --job");
        }
        return matching.get(0);
    }

    /** The delete threshold Graph holds, as its codec read it; empty when the value is missing or unreadable. */
    Optional<AccidentalDeletes> deleteThreshold() {
        return secrets.value(SecretValue.NotificationSettings.class)
                .map(SecretValue.NotificationSettings::accidentalDeletes);
    }

    /** The status report, managed jobs first in template order (provisioning, password hash, Exchange), then by id. */
    StatusReport report() {
        Comparator<Job> order = Comparator.<Job>comparingInt(
                        j -> j.template().map(JobTemplate::ordinal).orElse(JobTemplate.values().length))
                .thenComparing(Job::id);
        return new StatusReport(
                profile.name(),
                profileArgument,
                profile.tenant().id(),
                servicePrincipal,
                deleteThreshold(),
                jobs.stream().sorted(order).toList());
    }
}
