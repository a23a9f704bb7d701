package io.github.cloudsync.model;

/**
 * Graph answered with an error, or could not be reached. Carries the HTTP status (0 when there was no answer), the
 * error code (the sync backend's inner code when Graph wrapped one), and the request ids support asks for.
 */
public non-sealed class GraphException extends CloudsyncException {
    private final int status;
    private final String code;
    private final String requestId;
    private final String clientRequestId;

    public GraphException(
            int status,
            String code,
            String message,
            String requestId,
            String clientRequestId,
            String whatToDo,
            Throwable cause) {
        super(message, whatToDo, cause);
        this.status = status;
        this.code = code;
        this.requestId = requestId;
        this.clientRequestId = clientRequestId;
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
}
