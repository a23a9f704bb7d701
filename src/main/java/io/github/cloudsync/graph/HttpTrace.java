package io.github.cloudsync.graph;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The {@code --verbose} HTTP trace: at level 1 one line per request sent (method, URL, status, duration, request-id,
 * retry number); at level 2 also headers and bodies. Everything passes through the {@link Redactor} first.
 */
public final class HttpTrace {
    private final int level;
    private final TraceSink sink;
    private final Redactor redactor;

    /** @param level 0 silent, 1 one line per request, 2 with headers and bodies */
    public HttpTrace(int level, TraceSink sink, Redactor redactor) {
        this.level = level;
        this.sink = sink;
        this.redactor = redactor;
    }

    /** A trace that writes nothing. */
    public static HttpTrace off() {
        return new HttpTrace(0, TraceSink.none(), new Redactor());
    }

    Redactor redactor() {
        return redactor;
    }

    void request(String method, URI uri, Map<String, List<String>> headers, String body) {
        if (level < 2) {
            return;
        }
        headers.forEach((name, values) -> values.forEach(v -> emit("graph: > " + name + ": " + headerValue(name, v))));
        if (body != null) {
            emit("graph: > " + redactor.body(uri.getPath(), body));
        }
    }

    void response(
            String method,
            URI uri,
            int status,
            Duration took,
            String requestId,
            int retry,
            HttpHeaders headers,
            byte[] body) {
        if (level < 1) {
            return;
        }
        emit("graph: " + method + " " + uri + " -> " + status + " in " + took.toMillis() + " ms, request-id "
                + requestId + ", retry " + retry);
        if (level >= 2) {
            headers.map().forEach((name, values) -> values.forEach(v -> emit("graph: < " + name + ": " + v)));
            if (body != null && body.length > 0) {
                emit("graph: < " + redactor.body(uri.getPath(), new String(body, StandardCharsets.UTF_8)));
            }
        }
    }

    void noAnswer(String method, URI uri, Duration took, int retry, Exception error) {
        if (level < 1) {
            return;
        }
        emit("graph: " + method + " " + uri + " -> no answer ("
                + error.getClass().getSimpleName() + ") in " + took.toMillis() + " ms, retry " + retry);
    }

    void waiting(Duration wait, String why) {
        if (level >= 1) {
            emit("graph: waiting " + wait.toMillis() + " ms before retrying (" + why + ")");
        }
    }

    private String headerValue(String name, String value) {
        return name.equalsIgnoreCase("authorization") ? "Bearer " + Redactor.REDACTED : value;
    }

    private void emit(String line) {
        sink.line(redactor.text(line));
    }
}
