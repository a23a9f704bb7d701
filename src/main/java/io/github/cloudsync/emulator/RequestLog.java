package io.github.cloudsync.emulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The log of Graph requests served (control-plane calls are not logged), newest last, capped at 100,000 entries. */
final class RequestLog {
    private static final int CAP = 100_000;
    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /**
     * One served request.
     *
     * @param method the HTTP method
     * @param path the request target as sent: version prefix, path and query
     * @param status the status answered, or 0 when the connection was dropped without an answer
     * @param startedAt when the request arrived
     * @param endedAt when the answer was ready to be written
     */
    record Entry(String method, String path, int status, Instant startedAt, Instant endedAt) {}

    private final List<Entry> entries = new ArrayList<>();

    synchronized void add(Entry entry) {
        if (entries.size() == CAP) {
            entries.remove(0);
        }
        entries.add(entry);
    }

    synchronized void clear() {
        entries.clear();
    }

    synchronized ObjectNode toJson() {
        ObjectNode body = JsonTrees.object();
        ArrayNode value = body.putArray("value");
        for (Entry entry : entries) {
            ObjectNode item = value.addObject();
            item.put("method", entry.method());
            item.put("path", entry.path());
            item.put("status", entry.status());
            item.put("startedAt", MILLIS.format(entry.startedAt()));
            item.put("endedAt", MILLIS.format(entry.endedAt()));
        }
        return body;
    }
}
