package io.github.cloudsync.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A bare java.net.http caller for contract tests: none of cloudsync's own client code is involved. */
final class GraphHttp {
    static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One answer.
     *
     * @param status the HTTP status
     * @param headers the response headers
     * @param text the body as text ("" when none)
     */
    record Answer(int status, HttpHeaders headers, String text) {
        JsonNode json() {
            return JSON.readTree(text);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The error code inside a sync-backend error's message (which Graph wraps as a JSON string). */
        String innerCode() {
            return JSON.readTree(json().path("error").path("message").asString())
                    .path("error")
                    .path("code")
                    .asString();
        }
    }

    private final URI base;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private String token = "Bearer emulator";

    GraphHttp(URI base) {
        this.base = base;
    }

    GraphHttp withoutToken() {
        GraphHttp anonymous = new GraphHttp(base);
        anonymous.token = null;
        return anonymous;
    }

    /** Instantiates the cloud sync template on beta and returns the new service principal's id. */
    String instantiate(String displayName) {
        Answer answer = post(
                "/beta/applicationTemplates/1a4721b3-e57f-4451-ae87-ef078703ec94/instantiate",
                "{\"displayName\":\"" + displayName + "\"}");
        if (answer.status() != 201) {
            throw new IllegalStateException("instantiate answered " + answer.status() + ": " + answer.text());
        }
        return answer.json().path("servicePrincipal").path("id").asString();
    }

    /** Creates a job and returns its id. */
    String createJob(String spId, String templateId) {
        Answer answer = post(
                "/beta/servicePrincipals/" + spId + "/synchronization/jobs", "{\"templateId\":\"" + templateId + "\"}");
        if (answer.status() != 201) {
            throw new IllegalStateException("job create answered " + answer.status() + ": " + answer.text());
        }
        return answer.json().path("id").asString();
    }

    Answer get(String path) {
        return send("GET", path, null);
    }

    Answer post(String path, String body) {
        return send("POST", path, body);
    }

    Answer put(String path, String body) {
        return send("PUT", path, body);
    }

    Answer patch(String path, String body) {
        return send("PATCH", path, body);
    }

    Answer delete(String path) {
        return send("DELETE", path, null);
    }

    /** Sends {@code method path} (path starts with the version, e.g. {@code /beta/organization}). */
    Answer send(String method, String path, String body) {
        try {
            return sendOrFail(method, path, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Like {@link #send} but lets the I/O error of a dropped connection through. */
    Answer sendOrFail(String method, String path, String body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
