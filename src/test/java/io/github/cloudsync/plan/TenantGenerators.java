package io.github.cloudsync.plan;

import io.github.cloudsync.graph.SecretsCodec;
import io.github.cloudsync.model.DesiredState;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.LiveState;
import io.github.cloudsync.model.Organization;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.ScheduleState;
import io.github.cloudsync.model.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** QuickTheories generators of random profiles and random starting tenants, drawn so that shrinking simplifies them. */
final class TenantGenerators {
    private static final JsonNode MODERN = Schemas.modern();

    private TenantGenerators() {}

    static Gen<Profile> profiles() {
        return in -> {
            ProfileBuilder builder = ProfileBuilder.contoso()
                    .directorySync(bool(in))
                    .domain(pick(in, "contoso.com", "fabrikam.com"))
                    .passwordHashSync(bool(in))
                    .exchangeHybridWriteback(bool(in))
                    .accidentalDeletes(bool(in), pick(in, 500, 50, 1000))
                    .state(pick(in, DesiredState.ACTIVE, DesiredState.PAUSED));
            builder.notifications(bool(in), pick(in, new String[0], new String[] {"a@contoso.com"}, new String[] {
                "a@contoso.com", "b@contoso.com"
            }));
            return builder.build();
        };
    }

    static Gen<LiveState> tenants() {
        return in -> {
            Organization organization = new Organization(ProfileBuilder.TENANT_ID, pick(in, null, true, false));
            if (number(in, 4) == 0) {
                return LiveState.empty(organization);
            }
            List<Job> jobs = new ArrayList<>();
            for (JobTemplate template : JobTemplate.values()) {
                int count = (int) number(in, 3);
                for (int i = 0; i < count; i++) {
                    String suffix = "j" + number(in, 9) + i;
                    jobs.add(
                            number(in, 8) == 0
                                    ? Tenants.quarantined(
                                            template,
                                            suffix,
                                            pick(in, "TooManyDeletes", "EncounteredQuarantineException"))
                                    : Tenants.job(
                                            template,
                                            suffix,
                                            pick(
                                                    in,
                                                    ScheduleState.ACTIVE,
                                                    ScheduleState.DISABLED,
                                                    ScheduleState.PAUSED)));
                }
            }
            boolean provisioning =
                    jobs.stream().anyMatch(j -> j.templateId().equals(JobTemplate.PROVISIONING.templateId()));
            Optional<JsonNode> schema = provisioning ? Optional.of(schema(in)) : Optional.empty();
            return new LiveState(
                    organization,
                    Optional.of(Tenants.servicePrincipal()),
                    jobs,
                    SecretsCodec.read(secrets(in)),
                    schema);
        };
    }

    private static List<Secret> secrets(RandomnessSource in) {
        List<Secret> secrets = new ArrayList<>();
        String domain = pick(
                in, null, "{\"domain\":\"contoso.com\"}", "{\"domain\":\"fabrikam.com\",\"extra\":1}", "not json", "*");
        if (domain != null) {
            secrets.add(new Secret("Domain", domain));
        }
        String settings = pick(
                in,
                null,
                "{\"Enabled\":true,\"Recipients\":\"\",\"DeleteThresholdEnabled\":true,\"DeleteThresholdValue\":500}",
                "{\"DeleteThresholdValue\":\"50\",\"Recipients\":\"a@contoso.com\"}",
                "{\"Enabled\":false,\"Unknown\":\"kept\"}",
                "{}",
                "");
        if (settings != null) {
            secrets.add(new Secret("SyncNotificationSettings", settings));
        }
        if (bool(in)) {
            secrets.add(new Secret("Password", Secret.MASK));
        }
        if (bool(in)) {
            secrets.add(new Secret("UserName", "ADToAADSyncServiceAccount@contoso.onmicrosoft.com"));
        }
        if (bool(in)) {
            secrets.add(new Secret("SyncAll", pick(in, "false", "true")));
        }
        return secrets;
    }

    /** The modern schema with CredentialData nowhere, on user, on both, or twice on user. */
    private static JsonNode schema(RandomnessSource in) {
        JsonNode schema = MODERN.deepCopy();
        ArrayNode mappings =
                (ArrayNode) schema.get("synchronizationRules").get(0).get("objectMappings");
        int variant = (int) number(in, 3);
        if (variant >= 1) {
            ((ArrayNode) mappings.get(0).get("attributeMappings"))
                    .add(io.github.cloudsync.diff.CredentialDataEdit.mapping());
        }
        if (variant == 2) {
            ((ArrayNode) mappings.get(1).get("attributeMappings"))
                    .add(io.github.cloudsync.diff.CredentialDataEdit.mapping());
        }
        if (variant == 3) {
            ((ArrayNode) mappings.get(0).get("attributeMappings"))
                    .add(io.github.cloudsync.diff.CredentialDataEdit.mapping());
        }
        return schema;
    }

    private static boolean bool(RandomnessSource in) {
        return number(in, 1) == 1;
    }

    private static long number(RandomnessSource in, int max) {
        return in.next(Constraint.between(0, max));
    }

    @SafeVarargs
    private static <T> T pick(RandomnessSource in, T... choices) {
        return choices[(int) number(in, choices.length - 1)];
    }
}
