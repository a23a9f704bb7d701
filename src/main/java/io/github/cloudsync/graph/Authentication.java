package io.github.cloudsync.graph;

import static io.github.cloudsync.graph.AuthEnvironment.ACTIONS_TOKEN;
import static io.github.cloudsync.graph.AuthEnvironment.AUTHORITY_HOST;
import static io.github.cloudsync.graph.AuthEnvironment.CERTIFICATE_PASSWORD;
import static io.github.cloudsync.graph.AuthEnvironment.CERTIFICATE_PATH;
import static io.github.cloudsync.graph.AuthEnvironment.CLIENT_ID;
import static io.github.cloudsync.graph.AuthEnvironment.CLIENT_SECRET;
import static io.github.cloudsync.graph.AuthEnvironment.IDENTITY_HEADER;
import static io.github.cloudsync.graph.AuthEnvironment.present;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.IHttpClient;
import io.github.cloudsync.model.UsageException;
import java.net.URI;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Turns a sign-in method and the environment into a {@link TokenProvider} for one tenant. A missing setting is a
 * {@link UsageException} naming the variable to set; {@code none} is refused for anything but a loopback Graph.
 *
 * @param method how to sign in
 * @param environment the process environment (a map so tests choose it)
 * @param idpHttp msal4j's HTTP hook, or null for msal4j's own client over the JDK's TLS and the environment's proxy;
 *     tests pass an in-process identity provider for hosts they cannot serve
 */
public record Authentication(AuthMethod method, Map<String, String> environment, IHttpClient idpHttp) {
    public Authentication {
        Objects.requireNonNull(method, "method");
        environment = Map.copyOf(environment);
    }

    /** Builds the provider for one tenant and Graph endpoint; no network call happens until the first token. */
    public TokenProvider tokenProvider(GraphEndpoint endpoint, String tenantId) {
        return switch (method) {
            case NONE -> {
                if (!endpoint.loopback()) {
                    throw new UsageException(
                            "--auth none is only allowed for a loopback Graph URL, not " + endpoint.graphRoot(),
                            "use --auth "
                                    + AuthMethod.choices()
                                            .replace(" | none", "")
                                            .replace(" | ", ", ") + " for a real tenant");
                }
                yield TokenProvider.emulator();
            }
            case SECRET ->
                clientCredential(
                        endpoint, tenantId, () -> ClientCredentialFactory.createFromSecret(required(CLIENT_SECRET)));
            case CERTIFICATE ->
                clientCredential(
                        endpoint,
                        tenantId,
                        () -> CertificateFile.load(
                                Path.of(required(CERTIFICATE_PATH)), environment.get(CERTIFICATE_PASSWORD)));
            case WORKLOAD_IDENTITY ->
                clientCredential(endpoint, tenantId, () -> FederatedAssertion.from(environment, proxy()));
            case MANAGED_IDENTITY ->
                new ManagedIdentityTokenProvider(
                        endpoint, present(environment.get(CLIENT_ID)) ? environment.get(CLIENT_ID) : null, idpHttp);
            case AZURE_CLI ->
                new AzureCliTokenProvider(
                        AzureCliTokenProvider.find(environment)
                                .orElseThrow(() -> new UsageException(
                                        "--auth azure-cli needs the Azure CLI (az) on PATH, and it is not there",
                                        "install it (https://learn.microsoft.com/cli/azure/install-azure-cli) and run"
                                                + " az login, or choose another --auth")),
                        environment,
                        AzureCliCommand.of(endpoint, tenantId),
                        InstantSource.system());
        };
    }

    /** The proxy the environment asks for ({@code HTTPS_PROXY}, {@code NO_PROXY}), for Graph and for sign-in. */
    public EnvironmentProxy proxy() {
        return EnvironmentProxy.from(environment);
    }

    /** The credential strings in the environment that must never appear in any output (redacted if they do). */
    public List<String> sensitiveValues() {
        return Stream.of(CLIENT_SECRET, CERTIFICATE_PASSWORD, ACTIONS_TOKEN, IDENTITY_HEADER)
                .map(environment::get)
                .filter(AuthEnvironment::present)
                .toList();
    }

    /**
     * The sign-in host: {@code AZURE_AUTHORITY_HOST} when set (as in the Azure SDK; the AKS webhook sets it), else the
     * cloud's own ({@code docs/graph.md} section 9).
     */
    static URI authorityHost(GraphEndpoint endpoint, Map<String, String> environment) {
        String host = environment.get(AUTHORITY_HOST);
        if (!present(host)) {
            return endpoint.signInHost();
        }
        URI uri = URI.create(host.trim().replaceAll("/+$", ""));
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new UsageException(
                    AUTHORITY_HOST + "=" + host + " is not an https URL",
                    "set it to the cloud's sign-in host, e.g. https://login.microsoftonline.us, or unset it");
        }
        return uri;
    }

    /** A credential that may fail with a usage problem only once the client id is known to be there. */
    private interface CredentialSource {
        IClientCredential get();
    }

    private TokenProvider clientCredential(GraphEndpoint endpoint, String tenantId, CredentialSource credential) {
        String clientId = required(CLIENT_ID);
        URI authority = authorityHost(endpoint, environment);
        return new ClientCredentialTokenProvider(
                authority,
                tenantId,
                clientId,
                credential.get(),
                endpoint.scope(),
                idpHttp,
                proxy().proxyFor(authority));
    }

    private String required(String variable) {
        String value = environment.get(variable);
        if (!present(value)) {
            throw new UsageException(
                    "--auth " + method.optionValue() + " needs " + variable + ", which is not set",
                    "set " + variable + " in the environment (credentials never go in the profile)");
        }
        return value;
    }

    @Override
    public String toString() {
        return "Authentication[method=" + method + ", environment=(not shown)]";
    }
}
