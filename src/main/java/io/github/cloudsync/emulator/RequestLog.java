package io.github.cloudsync.emulator;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
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
     * @param bodySha256 the request body's SHA-256 in hex, empty for a request without a body: it tells apart two
     *     requests to one path (two job creations of different templates sent together)
     */
    record Entry(String method, String path, int status, Instant startedAt, Instant endedAt, String bodySha256) {
        Entry(String method, String path, int status, Instant startedAt, Instant endedAt, byte[] body) {
            this(method, path, status, startedAt, endedAt, digest(body));
        }

        private static String digest(byte[] body) {
            if (body.length == 0) {
                return "";
            }
            try {
                return HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(body));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }

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
            item.put("bodySha256", entry.bodySha256());
        }
        return body;
    }
}
