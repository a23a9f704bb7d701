package io.github.cloudsync.emulator;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One injected fault, matched by method and a path regular expression (searched in the request path with its version
 * prefix, without the query). Mutable: {@code remaining} counts down; guarded by {@link Faults}.
 */
final class FaultRule {
    /** What the rule does. */
    enum Kind {
        /** Waits {@code latencyMs} before answering. */
        latency,
        /** Answers {@code status} (429, 500, 503...) to the next {@code count} matching requests. */
        status,
        /** Commits the change, then closes the connection without an answer, for the next {@code count} requests. */
        drop,
        /** Answers 404 to requests that address an object created less than {@code windowMs} ago. */
        notFoundAfterCreate,
        /** Answers 429 beyond {@code perSecond} requests in any one-second window. */
        rateLimit
    }

    private static final Set<String> FIELDS =
            Set.of("kind", "method", "path", "count", "latencyMs", "status", "retryAfter", "windowMs", "perSecond");

    final Kind kind;
    final String method;
    final Pattern path;
    final long latencyMs;
    final int status;
    final int retryAfter;
    final long windowMs;
    final int perSecond;
    int remaining;
    /** Arrival times of the requests a rate limit let through in the last second (a sliding window). */
    final java.util.ArrayDeque<java.time.Instant> admitted = new java.util.ArrayDeque<>();

    private FaultRule(JsonNode json) {
        for (String name : json.propertyNames()) {
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("unknown fault field '" + name + "'");
            }
        }
        this.kind = Kind.valueOf(json.path("kind").asString(""));
        this.method = json.has("method") ? json.get("method").asString().toUpperCase(Locale.ROOT) : null;
        try {
            this.path = json.has("path") ? Pattern.compile(json.get("path").asString()) : null;
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("fault path is not a regular expression: " + e.getDescription());
        }
        this.remaining = json.path("count").asInt(kind == Kind.status || kind == Kind.drop ? 1 : -1);
        this.latencyMs = json.path("latencyMs").asLong(0);
        this.status = json.path("status").asInt(kind == Kind.rateLimit ? 429 : 503);
        this.retryAfter = json.path("retryAfter").asInt(1);
        this.windowMs = json.path("windowMs").asLong(0);
        this.perSecond = json.path("perSecond").asInt(0);
        if (kind == Kind.status && (status < 400 || status > 599)) {
            throw new IllegalArgumentException("fault status must be 4xx or 5xx");
        }
        if (kind == Kind.rateLimit && perSecond < 1) {
            throw new IllegalArgumentException("rateLimit needs perSecond >= 1");
        }
    }

    /** Parses one rule; {@link IllegalArgumentException} says what is wrong. */
    static FaultRule parse(JsonNode json) {
        if (!json.isObject()) {
            throw new IllegalArgumentException("a fault rule is a JSON object");
        }
        try {
            return new FaultRule(json);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("No enum constant")) {
                throw new IllegalArgumentException(
                        "fault kind must be one of latency, status, drop, notFoundAfterCreate," + " rateLimit");
            }
            throw e;
        }
    }

    boolean matches(String requestMethod, String requestPath) {
        return (method == null || method.equals("*") || method.equals(requestMethod))
                && (path == null || path.matcher(requestPath).find());
    }

    /** Takes one from the count; false when the rule is used up. */
    boolean consume() {
        if (remaining == 0) {
            return false;
        }
        if (remaining > 0) {
            remaining--;
        }
        return true;
    }

    ObjectNode toJson() {
        ObjectNode json = JsonTrees.object();
        json.put("kind", kind.name());
        if (method != null) {
            json.put("method", method);
        }
        if (path != null) {
            json.put("path", path.pattern());
        }
        json.put("remaining", remaining);
        switch (kind) {
            case latency -> json.put("latencyMs", latencyMs);
            case status -> json.put("status", status).put("retryAfter", retryAfter);
            case notFoundAfterCreate -> json.put("windowMs", windowMs);
            case rateLimit -> json.put("perSecond", perSecond).put("retryAfter", retryAfter);
            case drop -> json.put("drop", true);
        }
        return json;
    }
}
