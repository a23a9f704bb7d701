package io.github.cloudsync.emulator;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one HTTP entry point: control-plane calls go to {@link ControlPlane}; Graph calls get a request id, the bearer
 * check, the injected faults, the router, the error envelope, and a request-log entry (docs/graph.md 7 and 15).
 */
final class EmulatorHttpHandler implements HttpHandler {
    /** Graph's JSON content type (docs/graph.md 15). */
    static final String JSON_TYPE =
            "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

    private static final DateTimeFormatter INNER_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private final Tenant tenant;
    private final GraphRouter router;
    private final ControlPlane control;
    private final Faults faults;
    private final RequestLog log;
    private final Clock clock;

    EmulatorHttpHandler(
            Tenant tenant, GraphRouter router, ControlPlane control, Faults faults, RequestLog log, Clock clock) {
        this.tenant = tenant;
        this.router = router;
        this.control = control;
        this.faults = faults;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String rawPath = exchange.getRequestURI().getRawPath();
            if (rawPath.equals("/_emulator") || rawPath.startsWith("/_emulator/")) {
                String resource = stripSlash(
                        rawPath.length() > "/_emulator/".length() ? rawPath.substring("/_emulator/".length()) : "");
                GraphReply reply;
                try {
                    RequestLimits.checkControl(exchange);
                    byte[] body = RequestLimits.body(
                            exchange, resource.equals("state") ? RequestLimits.STATE_BYTES : RequestLimits.BODY_BYTES);
                    reply = control.handle(
                            exchange.getRequestMethod(),
                            resource,
                            exchange.getRequestURI().getRawQuery(),
                            body);
                } catch (RequestLimits.Refused refused) {
                    ObjectNode error = JsonTrees.object();
                    error.putObject("error").put("code", refused.code).put("message", refused.getMessage());
                    reply = GraphReply.json(refused.status, error);
                }
                write(exchange, reply);
                return;
            }
            byte[] body;
            try {
                body = RequestLimits.body(exchange, RequestLimits.BODY_BYTES);
            } catch (RequestLimits.Refused refused) {
                write(
                        exchange,
                        envelope(
                                refused.failure(),
                                UUID.randomUUID().toString(),
                                UUID.randomUUID().toString()));
                return;
            }
            serveGraph(exchange, body);
        }
    }

    private void serveGraph(HttpExchange exchange, byte[] body) throws IOException {
        Instant started = clock.instant();
        String method = exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
        String decodedPath = exchange.getRequestURI().getPath();
        String requestId = UUID.randomUUID().toString();
        String clientRequestId = exchange.getRequestHeaders().getFirst("client-request-id");
        if (clientRequestId == null || clientRequestId.isBlank()) {
            clientRequestId = requestId;
        }
        Headers headers = exchange.getResponseHeaders();
        headers.set("request-id", requestId);
        headers.set("client-request-id", clientRequestId);

        GraphReply reply;
        boolean drop = false;
        try {
            requireBearer(exchange);
            sleep(faults.latencyMs(method, decodedPath));
            drop = faults.reset(method, decodedPath);
            if (drop) {
                throw new ConnectionReset();
            }
            GraphFailure injected = faults.failure(method, decodedPath, clock.instant(), tenant);
            if (injected != null) {
                throw injected;
            }
            GraphCall call = GraphPath.parse(exchange, body, clock.instant());
            reply = tenant.replicas.serve(call, tenant, router);
            drop = faults.drop(method, decodedPath);
        } catch (ConnectionReset reset) {
            reply = null;
        } catch (GraphFailure failure) {
            reply = envelope(failure, requestId, clientRequestId);
        } catch (RuntimeException unexpected) {
            reply = envelope(
                    new GraphFailure(500, "generalException", "Emulator error: " + unexpected, Map.of()),
                    requestId,
                    clientRequestId);
        }
        String target = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null
                        ? ""
                        : "?" + exchange.getRequestURI().getRawQuery());
        if (drop) {
            log.add(new RequestLog.Entry(method, target, 0, started, clock.instant(), body));
            return;
        }
        // logged before the answer is written: once a client has its answer, the entry is in the log, so the log
        // keeps the order requests were served in and a clear right after a call never races with its entry
        log.add(new RequestLog.Entry(method, target, reply.status(), started, clock.instant(), body));
        write(exchange, reply);
    }

    /** Thrown by a reset fault to leave the request unserved. */
    private static final class ConnectionReset extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ConnectionReset() {
            super("reset fault", null, false, false);
        }
    }

    /** Any non-empty bearer token passes; none is Graph's 401 (docs/graph.md 7.2). */
    private static void requireBearer(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        boolean bearer = authorization != null
                && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && !authorization.substring(7).isBlank();
        if (!bearer) {
            throw new GraphFailure(401, "InvalidAuthenticationToken", "Access token is empty.", Map.of());
        }
    }

    private GraphReply envelope(GraphFailure failure, String requestId, String clientRequestId) {
        ObjectNode body = JsonTrees.object();
        ObjectNode error = body.putObject("error");
        error.put("code", failure.code());
        error.put("message", failure.getMessage());
        ObjectNode inner = error.putObject("innerError");
        inner.put("date", INNER_DATE.format(clock.instant()));
        inner.put("request-id", requestId);
        inner.put("client-request-id", clientRequestId);
        return GraphReply.json(failure.status(), body, failure.headers());
    }

    private static void write(HttpExchange exchange, GraphReply reply) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        reply.headers().forEach(headers::set);
        if (reply.body() == null) {
            exchange.sendResponseHeaders(reply.status(), -1);
            return;
        }
        byte[] bytes = reply.body();
        headers.set("Content-Type", JSON_TYPE);
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String stripSlash(String resource) {
        return resource.endsWith("/") ? resource.substring(0, resource.length() - 1) : resource;
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
