package io.github.cloudsync.scenarios;

import io.github.cloudsync.diff.CredentialDataEdit;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * QuickTheories generators for the end-to-end property test: random profiles (as YAML) and random starting tenants
 * (as emulator state documents), drawn value by value so that shrinking simplifies them.
 */
final class RandomTenants {
    static final String TENANT = "11111111-1111-1111-1111-111111111111";
    static final String SP = "22222222-2222-2222-2222-222222222222";
    private static final String HEX = TENANT.replace("-", "");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MODERN =
            ScenarioInputs.text(ScenarioInputs.FIXTURES.resolve("modern-ad2aad-schema.json"));

    private RandomTenants() {}

    /** A profile for tenant {@link #TENANT}; its display name is the domain. */
    static Gen<String> profiles() {
        return in -> {
            StringBuilder yaml = new StringBuilder();
            yaml.append("apiVersion: cloudsync/v1\nkind: CloudSyncProfile\nmetadata:\n  name: contoso\n");
            yaml.append("tenant:\n  id: ").append(TENANT).append('\n');
            yaml.append("  directorySyncEnabled: ").append(bool(in)).append('\n');
            yaml.append("configuration:\n  domain: ")
                    .append(pick(in, "contoso.com", "fabrikam.com"))
                    .append('\n');
            yaml.append("  passwordHashSync: ").append(bool(in)).append('\n');
            yaml.append("  exchangeHybridWriteback: ").append(bool(in)).append('\n');
            yaml.append("  deviceSync: ").append(bool(in)).append('\n');
            yaml.append("  accidentalDeletes: { enabled: ")
                    .append(bool(in))
                    .append(", threshold: ")
                    .append(pick(in, 500, 1, 50, 100000))
                    .append(" }\n");
            yaml.append("  notifications: { enabled: ")
                    .append(bool(in))
                    .append(", recipients: [")
                    .append(pick(in, "", "ops@contoso.com", "ops@contoso.com, security@contoso.com"))
                    .append("] }\n");
            yaml.append("  state: ").append(pick(in, "active", "paused")).append('\n');
            return yaml.toString();
        };
    }

    /**
     * A tenant: nothing, a service principal only, or one with 0-2 jobs per template in any schedule state, the
     * provisioning schema with CredentialData nowhere, on user, on both or twice on user, and secrets including
     * unrelated and (in merge mode) masked ones. The emulator has the Exchange schema.
     */
    static Gen<String> tenants() {
        return in -> {
            ObjectNode state = JSON.createObjectNode();
            state.putObject("organization").put("id", TENANT).put("displayName", "Contoso");
            if (bool(in)) {
                ((ObjectNode) state.get("organization")).put("onPremisesSyncEnabled", bool(in));
            }
            String mode = pick(in, "merge", "replace");
            state.putObject("emulator")
                    .put("secretsMode", mode)
                    .put("exchangeSchema", true)
                    .put("duplicateTargetAttribute", pick(in, "reject", "keepBoth"));
            ArrayNode sps = state.putArray("servicePrincipals");
            int shape = (int) number(in, 2);
            if (shape == 0) {
                return state.toString();
            }
            ObjectNode sp = sps.addObject()
                    .put("id", SP)
                    .put("appId", "33333333-3333-3333-3333-333333333333")
                    .put("applicationTemplateId", TenantFacts.CLOUD_SYNC_TEMPLATE)
                    .put("displayName", pick(in, "contoso.com", "Contoso.com"));
            ObjectNode sync = sp.putObject("synchronization");
            secrets(in, sync.putArray("secrets"), mode.equals("merge"));
            ArrayNode jobs = sync.putArray("jobs");
            if (shape == 2) {
                jobs(in, jobs);
            }
            return state.toString();
        };
    }

    private static void jobs(RandomnessSource in, ArrayNode jobs) {
        int serial = 0;
        for (String template : new String[] {
            "AD2AADProvisioning", "AD2AADPasswordHash", "AAD2ADExchangeHybridWriteback", "AD2AADDeviceSync"
        }) {
            int count = (int) number(in, 2);
            for (int i = 0; i < count; i++) {
                serial++;
                ObjectNode job = jobs.addObject()
                        .put("id", template + "." + HEX + ".00000000-0000-0000-0000-00000000000" + serial)
                        .put("templateId", template);
                String schedule = pick(in, "Active", "Paused", "Disabled");
                job.putObject("schedule").put("state", schedule);
                job.putObject("status").put("code", schedule.equals("Active") ? "Active" : "Paused");
                if (template.equals("AD2AADProvisioning")) {
                    job.set("schema", schema(in));
                }
            }
        }
    }

    private static ObjectNode schema(RandomnessSource in) {
        ObjectNode schema = (ObjectNode) JSON.readTree(MODERN);
        ArrayNode mappings =
                (ArrayNode) schema.get("synchronizationRules").get(0).get("objectMappings");
        int variant = (int) number(in, 3);
        if (variant >= 1) {
            ((ArrayNode) mappings.get(0).get("attributeMappings")).add(CredentialDataEdit.mapping());
        }
        if (variant == 2) {
            ((ArrayNode) mappings.get(1).get("attributeMappings")).add(CredentialDataEdit.mapping());
        }
        if (variant == 3) {
            ((ArrayNode) mappings.get(0).get("attributeMappings")).add(CredentialDataEdit.mapping());
        }
        return schema;
    }

    private static void secrets(RandomnessSource in, ArrayNode secrets, boolean maskedAllowed) {
        String domain = pick(in, null, "{\"domain\":\"contoso.com\"}", "{\"domain\":\"fabrikam.com\",\"extra\":1}");
        if (domain != null) {
            secrets.addObject().put("key", "Domain").put("value", domain);
        }
        String settings = pick(
                in,
                null,
                "{\"Enabled\":true,\"Recipients\":\"\",\"DeleteThresholdEnabled\":true,\"DeleteThresholdValue\":500}",
                "{\"Enabled\":false,\"Recipients\":\"ops@contoso.com\"}");
        if (settings != null) {
            secrets.addObject().put("key", "SyncNotificationSettings").put("value", settings);
        }
        if (bool(in)) {
            String scenario = pick(in, "AD2AADPasswordHash", "AD2AADProvisioning");
            secrets.addObject().put("key", "AppKey").put("value", "{\"appKeyScenario\":\"" + scenario + "\"}");
        }
        if (maskedAllowed && bool(in)) {
            secrets.addObject().put("key", "Password").put("value", "not-a-real-password-" + number(in, 99));
        }
        if (bool(in)) {
            secrets.addObject()
                    .put("key", "UserName")
                    .put("value", "ADToAADSyncServiceAccount@contoso.onmicrosoft.com");
        }
        if (bool(in)) {
            secrets.addObject().put("key", "SkipOutOfScopeDeletions").put("value", pick(in, "false", "true"));
        }
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
