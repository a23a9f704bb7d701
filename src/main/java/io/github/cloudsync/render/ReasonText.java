package io.github.cloudsync.render;

import io.github.cloudsync.diff.SecretComparison;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.plan.Action;
import java.util.ArrayList;
import java.util.List;

/** The one wording of every action's reason, from its code and the action's fields; every renderer shows this. */
final class ReasonText {
    private ReasonText() {}

    static String of(Action action) {
        if (action instanceof Action.SetDirectorySync a) {
            return "tenant.directorySyncEnabled is " + a.enabled() + " in the profile; onPremisesSyncEnabled is "
                    + a.before() + " in Graph";
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
            return a.kept().isPresent()
                    ? "one job per template: " + a.kept().get() + " (the first by id) is kept"
                    : unwanted(a.template());
        } else if (action instanceof Action.PutSecrets a) {
            return secrets(a);
        } else if (action instanceof Action.PutSchema a) {
            String reason = a.passwordHashSync()
                    ? "passwordHashSync is true: the user and inetOrgPerson mappings need CredentialData <- [PasswordHash]"
                    : "passwordHashSync is false: CredentialData must not flow from the user and inetOrgPerson mappings";
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

    private static String unwanted(JobTemplate template) {
        return switch (template) {
            case PROVISIONING -> "every configuration has an AD2AADProvisioning job";
            case PASSWORD_HASH -> "passwordHashSync is false";
            case EXCHANGE_WRITEBACK -> "exchangeHybridWriteback is false";
            case DEVICE_SYNC -> "deviceSync is false or absent";
        };
    }

    private static String secrets(Action.PutSecrets a) {
        List<String> reasons = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (SecretComparison secret : a.compared()) {
            String key = secret.key().key();
            switch (secret.status()) {
                case MISSING -> reasons.add(key + " is not set");
                case DIFFERS -> reasons.add(key + " differs from the profile");
                case NOT_READABLE -> unreadable.add(key);
                case MATCHES -> {}
            }
        }
        if (a.passwordHashChange()) {
            reasons.add("password hash sync changes, so AppKey is written");
        }
        if (!unreadable.isEmpty()) {
            reasons.add(String.join(", ", unreadable) + " cannot be read back from Graph and is sent with every secrets"
                    + " write");
        }
        return String.join("; ", reasons);
    }
}
