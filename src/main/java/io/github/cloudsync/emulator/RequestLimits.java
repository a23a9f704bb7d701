package io.github.cloudsync.emulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/**
 * What the emulator refuses before it reads a request (docs/emulator.md, "Limits"): a body over its cap (413: 64 MiB
 * for {@code PUT /_emulator/state}, 4 MiB for everything else, never buffered whole), and, on the control plane, a
 * request from a web page (any {@code Origin} header, 403) or a write without a JSON content type (415), so that a page
 * the browser opens cannot post a form to a running emulator.
 */
final class RequestLimits {
    /** The cap of an emulator state document. */
    static final long STATE_BYTES = 64L * 1024 * 1024;

    /** The cap of every other request body, Graph's and the control plane's. */
    static final long BODY_BYTES = 4L * 1024 * 1024;

    private RequestLimits() {}

    /** A refused request: its status, error code and message. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;
        final String code;

        Refused(int status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }

        GraphFailure failure() {
            return new GraphFailure(status, code, getMessage(), Map.of());
        }
    }

    /** Refuses a control-plane request a browser could have sent for a page of another site. */
    static void checkControl(HttpExchange exchange) throws Refused {
        if (exchange.getRequestHeaders().containsKey("Origin")) {
            throw new Refused(
                    403,
                    "Forbidden",
                    "the control plane refuses requests with an Origin header (from a web"
                            + " page); send it from a program or curl");
        }
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        if (method.equals("GET") || method.equals("HEAD")) {
            return;
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        String media = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json")) {
            throw new Refused(
                    415,
                    "UnsupportedMediaType",
                    "the control plane takes Content-Type: application/json" + " on " + method + " (sent: "
                            + (type == null ? "none" : type) + ")");
        }
    }

    /** The body, read up to {@code cap} bytes; a longer one (by Content-Length or as read) is refused with 413. */
    static byte[] body(HttpExchange exchange, long cap) throws IOException, Refused {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > cap) {
                    throw tooLarge(cap);
                }
            } catch (NumberFormatException e) {
                throw new Refused(400, "BadRequest", "Content-Length is not a number");
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes((int) cap + 1);
            if (body.length > cap) {
                throw tooLarge(cap);
            }
            return body;
        }
    }

    private static Refused tooLarge(long cap) {
        return new Refused(
                413,
                "RequestEntityTooLarge",
                "the request body is over " + (cap / (1024 * 1024)) + " MiB, the emulator's cap for it");
    }
}
