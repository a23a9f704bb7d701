package io.github.cloudsync.render;

import io.github.cloudsync.model.ApplyTargetMissing;
import io.github.cloudsync.model.CloudsyncException;
import io.github.cloudsync.model.ConcurrentApply;
import io.github.cloudsync.model.ConcurrentJobCreate;
import io.github.cloudsync.model.ConfigurationMissing;
import io.github.cloudsync.model.DeletesHeld;
import io.github.cloudsync.model.DeletesNotHeld;
import io.github.cloudsync.model.DirectorySyncOffRefused;
import io.github.cloudsync.model.DiscoveryFailed;
import io.github.cloudsync.model.DomainUnknown;
import io.github.cloudsync.model.ExchangeSchemaMissing;
import io.github.cloudsync.model.GraphException;
import io.github.cloudsync.model.JobMissing;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.NotConverged;
import io.github.cloudsync.model.PlanForOtherGraph;
import io.github.cloudsync.model.ProfileException;
import io.github.cloudsync.model.ProvisioningRuleMissing;
import io.github.cloudsync.model.SavedPlanUnusable;
import io.github.cloudsync.model.SchemaDirectoryMissing;
import io.github.cloudsync.model.SecretsLost;
import io.github.cloudsync.model.StalePlan;
import io.github.cloudsync.model.StepFailed;
import io.github.cloudsync.model.UsageException;
import io.github.cloudsync.model.WrongTenant;

/**
 * What to do about each kind of failure, from the data it carries: the one place advice is written (a usage error
 * brings its own correction). Empty when there is nothing to advise. A test checks every kind of failure is handled.
 */
public final class Advice {
    /** For a failure that is not one of ours. */
    public static final String UNEXPECTED = "run again with --verbose and report it if it persists";

    private Advice() {}

    /** What to do about {@code failure}; {@link #UNEXPECTED} for anything but a {@link CloudsyncException}. */
    public static String of(Throwable failure) {
        if (failure instanceof GraphException e) {
            return graph(e);
        }
        if (failure instanceof ProfileException e) {
            return switch (e.form()) {
                case PROFILE -> "fix the lines above and run `cloudsync validate` again";
                case SAVED_PLAN ->
                    "a saved plan is not to be edited: fix " + e.file() + " (`cloudsync validate " + e.file()
                            + "` shows its problems), then make the plan again with `cloudsync plan -p " + e.file()
                            + " --out FILE`";
                case ONE_OF_MANY -> "fix it; `cloudsync validate " + e.file() + "` shows the same problems";
                case FOLDER -> "check the folder's permissions";
                case DISAGREEING ->
                    "make the profiles agree, one per configuration and AD domain; `cloudsync validate` over them shows"
                            + " every place";
            };
        }
        if (failure instanceof UsageException e) {
            return e.correction();
        }
        if (failure instanceof CloudsyncException known) {
            return planned(known);
        }
        return UNEXPECTED;
    }

    private static String planned(CloudsyncException failure) {
        if (failure instanceof StalePlan) {
            return "run `cloudsync plan` again";
        }
        if (failure instanceof PlanForOtherGraph) {
            return "apply it against the same Graph, or run `cloudsync plan` again";
        }
        if (failure instanceof SavedPlanUnusable e) {
            return switch (e.problem()) {
                case CANNOT_READ -> "make it again with `cloudsync plan -p PROFILE --out " + e.file() + "`";
                case OTHER_FORMAT -> "make it again with this version of cloudsync";
                case UNKNOWN_FIELD, MODIFIED, OTHER_TENANT ->
                    "a saved plan is not to be edited: make it again with `cloudsync plan -p PROFILE --out " + e.file()
                            + "`";
                case CANNOT_WRITE -> "check the path";
                case NOT_A_SAVED_PLAN ->
                    "save one with `cloudsync plan -p PROFILE --out FILE`, then run `cloudsync apply FILE`"
                            + " (plan --json only shows a plan)";
            };
        }
        if (failure instanceof StepFailed e && e.cause() instanceof SecretsLost lost) {
            return lost(lost);
        }
        if (failure instanceof StepFailed e) {
            String cause = of(e.cause());
            return cause.isEmpty()
                    ? "fix the cause and run `cloudsync apply` again: every step is safe to repeat"
                    : cause + " (every step is safe to repeat)";
        }
        if (failure instanceof NotConverged e) {
            return e.duplicates()
                    ? "remove the duplicates the warnings name, then run `cloudsync plan`"
                    : "run `cloudsync plan` to see why; Graph may still be catching up, or something changed it";
        }
        return tenant(failure);
    }

