package io.github.cloudsync.emulator;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One injected fault, matched by method ({@code "!GET"} matches every method but GET) and a path regular expression
 * (searched in the request path with its version prefix, without the query). The first {@code skip} matching requests
 * pass untouched, so a rule can target e.g. exactly the k-th mutating request; a status rule with {@code fraction} f
 * answers only that share of the matching requests, spread evenly and deterministically (the n-th is hit when
 * floor(n f) grows). Mutable: {@code skip} and
 * {@code remaining} count down; guarded by {@link Faults}.
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
        /**
         * Closes the connection without an answer before serving the request, so nothing is committed, for the next
         * {@code count} requests (the JDK server cannot send a TCP RST; the client sees the connection end unanswered).
         */
        reset,
        /** Answers 404 to requests that address an object created less than {@code windowMs} ago. */
        notFoundAfterCreate,
        /** Answers 429 beyond {@code perSecond} requests in any one-second window. */
        rateLimit
    }

    private static final Set<String> FIELDS = Set.of(
            "kind",
            "method",
            "path",
            "count",
            "skip",
            "fraction",
            "latencyMs",
            "status",
            "retryAfter",
            "windowMs",
            "perSecond");

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

    int skip;
    final double fraction;
    long seen;

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
        this.remaining =
                json.path("count").asInt(kind == Kind.status || kind == Kind.drop || kind == Kind.reset ? 1 : -1);
        this.skip = json.path("skip").asInt(0);
        this.fraction = json.path("fraction").asDouble(1.0);
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fault fraction must be in (0, 1]");
        }
        this.latencyMs = json.path("latencyMs").asLong(0);
        this.status = json.path("status").asInt(kind == Kind.rateLimit ? 429 : 503);
        this.retryAfter = json.path("retryAfter").asInt(1);
        this.windowMs = json.path("windowMs").asLong(0);
        this.perSecond = json.path("perSecond").asInt(0);
        if (kind == Kind.status && (status < 400 || status > 599)) {
            throw new IllegalArgumentException("fault status must be 4xx or 5xx");
        }
        if (skip < 0) {
            throw new IllegalArgumentException("fault skip must be 0 or more");
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
                        "fault kind must be one of latency, status, drop, reset, notFoundAfterCreate," + " rateLimit");
            }
            throw e;
        }
    }

    boolean matches(String requestMethod, String requestPath) {
        boolean methodMatches = method == null
                || method.equals("*")
                || method.equals(requestMethod)
                || (method.startsWith("!") && !method.substring(1).equals(requestMethod));
        return methodMatches && (path == null || path.matcher(requestPath).find());
    }

    /** Counts one more matching request; whether it falls in the rule's {@code fraction}. */
    boolean sampled() {
        long before = (long) Math.floor(seen * fraction);
        seen++;
        return (long) Math.floor(seen * fraction) > before;
    }

    /** Takes one from the count; false when the rule is used up. */
    boolean consume() {
        if (remaining == 0) {
            return false;
        }
        if (skip > 0) {
            skip--;
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
        if (skip > 0) {
            json.put("skip", skip);
        }
        switch (kind) {
            case latency -> json.put("latencyMs", latencyMs);
            case status -> {
                json.put("status", status).put("retryAfter", retryAfter);
                if (fraction < 1) {
                    json.put("fraction", fraction);
                }
            }
            case notFoundAfterCreate -> json.put("windowMs", windowMs);
            case rateLimit -> json.put("perSecond", perSecond).put("retryAfter", retryAfter);
            case drop -> json.put("drop", true);
            case reset -> json.put("reset", true);
        }
        return json;
    }
}
