package io.github.cloudsync.render;

import io.github.cloudsync.diff.SchemaChange;
import io.github.cloudsync.diff.SecretComparison;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.SecretKey;
import io.github.cloudsync.plan.Action;
import java.util.ArrayList;
import java.util.List;

/** The one wording of every action's reason, from its code and the action's fields; every renderer shows this. */
final class ReasonText {
    private ReasonText() {}

    static String of(Action action) {
        if (action instanceof Action.SetDirectorySync a) {
            String reason = "tenant.directorySyncEnabled is " + a.enabled()
                    + " in the profile; onPremisesSyncEnabled is " + a.before() + " in Graph";
            return switch (a.reason()) {
                case DIRECTORY_SYNC_TURNED_OFF ->
                    reason + ". TENANT-WIDE AND DESTRUCTIVE: every synced user becomes cloud-only, on-premises"
                            + " properties are cleared, and sync cannot be turned back on for 72 hours";
                default -> reason;
            };
        } else if (action instanceof Action.CreateServicePrincipal a) {
            return "no service principal of the cloud sync application template is named \"" + a.displayName() + "\"";
        } else if (action instanceof Action.CreateJob a) {
            return switch (a.template()) {
                case PROVISIONING -> "every configuration has an AD2AADProvisioning job; there is none";
                case PASSWORD_HASH -> "passwordHashSync is true; there is no AD2AADPasswordHash job";
                case EXCHANGE_WRITEBACK ->
                    "exchangeHybridWriteback is true; there is no AAD2ADExchangeHybridWriteback job";
                case DEVICE_SYNC -> "deviceSync is true; there is no AD2AADDeviceSync job";
            };
        } else if (action instanceof Action.DeleteJob a) {
            return a.kept().map(ReasonText::extra).orElseGet(() -> unwanted(a.template()));
        } else if (action instanceof Action.PutSecrets a) {
            return secrets(a);
        } else if (action instanceof Action.PutSchema a) {
            String reason = schema(a);
            return a.knownAfterApply() ? reason + " (the schema is read once the job exists)" : reason;
        } else if (action instanceof Action.DiscoverDirectory a) {
            return "Exchange hybrid writeback needs " + a.attribute() + " on " + a.object()
                    + " in the AD schema; checked before the job is created";
        } else if (action instanceof Action.StartJob a) {
            return a.created()
                    ? "state is active; a new job is created disabled"
                    : "state is active; the schedule is " + a.before().graphName();
        } else if (action instanceof Action.PauseJob a) {
            return "state is paused; the schedule is " + a.before().graphName();
        }
        throw new IllegalStateException("no wording for the reason of " + action.address());
    }

    private static String schema(Action.PutSchema a) {
        return switch (a.reason()) {
            case SCOPE_NARROWS ->
                "the scope narrows to "
                        + SchemaText.size(a.scopeChange().orElseThrow().after())
                        + ": objects that leave it are deleted from Entra ID; "
                        + SchemaText.held(a.wants().accidentalDeletes());
            case SCHEMA_DIFFERS -> differs(a);
            case CREDENTIAL_DATA_WANTED ->
                "passwordHashSync is true: the user and inetOrgPerson mappings need CredentialData <- [PasswordHash]";
            default ->
                "passwordHashSync is false: CredentialData must not flow from the user and inetOrgPerson mappings";
        };
    }

    /** Which parts differ: "the scope and 3 attribute mappings differ from the profile" (exact: from the default). */
    private static String differs(Action.PutSchema a) {
        if (a.knownAfterApply()) {
            return "the profile changes the default schema a new job starts with (scope, attribute mappings)";
        }
        List<String> parts = new ArrayList<>();
        a.scopeChange().ifPresent(s -> parts.add("the scope"));
        long mappings = a.schemaChanges().stream()
                .filter(c -> !(c instanceof SchemaChange.ScopeChanged) && !(c instanceof SchemaChange.OtherChange))
                .count();
        long others = a.schemaChanges().stream()
                .filter(SchemaChange.OtherChange.class::isInstance)
                .count();
        if (mappings > 0) {
            parts.add(mappings + (mappings == 1 ? " attribute mapping" : " attribute mappings"));
        }
        if (others > 0) {
            parts.add(others + (others == 1 ? " other part of the rules" : " other parts of the rules"));
        }
        String what = String.join(" and ", parts);
        String verb = parts.size() > 1 || mappings > 1 || others > 1 ? " differ" : " differs";
        return a.wants().exact()
                ? "mode is exact: " + what + verb + " from the template's default with the profile's changes"
                : what + verb + " from the profile";
    }

    /** Which job stays instead of an extra one, and why that one (JobChoice's rule). */
    private static String extra(Action.DeleteJob.Kept kept) {
        String why = switch (kept.basis()) {
            case ONLY, ACTIVE -> "the one whose schedule is Active";
            case LATEST_EXECUTION -> "the one that ran last";
            case FIRST_BY_ID -> "nothing else tells them apart, so the first by id";
        };
        return "one job per template: " + kept.jobId() + " (" + why + ") is kept";
    }

    private static String unwanted(JobTemplate template) {
        return switch (template) {
            case PROVISIONING -> "every configuration has an AD2AADProvisioning job";
            case PASSWORD_HASH -> "passwordHashSync is false";
            case EXCHANGE_WRITEBACK -> "exchangeHybridWriteback is false";
            case DEVICE_SYNC -> "deviceSync is false";
        };
    }

    private static String secrets(Action.PutSecrets a) {
        List<String> reasons = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        boolean appKeyUnreadable = false;
        for (SecretComparison secret : a.compared()) {
            String key = secret.key().key();
            switch (secret.status()) {
                case MISSING -> reasons.add(key + " is not set");
                case DIFFERS -> reasons.add(key + " differs from the profile");
                case NOT_READABLE -> {
                    if (secret.key() == SecretKey.APP_KEY) {
                        appKeyUnreadable = true;
                    } else {
                        unreadable.add(key);
                    }
                }
                case MATCHES -> {}
            }
        }
        if (a.passwordHashChange()) {
            reasons.add("password hash sync changes, so AppKey is written");
        } else if (appKeyUnreadable) {
            reasons.add("AppKey is written with Domain, as when the configuration is set up");
        }
        if (!unreadable.isEmpty()) {
            reasons.add(String.join(", ", unreadable) + " cannot be read back from Graph and is sent with every secrets"
                    + " write");
        }
        return String.join("; ", reasons);
    }
}
