// Over 300 lines because the retry rules of one send are one loop, which reads best in one place (see the class
// comment).
package io.github.cloudsync.graph;

import io.github.cloudsync.model.GraphException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends one {@link GraphCall} with the headers Graph expects and the retry rules of {@link RetryPolicy}: 429/503/504
 * wait for {@code Retry-After} (else backoff), at most {@code maxAttempts} sends; 404/409/403 on an object this session
 * created are retried until the consistency deadline after its create (docs/graph.md section 16.1), however many sends
 * that takes; lost answers are repeated only when that is safe (see {@link GraphCall.Kind}). It also remembers when
 * this session last wrote, for {@link Consistency}. Every answer is received within {@link GraphLimits} by
 * {@link BoundedExchange}: one too large is refused and not retried, one that does not end in time is a lost answer.
 *
 * <p>Over 300 lines because the retry rules of one send are one loop, which reads best in one place.
 */
final class GraphTransport {
    private final BoundedExchange http;
    private final GraphEndpoint endpoint;
    private final TokenProvider tokens;
    private final String userAgent;
    private final RetryPolicy policy;
    private final InstantSource clock;
    private final Sleeper sleeper;
    private final HttpTrace trace;
    private final Map<String, Instant> createdAt = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> lastWrite = new AtomicReference<>();

    GraphTransport(
            BoundedExchange http,
            GraphEndpoint endpoint,
            TokenProvider tokens,
            String userAgent,
            RetryPolicy policy,
            InstantSource clock,
            Sleeper sleeper,
            HttpTrace trace) {
        this.http = http;
        this.endpoint = endpoint;
        this.tokens = tokens;
        this.userAgent = userAgent;
        this.policy = policy;
        this.clock = clock;
        this.sleeper = sleeper;
        this.trace = trace;
    }

    GraphEndpoint endpoint() {
        return endpoint;
    }

    GraphLimits limits() {
        return http.limits();
    }

    Redactor redactor() {
        return trace.redactor();
    }

    /** Opens the consistency window for an object a create just returned (docs/graph.md section 16.1). */
    void markCreated(String objectId) {
        createdAt.put(objectId, clock.instant());
    }

    /**
     * Right after this session's latest write, waits the {@code retry}-th backoff (1-based) and returns true, unless
     * that wait would end past the consistency deadline of the write (or nothing was written): then returns false at
     * once. Bounded by the deadline, never by a count.
     */
    boolean awaitConsistency(int retry, String why) {
        Instant written = lastWrite.get();
        if (written == null) {
            return false;
        }
        Duration wait = policy.backoff(retry);
        if (clock.instant().plus(wait).isAfter(policy.consistencyDeadline(written))) {
            return false;
        }
        trace.waiting(wait, why);
        sleep(wait);
        return true;
    }

    /** What the clock says now: the injected one, so that tests run on virtual time. */
    Instant now() {
        return clock.instant();
    }

