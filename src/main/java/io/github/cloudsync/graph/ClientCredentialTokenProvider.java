package io.github.cloudsync.graph;

import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.IHttpClient;
import java.net.MalformedURLException;
import java.net.Proxy;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * App-only tokens through msal4j's client-credentials flow: a secret, a certificate, or a federated client assertion
 * (workload identity). There is one provider per tenant and run, and it keeps its token until five minutes before it
 * expires (msal4j's own cache does the same, except for an authority with an explicit port), so each tenant has its
 * own cache and the identity provider is asked once per token lifetime.
 */
final class ClientCredentialTokenProvider implements TokenProvider {
    /** The sign-in hosts msal4j knows; another one (AZURE_AUTHORITY_HOST) is neither validated nor discovered. */
    private static final Set<String> KNOWN_HOSTS = Set.of(
            "login.microsoftonline.com",
            "login.microsoftonline.us",
            "login.chinacloudapi.cn",
            "login.partner.microsoftonline.cn");

    private static final Duration EARLY = Duration.ofMinutes(5);

    private final ConfidentialClientApplication app;
    private final ClientCredentialParameters parameters;
    private IAuthenticationResult last;

    /**
     * @param authorityHost e.g. {@code https://login.microsoftonline.us}
     * @param scope the Graph scope, {@code {graphRoot}/.default}
     * @param idpHttp msal4j's HTTP hook; null uses msal4j's own client (production)
     * @param proxy the proxy for the authority host, or {@link Proxy#NO_PROXY}
     */
    ClientCredentialTokenProvider(
            URI authorityHost,
            String tenantId,
            String clientId,
            IClientCredential credential,
            String scope,
            IHttpClient idpHttp,
            Proxy proxy) {
        try {
            var builder = ConfidentialClientApplication.builder(clientId, credential)
                    .authority(authorityHost + "/" + tenantId + "/");
            String host = authorityHost.getHost().toLowerCase(Locale.ROOT);
            if (!host.equals("login.microsoftonline.com")) {
                // without this msal4j asks the global host to validate a national authority (docs/graph.md section 9)
                builder.instanceDiscovery(false);
            }
            if (!KNOWN_HOSTS.contains(host)) {
                builder.validateAuthority(false);
            }
            if (idpHttp != null) {
                builder.httpClient(idpHttp);
            } else if (proxy.type() != Proxy.Type.DIRECT) {
                builder.proxy(proxy);
            }
            this.app = builder.build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("bad authority for tenant " + tenantId, e);
        }
        this.parameters = ClientCredentialParameters.builder(Set.of(scope)).build();
    }

    @Override
    public synchronized String accessToken() {
        Instant now = Instant.now();
        if (last == null || !now.isBefore(last.expiresOnDate().toInstant().minus(EARLY))) {
            last = MsalCalls.await(() -> app.acquireToken(parameters));
        }
        return last.accessToken();
    }
}
