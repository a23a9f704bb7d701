package io.github.cloudsync.graph;

/**
 * A successful Graph answer: the call it answers (e.g. {@code GET /v1.0/organization}, for messages), status, body bytes as received (empty for 204) and the ids support asks for. The body
 * stays bytes: Jackson reads UTF-8 bytes directly, so a 300 KB schema is never copied into a String first.
 */
@SuppressWarnings("ArrayRecordComponent") // read once, never compared or shared outside this package
record GraphResponse(String call, int status, byte[] body, String requestId, String clientRequestId) {}
