package io.github.cloudsync.graph;

import static io.github.cloudsync.graph.AuthEnvironment.ACTIONS_TOKEN;
import static io.github.cloudsync.graph.AuthEnvironment.ACTIONS_TOKEN_URL;
import static io.github.cloudsync.graph.AuthEnvironment.FEDERATED_TOKEN_FILE;
import static io.github.cloudsync.graph.AuthEnvironment.present;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.IClientCredential;
import io.github.cloudsync.model.UsageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The client assertion of workload identity federation, fetched again for every token request msal4j makes: the token
 * file Kubernetes projects and rotates ({@code AZURE_FEDERATED_TOKEN_FILE}, the AKS and Azure SDK form), else GitHub
 * Actions' own OIDC token ({@link GitHubOidcToken}).
 */
final class FederatedAssertion {
    private FederatedAssertion() {}

    /** The credential msal4j sends as {@code client_assertion}; a missing source is a {@link UsageException}. */
    static IClientCredential from(Map<String, String> environment, EnvironmentProxy proxy) {
        String file = environment.get(FEDERATED_TOKEN_FILE);
        if (present(file)) {
            Path path = Path.of(file.trim());
            if (!Files.isReadable(path)) {
                throw new UsageException(
                        FEDERATED_TOKEN_FILE + " names " + path + ", which cannot be read",
                        "on AKS, label the pod azure.workload.identity/use: \"true\" and give it a service account"
                                + " annotated with azure.workload.identity/client-id");
            }
            return ClientCredentialFactory.createFromCallback(() -> read(path));
        }
        String url = environment.get(ACTIONS_TOKEN_URL);
        String bearer = environment.get(ACTIONS_TOKEN);
        if (present(url) && present(bearer)) {
            GitHubOidcToken github = new GitHubOidcToken(GitHubOidcToken.checked(url.trim()), bearer.trim(), proxy);
            return ClientCredentialFactory.createFromCallback(github::fetch);
        }
        throw new UsageException(
                "--auth workload-identity needs " + FEDERATED_TOKEN_FILE + ", or GitHub Actions' " + ACTIONS_TOKEN_URL
                        + " and " + ACTIONS_TOKEN + ", and none is set",
                "on AKS, label the pod azure.workload.identity/use: \"true\"; in GitHub Actions, give the job"
                        + " permissions: id-token: write");
    }

    private static String read(Path path) {
        String token;
        try {
            token = Files.readString(path, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UsageException(
                    "cannot read the federated token file " + path + " ("
                            + e.getClass().getSimpleName() + ")",
                    "check that " + FEDERATED_TOKEN_FILE + " names the projected service account token");
        }
        if (token.isEmpty()) {
            throw new UsageException(
                    "the federated token file " + path + " is empty",
                    "check that " + FEDERATED_TOKEN_FILE + " names the projected service account token");
        }
        return token;
    }
}