    private static String tenant(CloudsyncException failure) {
        if (failure instanceof WrongTenant e) {
            return "use credentials (or a --graph-url) for tenant " + e.wanted();
        }
        if (failure instanceof ConfigurationMissing e) {
            return e.profileArgument()
                    .map(p -> "run `cloudsync apply -p " + p + "` to create it, or check configuration.displayName")
                    .orElse("check the name: it is the configuration's service principal display name, matched"
                            + " exactly");
        }
        if (failure instanceof JobMissing e && e.templateId().equals(JobTemplate.DEVICE_SYNC.templateId())) {
            return "computers are provisioned by device sync: set configuration.deviceSync: true in the profile, then"
                    + " run `cloudsync apply -p " + e.profileArgument() + "`";
        }
        if (failure instanceof ProvisioningRuleMissing e) {
            return "check --type; provisioning " + e.objectTypeName() + " objects needs an enabled object mapping from "
                    + e.objectTypeName() + " in the " + e.templateId() + " job's schema";
        }
        if (failure instanceof JobMissing e) {
            return "run `cloudsync status -p " + e.profileArgument() + "` to see its jobs; pass one with --job";
        }
        if (failure instanceof DeletesNotHeld e) {
            return e.quarantineReason().isEmpty()
                    ? "run `cloudsync status -p " + e.profileArgument() + "` to see the jobs"
                    : "fix the cause, then run: cloudsync restart -p " + e.profileArgument()
                            + " --scope quarantine --job " + e.templateId();
        }
        if (failure instanceof DeletesHeld e) {
            return "review the pending deletes, then run: cloudsync allow-deletes -p " + e.profileArgument() + " --job "
                    + e.templateId();
        }
        if (failure instanceof DomainUnknown) {
            return "write the profile by hand (docs/profile.md); its configuration.domain is the on-premises AD domain";
        }
        return applied(failure);
    }

    private static String applied(CloudsyncException failure) {
        if (failure instanceof DirectorySyncOffRefused e) {
            return switch (e.why()) {
                case NOT_ALLOWED ->
                    "if every synced user of the tenant is to become cloud-only, read the warning above and run again"
                            + " with --allow-directory-sync-off (at a terminal you type the tenant id to confirm);"
                            + " otherwise set tenant.directorySyncEnabled: true";
                case NOT_CONFIRMED ->
                    "run again and type the tenant id exactly as shown, or set tenant.directorySyncEnabled: true";
            };
        }
        if (failure instanceof ConcurrentApply e) {
            return "run `cloudsync apply` again once the other apply is done; its application registration (appId "
                    + e.ownAppId() + ") may remain under App registrations, delete it there";
        }
        if (failure instanceof ConcurrentJobCreate) {
            return "run `cloudsync apply` again once the other apply is done; it finishes the job that stayed";
        }
        if (failure instanceof ExchangeSchemaMissing) {
            return "extend the AD schema for Exchange (Exchange setup /PrepareSchema), restart the provisioning"
                    + " agent, then apply again; or set exchangeHybridWriteback: false";
        }
        if (failure instanceof DiscoveryFailed e) {
            return "discover usually fails like this when no provisioning agent is registered for "
                    + e.domain().orElse("the configuration's domain")
                    + " yet (docs/graph.md section 16.2): install the cloud sync provisioning agent on a server joined"
                    + " to that domain, check that the Entra admin center lists it as active for this configuration,"
                    + " then run `cloudsync apply` again";
        }
        if (failure instanceof SchemaDirectoryMissing) {
            return "check the provisioning job's schema in the portal; reset it with DELETE .../schema if it was edited";
        }
        if (failure instanceof ApplyTargetMissing) {
            return "run `cloudsync plan` again";
        }
        if (failure instanceof SecretsLost e) {
            return lost(e);
        }
        throw new IllegalStateException("no advice for " + failure.getClass().getName());
    }

