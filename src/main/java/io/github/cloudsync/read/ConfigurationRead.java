package io.github.cloudsync.read;

import io.github.cloudsync.graph.GraphReader;
import io.github.cloudsync.graph.LiveStateReader;
import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.ConfigurationMissing;
import io.github.cloudsync.model.DeletesHeld;
import io.github.cloudsync.model.DeletesNotHeld;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.JobChoice;
import io.github.cloudsync.model.JobMissing;
import io.github.cloudsync.model.LiveSecrets;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.SecretValue;
import io.github.cloudsync.model.ServicePrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A profile's configuration as status, allow-deletes and restart need it, read with GETs only: the tenant is checked,
 * then the service principal, its jobs and its secrets (no schema). Refuses when the configuration does not exist.
 */
public record ConfigurationRead(
        Profile profile,
        String profileArgument,
        ServicePrincipal servicePrincipal,
        List<Job> jobs,
        LiveSecrets secrets,
        List<String> warnings) {
    public ConfigurationRead {
        jobs = List.copyOf(jobs);
        warnings = List.copyOf(warnings);
    }

    /** Reads the configuration the profile names; refuses another tenant or a configuration that does not exist. */
    public static ConfigurationRead read(Profile profile, String profileArgument, GraphReader graph) {
        String organization = graph.organization().id();
        TenantCheck.require(profile.tenant().id(), organization);
        String displayName = profile.configuration().displayName();
        List<ServicePrincipal> found = graph.findServicePrincipals(LiveStateReader.CLOUD_SYNC_TEMPLATE_ID, displayName);
        if (found.isEmpty()) {
            throw new ConfigurationMissing(organization, displayName, Optional.of(profileArgument));
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

    /**
     * The job of {@code templateId}; refuses when there is none, and of several takes the one plan keeps (the one that
     * runs, {@link JobChoice}).
     */
    public Job job(String templateId) {
        return JobChoice.among(
                        jobs.stream().filter(j -> j.ofTemplate(templateId)).toList())
                .map(JobChoice::kept)
                .orElseThrow(() -> new JobMissing(servicePrincipal.displayName(), templateId, profileArgument));
    }

    /**
     * The job of {@code templateId} when it holds back deletes (quarantined for TooManyDeletes, by reason or error code,
     * docs/graph.md section 16.4); refuses any other job,
     * since ForceDeletes on it would let through deletes no one reviewed.
     */
    public Job jobHoldingDeletes(String templateId) {
        Job target = job(templateId);
        if (!target.holdsDeletes()) {
            throw new DeletesNotHeld(
                    templateId, target.id(), target.status().code(), target.quarantineReason(), profileArgument);
        }
        return target;
    }

    /**
     * The job of {@code templateId} for a restart that lifts a quarantine; refuses one that holds back deletes, since
     * such a restart does not release them (allow-deletes does, docs/graph.md section 16.4).
     */
    public Job jobToLiftQuarantine(String templateId) {
        Job target = job(templateId);
        if (target.holdsDeletes()) {
            throw new DeletesHeld(templateId, target.id(), profileArgument);
        }
        return target;
    }

    /** The delete threshold Graph holds, as its codec read it; empty when the value is missing or unreadable. */
    public Optional<AccidentalDeletes> deleteThreshold() {
        return secrets.value(SecretValue.NotificationSettings.class)
                .map(SecretValue.NotificationSettings::accidentalDeletes);
    }
}
