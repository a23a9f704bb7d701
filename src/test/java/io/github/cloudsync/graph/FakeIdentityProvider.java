package io.github.cloudsync.graph;

import com.microsoft.aad.msal4j.HttpRequest;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.IHttpResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-process identity provider behind msal4j's HTTP hook: answers Entra token requests, instance discovery and the
 * managed identity endpoint, and records every request, so no test ever reaches the internet or 169.254.169.254.
 */
final class FakeIdentityProvider implements IHttpClient {
    private final String token;
    private final List<HttpRequest> requests = new CopyOnWriteArrayList<>();

    FakeIdentityProvider(String token) {
        this.token = token;
    }

    List<HttpRequest> requests() {
        return requests;
    }

    /** The token requests (not instance discovery). */
    List<HttpRequest> tokenRequests() {
        return requests.stream()
                .filter(r -> r.url().getPath().endsWith("/token"))
                .toList();
    }

    @Override
    public IHttpResponse send(HttpRequest request) {
        requests.add(request);
        String path = request.url().getPath();
        com.microsoft.aad.msal4j.HttpResponse response = new com.microsoft.aad.msal4j.HttpResponse();
        response.addHeaders(Map.of("Content-Type", List.of("application/json")));
        if (path.endsWith("/discovery/instance")) {
            String host = request.url().getHost();
            return response.statusCode(200)
                    .body("{\"tenant_discovery_endpoint\":\"https://" + host
                            + "/common/v2.0/.well-known/openid-configuration\",\"api-version\":\"1.1\",\"metadata\":[{"
                            + "\"preferred_network\":\"" + host + "\",\"preferred_cache\":\"" + host
                            + "\",\"aliases\":[\""
                            + host + "\"]}]}");
        }
        if (request.url().getHost().equals("169.254.169.254")) {
            long expires = Instant.now().plusSeconds(3600).getEpochSecond();
            return response.statusCode(200)
                    .body("{\"access_token\":\"" + token + "\",\"expires_on\":\"" + expires
                            + "\",\"resource\":\""
                            + query(request.url().getQuery()).get("resource")
                            + "\",\"token_type\":\"Bearer\"}");
        }
        if (path.endsWith("/oauth2/v2.0/token")) {
            return response.statusCode(200)
                    .body("{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,\"access_token\":\""
                            + token + "\"}");
        }
        return response.statusCode(404).body("{\"error\":\"not_found\"}");
    }

    /** A form or query string as a map. */
    static Map<String, String> query(String form) {
        Map<String, String> values = new LinkedHashMap<>();
        if (form == null) {
            return values;
        }
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.put(key, value);
        }
        return values;
    }
}
