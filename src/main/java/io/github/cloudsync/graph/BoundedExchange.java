package io.github.cloudsync.graph;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one request and receives its whole answer within {@link GraphLimits}: the body through {@link CappedBody}, and
 * the time to its last byte bounded. The request's own timeout ends at the headers (java.net.http's
 * {@code HttpRequest.Builder.timeout}), so a body that stalls after them is timed out here; the exchange is then
 * cancelled, which closes its connection.
 */
final class BoundedExchange {
    private final HttpClient http;
    private final GraphLimits limits;

    BoundedExchange(HttpClient http, GraphLimits limits) {
        this.http = http;
        this.limits = limits;
    }

    GraphLimits limits() {
        return limits;
    }

    /**
     * The whole answer; an {@link AnswerTooLarge} when its body passes the limit, an {@link HttpTimeoutException} when
     * it does not end in time, any other {@link IOException} as the client raised it.
     */
    HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<byte[]>> pending =
                http.sendAsync(request, info -> new CappedBody(info, limits.maxBodyBytes()));
        try {
            return pending.get(limits.responseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new HttpTimeoutException(
                    "no complete answer within " + limits.responseTimeout().toSeconds() + " s");
        } catch (InterruptedException e) {
            pending.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw unwrapped(e);
        }
    }

    private static IOException unwrapped(ExecutionException e) {
        Throwable io = null;
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof AnswerTooLarge tooLarge) {
                return tooLarge;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            if (io == null && cause instanceof IOException) {
                io = cause;
            }
        }
        if (io != null) {
            return (IOException) io;
        }
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        return new IOException(cause);
    }
}
