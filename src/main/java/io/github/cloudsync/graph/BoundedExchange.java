package io.github.cloudsync.graph;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Sends one request and receives its whole answer within {@link GraphLimits}: the body through {@link CappedBody}.
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
     * The whole answer; an {@link AnswerTooLarge} when its body passes the limit, any other {@link IOException} as the
     * client raised it.
     */
    HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<byte[]>> pending =
                http.sendAsync(request, info -> new CappedBody(info, limits.maxBodyBytes()));
        try {
            return pending.get();
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
