package io.github.cloudsync.diff;

import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.JobChoice;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.LiveSecrets;
import io.github.cloudsync.model.LiveState;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.Secret;
import io.github.cloudsync.model.SecretValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** Compares a profile with the live state, field by field (docs/architecture.md section 3); pure. */
public final class Differ {
    private Differ() {}

    public static Diff diff(Profile profile, LiveState live) {
        Profile.Configuration configuration = profile.configuration();
        boolean servicePrincipalExists = live.servicePrincipal().isPresent();
        // Without a service principal nothing else can exist; ignore whatever a confused reader passed along.
        List<Job> liveJobs = servicePrincipalExists ? live.jobs() : List.of();
        LiveSecrets liveSecrets = servicePrincipalExists ? live.secrets() : LiveSecrets.NONE;
        Optional<JsonNode> schema = servicePrincipalExists ? live.provisioningSchema() : Optional.empty();

        List<JobComparison> jobs = new ArrayList<>();
        for (JobTemplate template : JobTemplate.values()) {
            // deviceSync not said: not managed, a device sync job that exists is left as it is (Profile.Configuration)
            if (template == JobTemplate.DEVICE_SYNC
                    && configuration.deviceSync().isEmpty()) {
                continue;
            }
            jobs.add(new JobComparison(
                    template,
                    wanted(template, configuration),
                    JobChoice.among(
                            liveJobs.stream().filter(j -> j.is(template)).toList())));
        }

        List<SecretValue> owned = OwnedSecrets.values(configuration);
        List<SecretComparison> secrets = new ArrayList<>();
        // on a service principal still to be made every key is missing, AppKey included: nothing there is unreadable
        for (SecretValue value : owned) {
            secrets.add(
                    servicePrincipalExists
                            ? new SecretComparison(
                                    value.key(),
                                    OwnedSecrets.compare(value, liveSecrets),
                                    liveSecrets.value(value.key()))
                            : new SecretComparison(value.key(), SecretComparison.Status.MISSING));
        }
        Set<String> ownedKeys = owned.stream().map(v -> v.key().key()).collect(Collectors.toSet());

        boolean provisioningJobExists = jobs.stream()
                .anyMatch(j ->
                        j.template() == JobTemplate.PROVISIONING && j.first().isPresent());
        SchemaWants wants = SchemaWants.of(configuration);
        Optional<ProvisioningSchemaDiff.Result> compared = provisioningJobExists
                ? schema.map(s -> ProvisioningSchemaDiff.compare(s, live.provisioningTemplateSchema(), wants))
                : Optional.empty();
        return new Diff(
                directorySync(profile, live),
                servicePrincipalExists ? Optional.empty() : Optional.of(configuration.displayName()),
                jobs,
                owned,
                secrets,
                liveSecrets.read().stream()
                        .filter(s -> s.masked() && !ownedKeys.contains(s.key()))
                        .map(Secret::key)
                        .sorted()
                        .toList(),
                schema(provisioningJobExists, compared, wants),
                configuration.state(),
                configuration.passwordHashSync(),
                wants,
                compared.map(ProvisioningSchemaDiff.Result::unmanaged).orElse(List.of()),
                compared.map(ProvisioningSchemaDiff.Result::problems).orElse(List.of()));
    }

    private static boolean wanted(JobTemplate template, Profile.Configuration configuration) {
        return switch (template) {
            case PROVISIONING -> true;
            case PASSWORD_HASH -> configuration.passwordHashSync();
            case EXCHANGE_WRITEBACK -> configuration.exchangeHybridWriteback();
            case DEVICE_SYNC -> configuration.wantsDeviceSync();
        };
    }

    private static Optional<Diff.DirectorySync> directorySync(Profile profile, LiveState live) {
        Boolean current = live.organization().onPremisesSyncEnabled();
        boolean wanted = profile.tenant().directorySyncEnabled();
        boolean effective = Boolean.TRUE.equals(current);
        return effective == wanted
                ? Optional.empty()
                : Optional.of(new Diff.DirectorySync(live.organization().id(), current, wanted));
    }

    /**
     * A job that does not exist yet gets the template's default schema, which has no CredentialData mapping (the real
     * 2020 schema has none) and no scope: only a profile that changes the default then needs a schema write, computed
     * at apply time.
     */
    private static SchemaComparison schema(
            boolean jobExists, Optional<ProvisioningSchemaDiff.Result> compared, SchemaWants wants) {
        if (!jobExists) {
            return wants.changesTheDefault()
                    ? new SchemaComparison.KnownAfterApply()
                    : new SchemaComparison.Unchanged();
        }
        if (compared.isEmpty()) {
            return new SchemaComparison.NotRead();
        }
        ProvisioningSchemaDiff.Result result = compared.get();
        return result.patch().isEmpty()
                ? new SchemaComparison.Unchanged()
                : new SchemaComparison.Patch(result.patch(), result.credentialData(), result.changes());
    }
}
