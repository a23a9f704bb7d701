package io.github.cloudsync.graph;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Objects;

/**
 * Sends one request and receives its whole answer within {@link GraphLimits}: the body through {@link CappedBody}, and
 * the time to its last byte bounded. The request's own timeout ends at the headers (java.net.http's
 * {@code HttpRequest.Builder.timeout}), so a body that stalls after them is timed out here ({@link SendDeadline}); the
 * exchange is then cancelled, which closes its connection.
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
        SendDeadline deadline = new SendDeadline(limits.responseTimeout());
        try {
            return http.send(request, info -> new CappedBody(info, limits.maxBodyBytes()));
        } catch (InterruptedException e) {
            if (deadline.end()) {
                throw new HttpTimeoutException(
                        "no complete answer within " + limits.responseTimeout().toSeconds() + " s");
            }
            throw e;
        } catch (IOException e) {
            throw unwrapped(e);
        } finally {
            deadline.end();
        }
    }

    /**
     * The exchange's own failure: {@code send} throws it again as a new exception of a like type with the same message
     * and the failure as its cause, so the failure is the first {@link IOException} below that copy.
     */
    private static IOException unwrapped(IOException e) {
        Throwable failure = e.getCause() != null
                        && Objects.equals(e.getMessage(), e.getCause().getMessage())
                ? e.getCause()
                : e;
        Throwable io = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
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
        Throwable cause = failure;
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        return new IOException(cause);
    }
}
