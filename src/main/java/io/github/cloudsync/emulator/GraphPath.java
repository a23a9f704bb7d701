package io.github.cloudsync.emulator;

import com.sun.net.httpserver.HttpExchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a request target into a {@link GraphCall}: version prefix ({@code /beta}, {@code /v1.0}), decoded segments,
 * a trailing slash accepted, keys in parentheses split off ({@code servicePrincipals(appId='x')},
 * {@code jobs('id')}), query options decoded (docs/graph.md section 12).
 */
final class GraphPath {
    private static final Pattern KEYED = Pattern.compile("^([A-Za-z]+)\\((.*)\\)$");
    private static final Pattern QUOTED = Pattern.compile("^'(.*)'$");

    private GraphPath() {}

    static GraphCall parse(HttpExchange exchange, byte[] body, Instant now) {
        String raw = exchange.getRequestURI().getRawPath();
        List<String> parts = new ArrayList<>(List.of(raw.substring(1).split("/", -1)));
        if (parts.size() > 1 && parts.get(parts.size() - 1).isEmpty()) {
            parts.remove(parts.size() - 1);
        }
        String version = parts.remove(0).toLowerCase(Locale.ROOT);
        if (!version.equals("beta") && !version.equals("v1.0")) {
            throw GraphFailure.badRequest("BadRequest", "Invalid version: " + version);
        }
        List<String> segments = new ArrayList<>();
        for (String part : parts) {
            String segment = URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
            if (segment.isEmpty()) {
                throw GraphFailure.badRequest("BadRequest", "Resource not found for the segment ''.");
            }
            Matcher keyed = KEYED.matcher(segment);
            if (keyed.matches()) {
                segments.add(keyed.group(1));
                Matcher quoted = QUOTED.matcher(keyed.group(2));
                segments.add(quoted.matches() ? quoted.group(1) : keyed.group(2));
            } else {
                segments.add(segment);
            }
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null) {
            host = "127.0.0.1:" + exchange.getLocalAddress().getPort();
        }
        return new GraphCall(
                exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                version,
                segments,
                query(exchange.getRequestURI().getRawQuery()),
                body,
                "http://" + host + "/" + version,
                now);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            query.put(
                    URLDecoder.decode(name, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return query;
    }
}
