package io.github.cloudsync.emulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.core.JacksonException;

/**
 * A stateful local Microsoft Graph for cloud sync on the JDK HTTP server, bound to 127.0.0.1 only
 * (docs/architecture.md section 6, docs/emulator.md). Graph lives under {@code /beta} and {@code /v1.0}; the control
 * plane under {@code /_emulator/}.
 */
public final class GraphEmulator implements AutoCloseable {
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";
    private static final String MAX_IDLE = "sun.net.httpserver.maxIdleConnections";

    private final HttpServer server;
    private final ExecutorService executor;

    private GraphEmulator(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts an emulator with the default tenant on {@code port} (0 = a free port). */
    public static GraphEmulator start(int port) {
        return start(EmulatorOptions.defaults().withPort(port));
    }

    /** Starts an emulator as {@code options} say; a bad initial state is an {@link IllegalArgumentException}. */
    public static GraphEmulator start(EmulatorOptions options) {
        Tenant tenant = initialTenant(options);
        DefaultSchemas schemas = new DefaultSchemas();
        Faults faults = new Faults();
        RequestLog log = new RequestLog();
        ControlPlane control = new ControlPlane(tenant, schemas, faults, log, options.secretsMode(), options.clock());
        EmulatorHttpHandler handler =
                new EmulatorHttpHandler(tenant, new GraphRouter(schemas), control, faults, log, options.clock());
        // the JDK server writes headers and body apart; with Nagle on, the client's delayed ACK held many answers back
        // about 40 ms, a wait Graph does not have (read once, when the first server starts)
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        // once 200 connections are idle, the JDK server closes each connection right after its answer, and a client
        // that reuses it loses its next request; in-process runs (tests, benchmarks) leave an idle connection behind
        // for every finished session, so a long series of applies lost a POST now and then. Graph keeps them open.
        if (System.getProperty(MAX_IDLE) == null) {
            System.setProperty(MAX_IDLE, "100000");
        }
        try {
            HttpServer server =
                    // 127.0.0.1 by address, the URL baseUri prints: the loopback address is [::1] when the JVM
                    // prefers IPv6 (-Djava.net.preferIPv6Addresses=true)
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), options.port()),
                            256);
            ExecutorService executor = Executors.newCachedThreadPool(daemonThreads());
            server.setExecutor(executor);
            server.createContext("/", handler);
            server.start();
            return new GraphEmulator(server, executor);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind 127.0.0.1:" + options.port(), e);
        }
    }

    /** {@code http://127.0.0.1:PORT}, without a version suffix. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Stops serving and releases the port. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static Tenant initialTenant(EmulatorOptions options) {
        if (options.initialState() == null) {
            return Tenant.empty(options.secretsMode());
        }
        try {
            return TenantCodec.read(
                    JsonTrees.parseText(options.initialState()),
                    options.secretsMode(),
                    options.clock().instant());
        } catch (JacksonException e) {
            throw new IllegalArgumentException("emulator state is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "graph-emulator-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
