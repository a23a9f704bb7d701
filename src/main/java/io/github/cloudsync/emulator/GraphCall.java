package io.github.cloudsync.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One Graph request as the endpoints see it.
 *
 * @param method the HTTP method, upper case
 * @param version {@code beta} or {@code v1.0}, as Graph spells them
 * @param segments the path segments after the version, percent-decoded, alternate keys split off
 * @param query the query parameters, names lower-cased, values decoded
 * @param body the raw body, empty when none
 * @param serviceRoot e.g. {@code http://127.0.0.1:8080/beta}, for {@code @odata.context} and next links
 * @param now the request's clock reading
 */
@SuppressWarnings("ArrayRecordComponent") // raw bytes passed along once, never compared
record GraphCall(
        String method,
        String version,
        List<String> segments,
        Map<String, String> query,
        byte[] body,
        String serviceRoot,
        Instant now) {
    GraphCall {
        segments = List.copyOf(segments);
        query = Map.copyOf(query);
        body = body.clone();
    }

    boolean beta() {
        return version.equals("beta");
    }

    /** {@code serviceRoot/$metadata#fragment}: the {@code @odata.context} Graph puts first in a JSON answer. */
    String context(String fragment) {
        return serviceRoot + "/$metadata#" + fragment;
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    boolean hasBody() {
        return body.length > 0;
    }
}
