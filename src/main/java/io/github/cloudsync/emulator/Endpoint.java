package io.github.cloudsync.emulator;

import java.util.Map;

/** One Graph operation: answers a call against the tenant, already inside the tenant's lock. */
@FunctionalInterface
interface Endpoint {
    /**
     * Answers one call.
     *
     * @param call the request
     * @param tenant the state, locked by the caller
     * @param params the path placeholders by name ({@code sp}, {@code job}, ...)
     */
    GraphReply handle(GraphCall call, Tenant tenant, Map<String, String> params);
}
