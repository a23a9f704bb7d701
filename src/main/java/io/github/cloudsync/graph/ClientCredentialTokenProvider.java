package io.github.cloudsync.graph;

import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.IHttpClient;
import java.net.MalformedURLException;
import java.util.Set;

/**
 * App-only tokens through msal4j's client-credentials flow (secret or certificate). msal4j keeps them in its in-memory
 * cache per application object, so one provider per run asks the identity provider once per token lifetime.
 */
final class ClientCredentialTokenProvider implements TokenProvider {
    private final ConfidentialClientApplication app;
    private final ClientCredentialParameters parameters;

    /**
     * @param idpHttp msal4j's HTTP hook; null uses msal4j's own client (production). Tests pass a fake identity provider.
     */
    ClientCredentialTokenProvider(
            GraphEndpoint endpoint,
            String tenantId,
            String clientId,
            IClientCredential credential,
            IHttpClient idpHttp) {
        try {
            var builder = ConfidentialClientApplication.builder(clientId, credential)
                    .authority(endpoint.signInHost() + "/" + tenantId + "/");
            if (!endpoint.signInHost().getHost().equals("login.microsoftonline.com")) {
                // libraries.md section 2.1/9: without this msal4j asks the global host to validate a national authority
                builder.instanceDiscovery(false);
            }
            if (idpHttp != null) {
                builder.httpClient(idpHttp);
            }
            this.app = builder.build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("bad authority for tenant " + tenantId, e);
        }
        this.parameters =
                ClientCredentialParameters.builder(Set.of(endpoint.scope())).build();
    }

    @Override
    public String accessToken() {
        return MsalCalls.await(() -> app.acquireToken(parameters)).accessToken();
    }
}
