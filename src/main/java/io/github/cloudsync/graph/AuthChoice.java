package io.github.cloudsync.graph;

import static io.github.cloudsync.graph.AuthEnvironment.ACTIONS_TOKEN;
import static io.github.cloudsync.graph.AuthEnvironment.ACTIONS_TOKEN_URL;
import static io.github.cloudsync.graph.AuthEnvironment.CERTIFICATE_PATH;
import static io.github.cloudsync.graph.AuthEnvironment.CLIENT_ID;
import static io.github.cloudsync.graph.AuthEnvironment.CLIENT_SECRET;
import static io.github.cloudsync.graph.AuthEnvironment.FEDERATED_TOKEN_FILE;
import static io.github.cloudsync.graph.AuthEnvironment.IDENTITY_ENDPOINT;
import static io.github.cloudsync.graph.AuthEnvironment.MSI_ENDPOINT;
import static io.github.cloudsync.graph.AuthEnvironment.present;

import io.github.cloudsync.model.UsageException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The sign-in method of a run and why it was chosen, which {@code -v} prints: the {@code --auth} given, or else the
 * first configured method in the order of the Azure SDK's default chain (secret, certificate, workload identity,
 * managed identity, Azure CLI). Only names of variables go in the reason, never their values.
 *
 * @param method how to sign in
 * @param reason e.g. {@code AZURE_FEDERATED_TOKEN_FILE is set}
 */
public record AuthChoice(AuthMethod method, String reason) {
    public AuthChoice {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(reason, "reason");
    }

    /** The method for {@code --auth} (null when not given), the Graph endpoint and the environment. */
    public static AuthChoice of(String option, GraphEndpoint endpoint, Map<String, String> environment) {
        if (option != null) {
            return new AuthChoice(AuthMethod.parse(option), "--auth " + option.trim());
        }
        return firstConfigured(endpoint, environment);
    }

    /**
     * The default chain. A loopback Graph (the emulator) gets {@code none}, so a real token is never sent to a local
     * server by accident. Managed identity counts as configured when an endpoint variable is set or the instance
     * metadata service answers a probe (one short request, only when nothing before it is configured).
     */
    static AuthChoice firstConfigured(GraphEndpoint endpoint, Map<String, String> environment) {
        if (endpoint.loopback()) {
            return new AuthChoice(AuthMethod.NONE, "the Graph URL is a loopback address; pass --auth to sign in");
        }
        if (present(environment.get(CLIENT_SECRET))) {
            return new AuthChoice(AuthMethod.SECRET, CLIENT_SECRET + " is set");
        }
        if (present(environment.get(CERTIFICATE_PATH))) {
            return new AuthChoice(AuthMethod.CERTIFICATE, CERTIFICATE_PATH + " is set");
        }
        if (present(environment.get(FEDERATED_TOKEN_FILE))) {
            return new AuthChoice(AuthMethod.WORKLOAD_IDENTITY, FEDERATED_TOKEN_FILE + " is set");
        }
        if (present(environment.get(ACTIONS_TOKEN_URL))
                && present(environment.get(ACTIONS_TOKEN))
                && present(environment.get(CLIENT_ID))) {
            return new AuthChoice(
                    AuthMethod.WORKLOAD_IDENTITY,
                    "GitHub Actions' OIDC token is available (" + ACTIONS_TOKEN_URL + ") and " + CLIENT_ID + " is set");
        }
        for (String variable : new String[] {IDENTITY_ENDPOINT, MSI_ENDPOINT}) {
            if (present(environment.get(variable))) {
                return new AuthChoice(AuthMethod.MANAGED_IDENTITY, variable + " is set");
            }
        }
        if (ImdsProbe.answers(environment)) {
            return new AuthChoice(
                    AuthMethod.MANAGED_IDENTITY,
                    "the instance metadata service answered at " + ImdsProbe.host(environment));
        }
        Optional<Path> az = AzureCliTokenProvider.find(environment);
        if (az.isPresent()) {
            return new AuthChoice(AuthMethod.AZURE_CLI, "the Azure CLI is on PATH (" + az.get() + ")");
        }
        throw new UsageException(
                "no sign-in method is configured for Graph",
                "set " + CLIENT_ID + " with " + CLIENT_SECRET + ", " + CERTIFICATE_PATH + " or " + FEDERATED_TOKEN_FILE
                        + "; run on Azure with a managed identity; or sign in with az login (see"
                        + " docs/authentication.md)");
    }
}
