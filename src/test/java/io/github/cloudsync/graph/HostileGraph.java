package io.github.cloudsync.graph;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Graph on loopback that answers {@code /organization} as Graph does and every {@code /servicePrincipals} request
 * with one hostile {@link Answer}: written here on com.sun.net.httpserver, sharing nothing with the client or the
 * emulator. It counts the hostile requests and the body bytes it managed to send.
 */
final class HostileGraph implements AutoCloseable {
    /** What every service principal list gets. */
    enum Answer {
        /** A 200 whose chunked body goes on for 200 MB, then stalls without ending. */
        HUGE_THEN_STALL,
        /** A 200 with {@code Content-Length: 2048} whose body stalls after 10 bytes. */
        STALL_AFTER_HEADERS,
        /** An empty page whose {@code @odata.nextLink} (same host) always leads to another. */
        ENDLESS_NEXT_LINK,
        /** A 200 whose body is cut off in the middle of a JSON object. */
        INVALID_JSON
    }

    static final long HUGE_BYTES = 200L << 20;
    static final String REQUEST_ID = "9e1f0c3a-hostile-request";

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "hostile-graph");
        thread.setDaemon(true);
        return thread;
    });
    private final CountDownLatch released = new CountDownLatch(1);
    private final CountDownLatch firstHostileRequest = new CountDownLatch(1);
    private final CountDownLatch bodyEnded = new CountDownLatch(1);
    private final AtomicInteger hostileRequests = new AtomicInteger();
    private final AtomicLong bytesSent = new AtomicLong();
    private final String tenantId;
    private final Answer answer;
    private final Runnable onEachHostileRequest;

    HostileGraph(String tenantId, Answer answer) throws IOException {
        this(tenantId, answer, () -> {});
    }

    /** {@code onEachHostileRequest} runs before each hostile answer (e.g. to move a virtual clock). */
    HostileGraph(String tenantId, Answer answer, Runnable onEachHostileRequest) throws IOException {
        this.tenantId = tenantId;
        this.answer = answer;
        this.onEachHostileRequest = onEachHostileRequest;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
    }

    /** e.g. {@code http://127.0.0.1:43121}. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int hostileRequests() {
        return hostileRequests.get();
    }

    long bytesSent() {
        return bytesSent.get();
    }

    boolean awaitFirstHostileRequest(Duration patience) throws InterruptedException {
        return firstHostileRequest.await(patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits until a huge body was sent whole or the client closed the connection under it. */
    boolean awaitBodyEnd(Duration patience) throws InterruptedException {
        return bodyEnded.await(patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("request-id", REQUEST_ID);
            if (path.endsWith("/organization")) {
                byte[] body = ("{\"value\":[{\"id\":\"" + tenantId + "\",\"onPremisesSyncEnabled\":true}]}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            if (!path.endsWith("/servicePrincipals")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            int number = hostileRequests.incrementAndGet();
            onEachHostileRequest.run();
            firstHostileRequest.countDown();
            hostile(exchange, number);
        }
    }

    private void hostile(HttpExchange exchange, int number) throws IOException {
        OutputStream body = exchange.getResponseBody();
        switch (answer) {
            case HUGE_THEN_STALL -> {
                exchange.sendResponseHeaders(200, 0);
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) ' ');
                try {
                    body.write('[');
                    for (long sent = 0; sent < HUGE_BYTES; sent += chunk.length) {
                        body.write(chunk);
                        bytesSent.addAndGet(chunk.length);
                    }
                    body.flush();
                } finally {
                    bodyEnded.countDown();
                }
                stall();
            }
            case STALL_AFTER_HEADERS -> {
                exchange.sendResponseHeaders(200, 2048);
                body.write("{\"value\":[".getBytes(StandardCharsets.UTF_8));
                body.flush();
                stall();
            }
            case ENDLESS_NEXT_LINK -> {
                byte[] page = ("{\"value\":[],\"@odata.nextLink\":\"" + url() + "/v1.0/servicePrincipals?$skiptoken="
                                + number + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, page.length);
                body.write(page);
            }
            case INVALID_JSON -> {
                byte[] cut = "{\"value\":[{\"id\":\"5f0c".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, cut.length);
                body.write(cut);
            }
        }
    }

    private void stall() {
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }
}
