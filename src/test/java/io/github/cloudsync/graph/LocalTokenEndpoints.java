package io.github.cloudsync.graph;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Plain-http token sources on 127.0.0.1, as they are on the machines that have them: an App Service style managed
 * identity endpoint ({@code /msi/token}, needs the {@code X-IDENTITY-HEADER}), IMDS ({@code /metadata/identity/...},
 * needs {@code Metadata: true}) and GitHub Actions' OIDC token request ({@code /oidc?api-version=2.0&audience=...},
 * needs the request bearer). Every request is recorded with its query and headers.
 */
final class LocalTokenEndpoints implements AutoCloseable {
    static final String IDENTITY_HEADER = "identity-header-secret-value";
    static final String ACTIONS_BEARER = "actions-request-bearer-secret";
    /** A JWT-shaped GitHub OIDC token (not signed: Entra is not in the test). */
    static final String GITHUB_JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm8vcjpyZWYifQ.c2lnbmF0dXJl";

    /** One request as received. */
    record Request(
            String path, Map<String, String> query, String authorization, String identityHeader, String metadata) {}

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    LocalTokenEndpoints() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Request> requests() {
        return requests;
    }

    /** The token a managed identity gets for {@code resource}. */
    static String managedIdentityToken(String resource) {
        return "mi-token-for-" + resource;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Map<String, String> query =
                FakeIdentityProvider.query(exchange.getRequestURI().getRawQuery());
        var headers = exchange.getRequestHeaders();
        requests.add(new Request(
                path,
                query,
                headers.getFirst("Authorization"),
                headers.getFirst("X-IDENTITY-HEADER"),
                headers.getFirst("Metadata")));
        String expires = String.valueOf(Instant.now().plusSeconds(3600).getEpochSecond());
        String miAnswer = "{\"access_token\":\"" + managedIdentityToken(query.get("resource")) + "\",\"expires_on\":\""
                + expires + "\",\"resource\":\"" + query.get("resource") + "\",\"token_type\":\"Bearer\"}";
        int status;
        String body;
        if (path.equals("/msi/token") && IDENTITY_HEADER.equals(headers.getFirst("X-IDENTITY-HEADER"))) {
            status = 200;
            body = miAnswer;
        } else if (path.equals("/metadata/identity/oauth2/token") && "true".equals(headers.getFirst("Metadata"))) {
            status = 200;
            body = miAnswer;
        } else if (path.equals("/metadata/identity/oauth2/token")) {
            status = 400;
            body = "{\"error\":\"invalid_request\",\"error_description\":\"Required metadata header not specified\"}";
        } else if (path.equals("/oidc") && ("Bearer " + ACTIONS_BEARER).equals(headers.getFirst("Authorization"))) {
            status = 200;
            body = "{\"count\":1,\"value\":\"" + GITHUB_JWT + "\"}";
        } else {
            status = path.equals("/oidc") ? 401 : 404;
            body = "{\"error\":\"refused\"}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
