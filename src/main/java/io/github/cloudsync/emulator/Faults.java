package io.github.cloudsync.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;

/**
 * The injected faults in force, consulted for every Graph request (docs/architecture.md section 6). Lock order: this
 * object, then the tenant; nothing takes them the other way round.
 */
final class Faults {
    private final List<FaultRule> rules = new ArrayList<>();

    synchronized void add(FaultRule rule) {
        rules.add(rule);
    }

    synchronized void clear() {
        rules.clear();
    }

    synchronized ArrayNode toJson() {
        ArrayNode value = JsonTrees.array();
        rules.forEach(rule -> value.add(rule.toJson()));
        return value;
    }

    /** The total latency of the matching latency rules. */
    synchronized long latencyMs(String method, String path) {
        long total = 0;
        for (FaultRule rule : rules) {
            if (rule.kind == FaultRule.Kind.latency && rule.matches(method, path) && rule.consume()) {
                total += rule.latencyMs;
            }
        }
        return total;
    }

    /** The error to answer instead of serving the request, or null to serve it. */
    synchronized GraphFailure failure(String method, String path, Instant now, Tenant tenant) {
        for (FaultRule rule : rules) {
            if (!rule.matches(method, path)) {
                continue;
            }
            switch (rule.kind) {
                case status -> {
                    if (rule.sampled() && rule.consume()) {
                        return statusFailure(rule.status, rule.retryAfter);
                    }
                }
                case rateLimit -> {
                    while (!rule.admitted.isEmpty()
                            && !rule.admitted.peekFirst().isAfter(now.minusSeconds(1))) {
                        rule.admitted.removeFirst();
                    }
                    if (rule.admitted.size() >= rule.perSecond) {
                        return statusFailure(429, rule.retryAfter);
                    }
                    rule.admitted.addLast(now);
                }
                case notFoundAfterCreate -> {
                    String id = recentlyCreated(tenant, path, now, rule.windowMs);
                    if (id != null) {
                        return GraphFailure.resourceNotFound(id);
                    }
                }
                default -> {
                    // latency, drop and reset act elsewhere
                }
            }
        }
        return null;
    }

    /** Whether to close the connection before serving this request (nothing committed). */
    synchronized boolean reset(String method, String path) {
        for (FaultRule rule : rules) {
            if (rule.kind == FaultRule.Kind.reset && rule.matches(method, path) && rule.consume()) {
                return true;
            }
        }
        return false;
    }

    /** Whether to drop the connection after serving this request. */
    synchronized boolean drop(String method, String path) {
        for (FaultRule rule : rules) {
            if (rule.kind == FaultRule.Kind.drop && rule.matches(method, path) && rule.consume()) {
                return true;
            }
        }
        return false;
    }

    private static String recentlyCreated(Tenant tenant, String path, Instant now, long windowMs) {
        String lower = path.toLowerCase(Locale.ROOT);
        synchronized (tenant) {
            for (Map.Entry<String, Instant> created : tenant.created.entrySet()) {
                boolean recent = Duration.between(created.getValue(), now).toMillis() < windowMs;
                if (recent && lower.contains(created.getKey())) {
                    return created.getKey();
                }
            }
        }
        return null;
    }

    private static GraphFailure statusFailure(int status, int retryAfter) {
        String code = switch (status) {
            case 429 -> "TooManyRequests";
            case 500 -> "generalException";
            case 503 -> "serviceNotAvailable";
            case 504 -> "gatewayTimeout";
            default -> "UnknownError";
        };
        String message =
                status == 429 ? "Too many requests." : "The service is temporarily unavailable (injected fault).";
        Map<String, String> headers =
                status == 429 || status == 503 ? Map.of("Retry-After", Integer.toString(retryAfter)) : Map.of();
        return new GraphFailure(status, code, message, headers);
    }
}
