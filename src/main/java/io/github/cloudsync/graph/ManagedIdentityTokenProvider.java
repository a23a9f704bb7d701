package io.github.cloudsync.graph;

import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.ManagedIdentityApplication;
import com.microsoft.aad.msal4j.ManagedIdentityId;
import com.microsoft.aad.msal4j.ManagedIdentityParameters;

/**
 * Tokens from the Azure managed identity of the machine cloudsync runs on: system-assigned, or user-assigned when a
 * client id is given ({@code AZURE_CLIENT_ID}). The resource is the Graph root (docs/graph.md section 9). msal4j finds
 * the endpoint itself: {@code IDENTITY_ENDPOINT} (App Service, Arc, Service Fabric), {@code MSI_ENDPOINT} (Cloud
 * Shell), else IMDS ({@code AZURE_POD_IDENTITY_AUTHORITY_HOST} or 169.254.169.254); these are plain http to this
 * machine or a link-local address and never go through a proxy.
 */
final class ManagedIdentityTokenProvider implements TokenProvider {
    private final ManagedIdentityApplication app;
    private final ManagedIdentityParameters parameters;

    /** @param idpHttp msal4j's HTTP hook; null in production. */
    ManagedIdentityTokenProvider(GraphEndpoint endpoint, String userAssignedClientId, IHttpClient idpHttp) {
        ManagedIdentityId id = userAssignedClientId == null
                ? ManagedIdentityId.systemAssigned()
                : ManagedIdentityId.userAssignedClientId(userAssignedClientId);
        var builder = ManagedIdentityApplication.builder(id);
        if (idpHttp != null) {
            builder.httpClient(idpHttp);
        }
        this.app = builder.build();
        this.parameters = ManagedIdentityParameters.builder(endpoint.graphRoot().toString())
                .build();
    }

    @Override
    public String accessToken() {
        return MsalCalls.await(() -> app.acquireTokenForManagedIdentity(parameters))
                .accessToken();
    }
}
