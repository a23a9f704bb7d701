package io.github.cloudsync.cli;

import io.github.cloudsync.diff.OwnedSecrets;
import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.Cloud;
import io.github.cloudsync.model.DesiredState;
import io.github.cloudsync.model.DomainUnknown;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.LiveState;
import io.github.cloudsync.model.Notifications;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.ScheduleState;
import io.github.cloudsync.model.ServicePrincipal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The profile v1 that describes a live configuration, and a warning for everything in Graph that profile v1 cannot say
 * (so nothing is dropped silently): jobs of other templates, duplicate jobs, scoping filters, custom object mappings,
 * and the attribute mappings beyond CredentialData, which cloudsync keeps as they are but does not describe.
 */
record ImportedProfile(Profile profile, List<String> warnings) {
    /** The recipient pattern of schemas/profile.v1.schema.json. */
    private static final Pattern RECIPIENT =
            Pattern.compile("^[^@\\s;,]+@([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,63}$");

    private static final Pattern DOMAIN = Pattern.compile(
            "^([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$");

    ImportedProfile {
        warnings = List.copyOf(warnings);
    }

    static ImportedProfile of(LiveState live, Cloud cloud) {
        ServicePrincipal sp = live.servicePrincipal().orElseThrow();
        List<String> warnings = new ArrayList<>();
        String domain = domain(live, sp, warnings);
        Optional<JsonNode> settings = live.secret(OwnedSecrets.SYNC_NOTIFICATION_SETTINGS)
                .filter(s -> !s.masked())
                .flatMap(s -> OwnedSecrets.parseObject(s.value()));
        if (settings.isEmpty()) {
            warnings.add("the SyncNotificationSettings secret is missing or unreadable: the profile says Graph's"
                    + " defaults (threshold 500, notifications on, no recipients), and plan will write them");
        }
        Profile.Configuration configuration = new Profile.Configuration(
                domain,
                sp.displayName(),
                !live.jobs(JobTemplate.PASSWORD_HASH).isEmpty(),
                !live.jobs(JobTemplate.EXCHANGE_WRITEBACK).isEmpty(),
                settings.map(s -> deletes(s, warnings)).orElse(AccidentalDeletes.DEFAULT),
                settings.map(s -> notifications(s, warnings)).orElse(Notifications.DEFAULT),
                state(live, warnings));
        jobWarnings(live, warnings);
        live.provisioningSchema().ifPresent(schema -> ImportedSchema.warnings(schema, warnings));
        String name = name(sp.displayName().isBlank() ? domain : sp.displayName());
        Profile.Tenant tenant = new Profile.Tenant(
                live.organization().id(),
                cloud,
                Boolean.TRUE.equals(live.organization().onPremisesSyncEnabled()));
        return new ImportedProfile(new Profile(name, tenant, configuration), warnings);
    }

    private static String domain(LiveState live, ServicePrincipal sp, List<String> warnings) {
        Optional<String> domain = live.secret(OwnedSecrets.DOMAIN)
                .filter(s -> !s.masked())
                .flatMap(s -> OwnedSecrets.parseObject(s.value()))
                .map(d -> d.path("domain").asString(""))
                .filter(d -> DOMAIN.matcher(d).matches());
        if (domain.isPresent()) {
            return domain.get();
        }
        if (DOMAIN.matcher(sp.displayName()).matches()) {
            warnings.add("the Domain secret is missing or not a domain: the profile uses the display name \""
                    + sp.displayName() + "\" as the domain, and plan will write it; check it");
            return sp.displayName();
        }
        throw new DomainUnknown(sp.displayName());
    }

    private static AccidentalDeletes deletes(JsonNode settings, List<String> warnings) {
        JsonNode enabled = settings.path("DeleteThresholdEnabled");
        JsonNode value = settings.path("DeleteThresholdValue");
        int threshold = value.isIntegralNumber() ? value.intValue() : AccidentalDeletes.DEFAULT.threshold();
        if (threshold < 1 || threshold > 100_000) {
            warnings.add("DeleteThresholdValue " + threshold + " is outside what profile v1 accepts (1 to 100000): "
                    + "the profile says " + Math.max(1, Math.min(threshold, 100_000)) + ", and plan will write it");
            threshold = Math.max(1, Math.min(threshold, 100_000));
        }
        return new AccidentalDeletes(
                enabled.isBoolean() ? enabled.booleanValue() : AccidentalDeletes.DEFAULT.enabled(), threshold);
    }

    private static Notifications notifications(JsonNode settings, List<String> warnings) {
        JsonNode enabled = settings.path("Enabled");
        List<String> recipients = new ArrayList<>();
        for (String recipient : Arrays.stream(
                        settings.path("Recipients").asString("").split("[;,]"))
                .map(String::trim)
                .filter(r -> !r.isEmpty())
                .toList()) {
            boolean duplicate = recipients.stream().anyMatch(r -> r.equalsIgnoreCase(recipient));
            if (!RECIPIENT.matcher(recipient).matches()) {
                warnings.add("notification recipient \"" + recipient + "\" is not an e-mail address profile v1"
                        + " accepts: left out, so plan will remove it");
            } else if (!duplicate) {
                recipients.add(recipient);
            }
        }
        return new Notifications(enabled.isBoolean() ? enabled.booleanValue() : true, recipients);
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
                        + jobs.get(0).id());
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
