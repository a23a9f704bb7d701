package io.github.cloudsync.model;

/**
 * Graph or its sign-in service answered with an error, or could not be reached. Carries the {@link Kind}, the HTTP
 * status (0 when there was no answer), the error code (the sync backend's inner code when Graph wrapped one), the
 * request ids support asks for, and what advice needs: the permission the call needs, whether Graph said why, whether
 * the status means throttling (decided by the retry policy), and the Graph root that did not answer.
 */
public final class GraphException extends CloudsyncException {
    /** The kinds of Graph failure, each with its stable code. */
    public enum Kind {
        /** Graph answered with an error status. */
        ERROR_ANSWER("graph_error"),
        /** No answer from Graph. */
        NO_ANSWER("graph_no_answer"),
        /** No answer to a create, and a re-read found nothing it created. */
        CREATE_LOST("graph_create_lost"),
        /** A next-page link pointed at another host. */
        FOREIGN_NEXT_LINK("graph_foreign_next_link"),
        /** Graph answered with something cloudsync cannot read. */
        UNEXPECTED_ANSWER("graph_unexpected_answer"),
        /** An answer or a list went past a limit on size, pages or time; the message names the setting. */
        ANSWER_OVER_LIMIT("graph_answer_over_limit"),
        /** The sign-in service refused the credential. */
        SIGN_IN_REFUSED("sign_in_refused"),
        /** Sign-in failed without an answer from the service. */
        SIGN_IN_FAILED("sign_in_failed"),
        /** The Azure CLI gave no token; the message names the command it ran. */
        AZURE_CLI_FAILED("sign_in_azure_cli_failed"),
        /** GitHub Actions gave no OIDC token for the job. */
        GITHUB_OIDC_FAILED("sign_in_github_oidc_failed"),
        /** Interrupted while waiting to retry. */
        INTERRUPTED("interrupted");

        private final String code;

        Kind(String code) {
            this.code = code;
        }
    }

    /**
     * Facts about the call that advice needs.
     *
     * @param permission the Graph application permission the call needs (null when not a Graph call)
     * @param explained whether Graph's answer said why (a silent 401 does not)
     * @param throttled whether the status means Graph is busy or throttling
     * @param graphRoot the Graph that did not answer (null when it did)
     */
    public record Call(String permission, boolean explained, boolean throttled, String graphRoot) {
        /** Nothing known about the call. */
        public static final Call UNKNOWN = new Call(null, true, false, null);
    }

    private final Kind kind;
    private final int status;
    private final String code;
    private final String requestId;
    private final String clientRequestId;
    private final Call call;

    public GraphException(
            Kind kind,
            int status,
            String code,
            String message,
            String requestId,
            String clientRequestId,
            Call call,
            Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
        this.code = code;
        this.requestId = requestId;
        this.clientRequestId = clientRequestId;
        this.call = call;
    }

    /** A failure of {@code kind} with no status, request ids or call facts. */
    public static GraphException of(Kind kind, String code, String message, Throwable cause) {
        return new GraphException(kind, 0, code, message, null, null, Call.UNKNOWN, cause);
    }

    /** The same failure with its message replaced (redacted); the cause is dropped, as it may repeat the message. */
    public GraphException withMessage(String message) {
        return new GraphException(kind, status, code, message, requestId, clientRequestId, call, null);
    }

    @Override
    public String failureCode() {
        return kind.code;
    }

    public Kind kind() {
        return kind;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String requestId() {
        return requestId;
    }

    public String clientRequestId() {
        return clientRequestId;
    }

    public Call call() {
        return call;
    }
}
