package io.github.cloudsync.graph;

import java.net.ProxySelector;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Objects;

/**
 * Everything a {@link GraphSession} is built from. {@link #of} gives production defaults; tests replace the clock,
 * sleeper, retry policy or trace with the {@code with...} methods.
 *
 * @param cloudsyncVersion sent as {@code User-Agent: cloudsync/<version>}
 * @param connectTimeout for opening a connection
 * @param limits the size of one answer, the time from sending a request to the end of its answer, and the pages and
 *     time of one list
 * @param proxy where https requests to Graph go ({@link EnvironmentProxy}); plain http (the emulator) never uses it
 */
public record GraphSettings(
        GraphEndpoint endpoint,
        TokenProvider tokens,
        String cloudsyncVersion,
        HttpTrace trace,
        RetryPolicy retryPolicy,
        InstantSource clock,
        Sleeper sleeper,
        Duration connectTimeout,
        GraphLimits limits,
        ProxySelector proxy) {
    public GraphSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(cloudsyncVersion, "cloudsyncVersion");
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(proxy, "proxy");
    }

    /**
     * Production defaults: no trace, the standard retry policy, the system clock, 10 s connect, the standard
     * {@link GraphLimits} (100 s an answer), no proxy.
     */
    public static GraphSettings of(GraphEndpoint endpoint, TokenProvider tokens, String cloudsyncVersion) {
        return new GraphSettings(
                endpoint,
                tokens,
                cloudsyncVersion,
                HttpTrace.off(),
                RetryPolicy.standard(),
                InstantSource.system(),
                Sleeper.system(),
                Duration.ofSeconds(10),
                GraphLimits.standard(),
                ProxySelector.of(null));
    }

    /**
     * Production settings for a signed-in session: the token provider from {@code authentication}, the proxy of its
     * environment, and a trace at {@code verbosity} whose redactor already knows the credential strings of the
     * environment.
     */
    public static GraphSettings signedIn(
            GraphEndpoint endpoint,
            Authentication authentication,
            String tenantId,
            String cloudsyncVersion,
            int verbosity,
            TraceSink sink) {
        Redactor redactor = new Redactor();
        authentication.sensitiveValues().forEach(redactor::register);
        TokenProvider tokens = authentication.tokenProvider(endpoint, tenantId);
        return of(endpoint, tokens, cloudsyncVersion)
                .withTrace(new HttpTrace(verbosity, sink, redactor))
                .withProxy(authentication.proxy());
    }

    public GraphSettings withTrace(HttpTrace newTrace) {
        return new GraphSettings(
                endpoint,
                tokens,
                cloudsyncVersion,
                newTrace,
                retryPolicy,
                clock,
                sleeper,
                connectTimeout,
                limits,
                proxy);
    }

    public GraphSettings withRetries(RetryPolicy policy, InstantSource newClock, Sleeper newSleeper) {
        return new GraphSettings(
                endpoint, tokens, cloudsyncVersion, trace, policy, newClock, newSleeper, connectTimeout, limits, proxy);
    }

    /** The same settings with one answer allowed {@code timeout}, from sending the request to its last byte. */
    public GraphSettings withRequestTimeout(Duration timeout) {
        return withLimits(limits.withResponseTimeout(timeout));
    }

    public GraphSettings withLimits(GraphLimits newLimits) {
        return new GraphSettings(
                endpoint,
                tokens,
                cloudsyncVersion,
                trace,
                retryPolicy,
                clock,
                sleeper,
                connectTimeout,
                newLimits,
                proxy);
    }

    public GraphSettings withProxy(ProxySelector newProxy) {
        return new GraphSettings(
                endpoint,
                tokens,
                cloudsyncVersion,
                trace,
                retryPolicy,
                clock,
                sleeper,
                connectTimeout,
                limits,
                newProxy);
    }
}