    /**
     * No client can write a masked value back, so only where it came from can: the provisioning agent sets the service
     * account's UserName and Password (docs/graph.md sections 4.9 and 6.2); its wizard, run again, registers it again
     * (https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/how-to-install).
     */
    private static String lost(SecretsLost e) {
        return "cloudsync cannot set " + String.join(", ", e.keys()) + " again: Graph masks "
                + (e.keys().size() == 1 ? "its value" : "their values")
                + ". Password and SecretToken are the provisioning agent's: on the agent's server run the provisioning"
                + " agent's configuration wizard again (or register the agent again), which sets them"
                + " (https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/how-to-install); set any other key"
                + " again where it came from; then `cloudsync drift` shows whether the configuration is whole."
                + (e.seen() == SecretsLost.Seen.AFTER_WRITE
                        ? " This Graph replaces the whole set on a secrets write: until that is settled, make no more"
                                + " secrets changes to this configuration with cloudsync"
                        : "");
    }

    private static String graph(GraphException e) {
        return switch (e.kind()) {
            case ERROR_ANSWER -> answered(e);
            case NO_ANSWER ->
                "check the network path to " + e.call().graphRoot() + ", then run `cloudsync plan` to see the state";
            case CREATE_LOST -> "check the network path to Graph and run again";
            case FOREIGN_NEXT_LINK -> "report this; the token is never sent to another host";
            case UNEXPECTED_ANSWER -> "report this with the --verbose --verbose trace";
            case ANSWER_OVER_LIMIT ->
                "check what answers at " + e.call().graphRoot() + "; if the answer is genuine, raise the limit the"
                        + " message names (docs/graph.md section 16.13) and run again";
            case SIGN_IN_REFUSED ->
                "check the tenant id, AZURE_CLIENT_ID and the credential of the sign-in method -v names (a secret"
                        + " not expired, the certificate uploaded to the app registration, a federated credential"
                        + " whose issuer, subject and audience match the token, or a managed identity on this machine"
                        + " with access to Graph), and that the app is consented in this tenant and cloud";
            case SIGN_IN_FAILED ->
                "check the network path to the sign-in host (HTTPS_PROXY, NO_PROXY) and the credential settings";
            case AZURE_CLI_FAILED -> "run the az command shown yourself to see its whole message";
            case GITHUB_OIDC_FAILED ->
                "give the job permissions: id-token: write, and re-run it (the request token lasts as long as the job)";
            case INTERRUPTED -> "";
        };
    }

    /** Graph answered with an error status: a silent 401 or a 403 is a missing permission (docs/graph.md section 8). */
    private static String answered(GraphException e) {
        int status = e.status();
        boolean silent401 =
                status == 401 && "UnknownError".equals(e.code()) && !e.call().explained();
        if (silent401 || status == 403) {
            return "the app probably lacks the Graph application permission "
                    + e.call().permission() + " (docs/graph.md section 8): grant it, get admin consent, and run again";
        }
        if (status == 401) {
            return "the token was refused: check the tenant, the cloud and the credential";
        }
        if (e.call().throttled()) {
            return "Graph is busy or throttling; wait a few minutes and run again";
        }
        if (status >= 500) {
            return "Graph failed on its side; run again, and quote the request-id to Microsoft support if it persists";
        }
        if (status == 404) {
            return "the object is gone or not visible yet; run `cloudsync plan` to see the current state";
        }
        return "";
    }
}
