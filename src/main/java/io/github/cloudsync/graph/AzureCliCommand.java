package io.github.cloudsync.graph;

import io.github.cloudsync.model.GraphException;
import io.github.cloudsync.model.UsageException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code az account get-access-token} call for one tenant and cloud, and the advice for its failures.
 *
 * @param resource the Graph root of the profile's cloud, e.g. {@code https://graph.microsoft.us}
 * @param tenant the tenant to sign in to, or empty for the Azure CLI's own default (no profile, no AZURE_TENANT_ID)
 * @param azCloud the Azure CLI's name of the cloud ({@code az cloud set --name}), e.g. {@code AzureUSGovernment}
 */
record AzureCliCommand(String resource, Optional<String> tenant, String azCloud) {
    /** The command for a Graph endpoint; the cloud's Azure CLI name follows from its sign-in host. */
    static AzureCliCommand of(GraphEndpoint endpoint, String tenant) {
        String host = endpoint.signInHost().getHost().toLowerCase(Locale.ROOT);
        String cloud =
                host.endsWith(".us") ? "AzureUSGovernment" : host.endsWith(".cn") ? "AzureChinaCloud" : "AzureCloud";
        Optional<String> chosen =
                tenant == null || tenant.equals("organizations") ? Optional.empty() : Optional.of(tenant);
        return new AzureCliCommand(endpoint.graphRoot().toString(), chosen, cloud);
    }

    /** The arguments after {@code az}. */
    List<String> arguments() {
        List<String> arguments =
                new ArrayList<>(List.of("account", "get-access-token", "--output", "json", "--resource", resource));
        tenant.ifPresent(t -> arguments.addAll(List.of("--tenant", t)));
        return arguments;
    }

    /** A failure without a useful message from az. */
    GraphException failure(String what) {
        return GraphException.of(
                GraphException.Kind.AZURE_CLI_FAILED,
                "SignInFailed",
                "sign-in with the Azure CLI failed: " + what + " (" + command() + ")",
                null);
    }

    /**
     * A failure az explained on stderr: not signed in (or the sign-in expired, or is for another cloud) becomes
     * {@code az login} advice, anything else carries az's first error line.
     */
    RuntimeException failure(int exitCode, String stderr) {
        String lower = stderr.toLowerCase(Locale.ROOT);
        if (lower.contains("az login") || lower.contains("aadsts70043") || lower.contains("aadsts700082")) {
            String login = "az login" + tenant.map(t -> " --tenant " + t).orElse("");
            return new UsageException(
                    "the Azure CLI is not signed in"
                            + tenant.map(t -> " to tenant " + t).orElse("") + " (or its sign-in expired)",
                    azCloud.equals("AzureCloud")
                            ? "run: " + login
                            : "run: az cloud set --name " + azCloud + " && " + login);
        }
        return GraphException.of(
                GraphException.Kind.AZURE_CLI_FAILED,
                "SignInFailed",
                "sign-in with the Azure CLI failed (az exit code " + exitCode + "): " + firstError(stderr) + " ("
                        + command() + ")",
                null);
    }

    private String command() {
        return "az " + String.join(" ", arguments())
                + (azCloud.equals("AzureCloud") ? "" : " (after az cloud set --name " + azCloud + ")");
    }

    private static String firstError(String stderr) {
        String line = stderr.lines()
                .map(String::strip)
                .filter(l -> l.startsWith("ERROR"))
                .findFirst()
                .orElse(stderr.lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .findFirst()
                        .orElse("no message"));
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
