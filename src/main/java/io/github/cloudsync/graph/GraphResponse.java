package io.github.cloudsync.graph;

/** A successful Graph answer: status, body text (empty for 204) and the ids support asks for. */
record GraphResponse(int status, String body, String requestId, String clientRequestId) {}
