package io.github.cloudsync.graph;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects an answer's body a buffer at a time, and stops the download with {@link AnswerTooLarge} as soon as it would
 * pass the limit (at once when {@code Content-Length} says so): never more than the limit is held in memory. A body
 * of a declared length is collected into one array of that length, handed on without another copy.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final long limit;
    private final long declared;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private ByteArrayOutputStream received;
    private byte[] sized;
    private int filled;
    private volatile Flow.Subscription subscription;

    CappedBody(HttpResponse.ResponseInfo info, long limit) {
        this.limit = limit;
        this.declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        boolean known = declared >= 0 && declared <= limit && declared < Integer.MAX_VALUE;
        this.sized = known ? new byte[(int) declared] : null;
        this.received = known ? null : new ByteArrayOutputStream();
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription given) {
        subscription = given;
        if (declared > limit) {
            refuse();
            return;
        }
        given.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if ((long) size() + buffer.remaining() > limit) {
                refuse();
                return;
            }
            if (sized != null && filled + buffer.remaining() > sized.length) {
                // more than Content-Length said: collect the rest as an undeclared body would be
                spill();
            }
            if (sized != null) {
                int length = buffer.remaining();
                buffer.get(sized, filled, length);
                filled += length;
            } else {
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                received.write(chunk, 0, chunk.length);
            }
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable failure) {
        result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        result.complete(
                sized == null ? received.toByteArray() : filled == sized.length ? sized : Arrays.copyOf(sized, filled));
    }

    private int size() {
        return sized == null ? received.size() : filled;
    }

    private void spill() {
        ByteArrayOutputStream rest = new ByteArrayOutputStream(filled * 2 + 16);
        rest.write(sized, 0, filled);
        received = rest;
        sized = null;
    }

    private void refuse() {
        subscription.cancel();
        result.completeExceptionally(new AnswerTooLarge(limit, declared));
    }
}
