package io.github.cloudsync.importer;

import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.AttributeMappings;
import io.github.cloudsync.model.Cloud;
import io.github.cloudsync.model.DesiredState;
import io.github.cloudsync.model.DomainUnknown;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.JobChoice;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.LiveState;
import io.github.cloudsync.model.Notifications;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.ScheduleState;
import io.github.cloudsync.model.Scope;
import io.github.cloudsync.model.SecretKey;
import io.github.cloudsync.model.SecretValue;
import io.github.cloudsync.model.ServicePrincipal;
import io.github.cloudsync.profile.ProfileFormats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The profile that describes a live configuration, and a warning for everything in Graph that a profile cannot say
 * (so nothing is dropped silently): jobs of other templates, duplicate jobs, scoping filters on object mappings,
 * custom object mappings, and attribute mappings the profile has no words for. The scope and every attribute mapping
 * that differs from the template's default schema are written, in {@code exact} mode, when that default was read.
 */
public record ImportedProfile(Profile profile, List<String> warnings) {
    public ImportedProfile {
        warnings = List.copyOf(warnings);
    }

    /**
     * The profile for {@code live}; {@code templateSchema} is the provisioning template's default schema (rules only),
     * empty when there is no provisioning job to compare.
     */
    public static ImportedProfile of(LiveState live, Optional<JsonNode> templateSchema, Cloud cloud) {
        ServicePrincipal sp = live.servicePrincipal().orElseThrow();
        List<String> warnings = new ArrayList<>();
        String domain = domain(live, sp, warnings);
        Optional<SecretValue.NotificationSettings> settings =
                live.secrets().value(SecretValue.NotificationSettings.class);
        if (settings.isEmpty()) {
            warnings.add("the " + SecretKey.SYNC_NOTIFICATION_SETTINGS.key() + " secret is missing or unreadable: the"
                    + " profile says Graph's defaults (threshold " + AccidentalDeletes.DEFAULT.threshold()
                    + ", notifications on, no recipients), and plan will write them");
        }
        Optional<JsonNode> schema = live.provisioningSchema();
        Optional<Scope> scope = schema.flatMap(s -> ImportedScope.of(s, warnings));
        AttributeMappings mappings = schema.isPresent() && templateSchema.isPresent()
                ? new AttributeMappings(
                        AttributeMappings.Mode.EXACT, ImportedMappings.of(schema.get(), templateSchema.get(), warnings))
                : AttributeMappings.NONE;
        Profile.Configuration configuration = new Profile.Configuration(
                domain,
                sp.displayName(),
                !live.jobs(JobTemplate.PASSWORD_HASH).isEmpty(),
                !live.jobs(JobTemplate.EXCHANGE_WRITEBACK).isEmpty(),
                settings.map(s -> deletes(s.accidentalDeletes(), warnings)).orElse(AccidentalDeletes.DEFAULT),
                settings.map(s -> notifications(s.notifications(), warnings)).orElse(Notifications.DEFAULT),
                state(live, warnings),
                scope,
                Optional.of(!live.jobs(JobTemplate.DEVICE_SYNC).isEmpty()),
                mappings);
        jobWarnings(live, warnings);
        schema.ifPresent(s -> ImportedSchema.warnings(s, warnings));
        String name = name(sp.displayName().isBlank() ? domain : sp.displayName());
        Profile.Tenant tenant = new Profile.Tenant(
                live.organization().id(),
                cloud,
                Boolean.TRUE.equals(live.organization().onPremisesSyncEnabled()));
        return new ImportedProfile(new Profile(name, tenant, configuration), warnings);
    }

    private static String domain(LiveState live, ServicePrincipal sp, List<String> warnings) {
        Optional<String> domain = live.secrets()
                .value(SecretValue.Domain.class)
                .map(SecretValue.Domain::name)
                .filter(ProfileFormats::domain);
        if (domain.isPresent()) {
            return domain.get();
        }
        if (ProfileFormats.domain(sp.displayName())) {
            warnings.add("the Domain secret is missing or not a domain: the profile uses the display name \""
                    + sp.displayName() + "\" as the domain, and plan will write it; check it");
            return sp.displayName();
        }
        throw new DomainUnknown(sp.displayName());
    }

    private static AccidentalDeletes deletes(AccidentalDeletes live, List<String> warnings) {
        int threshold = live.threshold();
        int lowest = ProfileFormats.thresholdMinimum();
        int highest = ProfileFormats.thresholdMaximum();
        if (threshold < lowest || threshold > highest) {
            int kept = Math.max(lowest, Math.min(threshold, highest));
            warnings.add("the delete threshold " + threshold + " is outside what profile v1 accepts (" + lowest + " to "
                    + highest + "): the profile says " + kept + ", and plan will write it");
            threshold = kept;
        }
        return new AccidentalDeletes(live.enabled(), threshold);
    }

    private static Notifications notifications(Notifications live, List<String> warnings) {
        List<String> recipients = new ArrayList<>();
        for (String recipient : live.recipients()) {
            boolean duplicate = recipients.stream().anyMatch(r -> r.equalsIgnoreCase(recipient));
            if (!ProfileFormats.recipient(recipient)) {
                warnings.add("notification recipient \"" + recipient + "\" is not an e-mail address profile v1"
                        + " accepts: left out, so plan will remove it");
            } else if (!duplicate) {
                recipients.add(recipient);
            }
        }
        return new Notifications(live.enabled(), recipients);
    }

    /** Active unless every managed, unquarantined job is paused or disabled; mixed schedules are warned about. */
    private static DesiredState state(LiveState live, List<String> warnings) {
        List<Job> managed = live.jobs().stream()
                .filter(j -> j.template().isPresent() && !j.quarantined())
                .toList();
        long active = managed.stream()
                .filter(j -> j.scheduleState() == ScheduleState.ACTIVE)
                .count();
        if (managed.isEmpty() || active == managed.size()) {
            return DesiredState.ACTIVE;
        }
        if (active == 0) {
            return DesiredState.PAUSED;
        }
        warnings.add("some jobs run and some do not; profile v1 has one state for all: the profile says active, and"
                + " plan will start the others");
        return DesiredState.ACTIVE;
    }

    private static void jobWarnings(LiveState live, List<String> warnings) {
        for (Job job : live.jobs()) {
            if (job.template().isEmpty()) {
                warnings.add("job " + job.id() + " (template " + job.templateId() + ") is not one profile v1"
                        + " describes: cloudsync leaves it alone, and it is not in the profile");
            }
        }
        for (JobTemplate template : JobTemplate.values()) {
            List<Job> jobs = live.jobs(template);
            if (jobs.size() > 1) {
                warnings.add(jobs.size() + " " + template.templateId() + " jobs exist; profile v1 has one per"
                        + " template, so plan will delete all but "
                        + JobChoice.among(jobs).orElseThrow().kept().id());
            }
        }
    }

    /** A metadata.name from a display name: lower-case letters, digits and '-', at most 63 characters. */
    static String name(String from) {
        String name =
                from.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (name.length() > 63) {
            name = name.substring(0, 63).replaceAll("-+$", "");
        }
        return name.isEmpty() ? "imported" : name;
    }
}