    /** Sends a call that is not a create; a lost answer to one becomes a {@link GraphException}. */
    GraphResponse send(GraphCall call) {
        if (call.kind() == GraphCall.Kind.CREATE) {
            throw new IllegalArgumentException("creates go through sendCreate");
        }
        try {
            return exchange(call);
        } catch (ResponseLost impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Sends a create; a lost answer (sent, but no response) is a {@link ResponseLost} for the caller to re-read. */
    GraphResponse sendCreate(GraphCall call) throws ResponseLost {
        return exchange(call);
    }

    /** Waits as the backoff says before the {@code retry}-th repeat of a create the caller decided to re-send. */
    void pause(int retry, String why) {
        Duration wait = policy.backoff(retry);
        trace.waiting(wait, why);
        sleep(wait);
    }

    private GraphResponse exchange(GraphCall call) throws ResponseLost {
        URI uri = resolve(call.target());
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        Instant started = clock.instant();
        int retries = 0;
        int consistencyRetries = 0;
        for (int attempt = 1; ; attempt++) {
            String clientRequestId = clientRequestId();
            HttpRequest request = build(call, uri, clientRequestId);
            trace.request(call.method(), uri, request.headers().map(), call.body());
            Instant sent = clock.instant();
            HttpResponse<byte[]> response;
            try {
                response = http.send(request);
            } catch (AnswerTooLarge e) {
                trace.noAnswer(call.method(), uri, Duration.between(sent, clock.instant()), attempt - 1, e);
                if (call.writes()) {
                    lastWrite.set(clock.instant());
                }
                throw overLimit(
                        call.method() + " " + GraphErrors.readable(path) + ": Graph's answer was refused: "
                                + e.getMessage() + " (" + GraphLimits.MAX_BODY_MB + ")",
                        clientRequestId);
            } catch (IOException e) {
                trace.noAnswer(call.method(), uri, Duration.between(sent, clock.instant()), attempt - 1, e);
                boolean neverSent = e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
                if (!neverSent && call.writes()) {
                    lastWrite.set(clock.instant());
                }
                if (!neverSent && call.kind() == GraphCall.Kind.CREATE) {
                    throw new ResponseLost(call.method() + " " + path, e);
                }
                boolean repeatable = neverSent
                        || call.kind() == GraphCall.Kind.READ
                        || call.kind() == GraphCall.Kind.IDEMPOTENT
                        || call.kind() == GraphCall.Kind.QUERY;
                Duration wait = policy.backoff(++retries);
                if (repeatable && mayRetry(retries, started, wait)) {
                    trace.waiting(wait, "no answer");
                    sleep(wait);
                    continue;
                }
                throw noAnswer(call, path, clientRequestId, neverSent, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw noAnswer(call, path, clientRequestId, false, e);
            }
            int status = response.statusCode();
            String requestId = response.headers().firstValue("request-id").orElse(null);
            trace.response(
                    call.method(),
                    uri,
                    status,
                    Duration.between(sent, clock.instant()),
                    requestId,
                    attempt - 1,
                    response.headers(),
                    response.body());
            if (status / 100 == 2) {
                if (call.writes()) {
                    lastWrite.set(clock.instant());
                }
                return new GraphResponse(
                        call.method() + " " + GraphErrors.readable(path),
                        status,
                        response.body(),
                        requestId,
                        clientRequestId);
            }
            if (RetryPolicy.throttled(status)) {
                int retry = ++retries;
                Duration wait = RetryAfter.parse(
                                response.headers().firstValue("Retry-After").orElse(null), clock.instant())
                        .orElseGet(() -> policy.backoff(retry));
                if (mayRetry(retry, started, wait)) {
                    trace.waiting(wait, "status " + status);
                    sleep(wait);
                    continue;
                }
            } else if (status == 404 || status == 409 || status == 403) {
                Duration wait = policy.backoff(++consistencyRetries);
                Optional<Instant> deadline = freshObjectDeadline(uri);
                if (deadline.isPresent() && !clock.instant().plus(wait).isAfter(deadline.get())) {
                    trace.waiting(wait, "status " + status + " right after the create; Graph may not show it yet");
                    sleep(wait);
                    continue;
                }
            }
            GraphException failure = GraphErrors.from(
                    call,
                    path,
                    status,
                    new String(response.body(), StandardCharsets.UTF_8),
                    requestId,
                    response.headers().firstValue("client-request-id").orElse(clientRequestId));
            throw redacted(failure);
        }
    }

    /** The latest consistency deadline of the objects this session created that {@code uri} names, if one is open. */
    private Optional<Instant> freshObjectDeadline(URI uri) {
        Instant now = clock.instant();
        String path = uri.getRawPath();
        return createdAt.entrySet().stream()
                .filter(e -> path.contains(e.getKey()))
                .map(e -> policy.consistencyDeadline(e.getValue()))
                .filter(deadline -> !deadline.isBefore(now))
                .max(Instant::compareTo);
    }

    /** Whether the {@code retry}-th throttling or lost-answer retry (1-based) is within the count and total time. */
    private boolean mayRetry(int retry, Instant started, Duration wait) {
        Duration spent = Duration.between(started, clock.instant());
        return retry < policy.maxAttempts() && spent.plus(wait).compareTo(policy.maxTotal()) <= 0;
    }

    private HttpRequest build(GraphCall call, URI uri, String clientRequestId) {
        String token = tokens.accessToken();
        trace.redactor().register(token);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(http.limits().responseTimeout())
                .header("Authorization", "Bearer " + token)
                .header("client-request-id", clientRequestId)
                .header("User-Agent", userAgent)
                .header("Accept", "application/json");
        if (call.body() == null) {
            return builder.method(call.method(), HttpRequest.BodyPublishers.noBody())
                    .build();
        }
        return builder.header("Content-Type", "application/json")
                .method(call.method(), HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8))
                .build();
    }

    /**
     * A random version-4 UUID for {@code client-request-id}: it only correlates a request with Graph's logs, so it
     * comes from the thread's fast generator rather than {@link UUID#randomUUID()}'s SecureRandom, which reads the
     * system's entropy under a lock for each request (fleet drift sends thousands).
     */
    private static String clientRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }

    /** A path under the version base, or an {@code @odata.nextLink}, which must point at the same Graph. */
    private URI resolve(String target) {
        if (!target.startsWith("http://") && !target.startsWith("https://")) {
            return URI.create(endpoint.base() + target);
        }
        URI uri = URI.create(target);
        URI root = endpoint.graphRoot();
        boolean sameGraph = root.getScheme().equalsIgnoreCase(uri.getScheme())
                && root.getHost().equalsIgnoreCase(uri.getHost())
                && root.getPort() == uri.getPort();
        if (!sameGraph) {
            throw GraphException.of(
                    GraphException.Kind.FOREIGN_NEXT_LINK,
                    "UnexpectedNextLink",
                    "Graph sent a next-page link to another host: " + uri.getHost(),
                    null);
        }
        return uri;
    }

    private GraphException noAnswer(
            GraphCall call, String path, String clientRequestId, boolean neverSent, Exception e) {
        String effect =
                neverSent || call.kind() != GraphCall.Kind.ACTION ? "" : "; it may or may not have taken effect";
        String what = e instanceof HttpTimeoutException && !neverSent
                ? "no complete answer from Graph within "
                        + http.limits().responseTimeout().toSeconds() + " s (" + GraphLimits.TIMEOUT + ")"
                : "no answer from Graph (" + e.getClass().getSimpleName() + ")";
        return redacted(new GraphException(
                GraphException.Kind.NO_ANSWER,
                0,
                "NoResponse",
                call.method() + " " + GraphErrors.readable(path) + ": " + what + effect,
                null,
                clientRequestId,
                new GraphException.Call(null, true, false, endpoint.graphRoot().toString()),
                null));
    }

    /** A refusal by one of the {@link GraphLimits}; the message names the call and the setting that refused it. */
    GraphException overLimit(String message, String clientRequestId) {
        return redacted(new GraphException(
                GraphException.Kind.ANSWER_OVER_LIMIT,
                0,
                "AnswerOverLimit",
                message,
                null,
                clientRequestId,
                new GraphException.Call(null, true, false, endpoint.graphRoot().toString()),
                null));
    }

    private GraphException redacted(GraphException e) {
        Redactor r = trace.redactor();
        return e.withMessage(r.text(e.getMessage()));
    }

    private void sleep(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw GraphException.of(
                    GraphException.Kind.INTERRUPTED, "Interrupted", "interrupted while waiting to retry", e);
        }
    }
}
