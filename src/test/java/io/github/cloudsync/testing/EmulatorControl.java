package io.github.cloudsync.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test support: the emulator's control plane ({@code /_emulator/}, docs/emulator.md) over plain java.net.http, so tests
 * seed state, read it back, read the request log, inject faults and quarantine jobs without knowing the wire format.
 */
public final class EmulatorControl {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One Graph request the emulator served.
     *
     * @param method the HTTP method
     * @param path the request target: version prefix, path and query, as sent
     * @param status the status answered; 0 when a drop fault closed the connection instead
     * @param startedAt ISO-8601 with milliseconds
     * @param endedAt ISO-8601 with milliseconds
     */
    public record LoggedRequest(
            String method, String path, int status, String startedAt, String endedAt, String bodySha256) {
        /** Whether the request could change state (anything but GET). */
        public boolean mutating() {
            return !method.equals("GET");
        }
    }

    private final URI base;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** @param baseUri the emulator's base URI, e.g. {@code GraphEmulator.baseUri()} */
    public EmulatorControl(URI baseUri) {
        this.base = baseUri;
    }

    /** Replaces the whole tenant with a state document (JSON text). */
    public void seedState(String stateJson) {
        send("PUT", "state", stateJson);
    }

    /** Replaces the whole tenant with a classpath resource, e.g. {@code /emulator/empty-tenant.json}. */
    public void seedStateFromResource(String resource) {
        try (InputStream in = EmulatorControl.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no classpath resource " + resource);
            }
            seedState(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole tenant (secrets unmasked; schemas only where customised). */
    public JsonNode state() {
        return JSON.readTree(send("GET", "state", null));
    }

    /** The whole tenant with every job's schema, default or not. */
    public JsonNode stateWithAllSchemas() {
        return JSON.readTree(send("GET", "state?schemas=all", null));
    }

    /** Changes emulator switches, e.g. {@code {"appKeyReadable":true}} or {@code {"replicationLagMs":30000}}. */
    public void settings(String changesJson) {
        send("PATCH", "settings", changesJson);
    }

    public List<LoggedRequest> requests() {
        List<LoggedRequest> requests = new ArrayList<>();
        for (JsonNode entry : JSON.readTree(send("GET", "requests", null)).path("value")) {
            requests.add(new LoggedRequest(
                    entry.path("method").asString(),
                    entry.path("path").asString(),
                    entry.path("status").asInt(),
                    entry.path("startedAt").asString(),
                    entry.path("endedAt").asString(),
                    entry.path("bodySha256").asString()));
        }
        return requests;
    }

    public void clearRequests() {
        send("DELETE", "requests", null);
    }

    /** How many Graph requests were served since the last clear. */
    public long requestCount() {
        return requests().size();
    }

    /** How many requests other than GET were served since the last clear. */
    public long mutatingRequestCount() {
        return requests().stream().filter(LoggedRequest::mutating).count();
    }

    /** How many requests with this method whose path matches {@code pathRegex} (searched) were served. */
    public long requestCount(String method, String pathRegex) {
        Pattern pattern = Pattern.compile(pathRegex);
        return requests().stream()
                .filter(r ->
                        r.method().equals(method) && pattern.matcher(r.path()).find())
                .count();
    }

    /** Adds a fault rule (or a JSON array of rules), e.g. {@code {"kind":"status","status":429,"count":2}}. */
    public void addFault(String ruleJson) {
        send("POST", "faults", ruleJson);
    }

    public void clearFaults() {
        send("DELETE", "faults", null);
    }

    /** Quarantines a job for TooManyDeletes, holding back as many deletes as the threshold. */
    public void quarantine(String servicePrincipalId, String jobId) {
        send(
                "POST",
                "quarantine",
                "{\"servicePrincipalId\":\"" + servicePrincipalId + "\",\"jobId\":\"" + jobId + "\"}");
    }

    /** Quarantines a job for TooManyDeletes with {@code pendingDeletes} deletes held back. */
    public void quarantine(String servicePrincipalId, String jobId, long pendingDeletes) {
        send(
                "POST",
                "quarantine",
                "{\"servicePrincipalId\":\"" + servicePrincipalId + "\",\"jobId\":\"" + jobId + "\",\"pendingDeletes\":"
                        + pendingDeletes + "}");
    }

    /**
     * Quarantines a job as {@code requestJson} says: {@code servicePrincipalId}, {@code jobId} and optionally
     * {@code reason}, {@code errorCode}, {@code emptyDates}, {@code pendingDeletes} (docs/emulator.md).
     */
    public void quarantine(String requestJson) {
        send("POST", "quarantine", requestJson);
    }

    private String send(String method, String resource, String body) {
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/_emulator/" + resource))
                .method(method, publisher)
                .header("Content-Type", "application/json")
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " /_emulator/" + resource + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
