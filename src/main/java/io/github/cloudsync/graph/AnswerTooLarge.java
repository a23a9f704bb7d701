package io.github.cloudsync.graph;

import java.io.IOException;

/** An answer's body is longer than {@link GraphLimits#maxBodyBytes()}: it was not read to its end. */
final class AnswerTooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    AnswerTooLarge(long limit, long declared) {
        super(
                declared > limit
                        ? "its body would be " + declared + " bytes, more than the limit of " + limit
                        : "its body went past the limit of " + limit + " bytes");
    }
}
