package io.github.cloudsync.graph;

import java.net.http.HttpClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One run's connection to Graph for a command that only reads (plan, drift, status, import): a single
 * {@link HttpClient} (connections reused), the reader seam and the {@link LiveStateReader} with its thread pool, and no
 * way to a writer; {@link GraphSession} adds one. Close it when the command ends.
 */
public sealed class ReadOnlyGraphSession implements AutoCloseable permits GraphSession {
    /** The client behind both seams; only {@link GraphSession} hands it out as a writer. */
    final GraphClient client;

    private final ExecutorService readers;
    private final LiveStateReader liveState;

    ReadOnlyGraphSession(GraphSettings settings) {
        this.readers = readers();
        this.client = client(settings);
        this.liveState = new LiveStateReader(client, readers);
    }

    /** Builds the session; nothing is sent until the first call. */
    public static ReadOnlyGraphSession open(GraphSettings settings) {
        return new ReadOnlyGraphSession(settings);
    }

    private static GraphClient client(GraphSettings settings) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(ExchangeThreads.forOneClient())
                // the emulator speaks HTTP/1.1 only; an h2c upgrade attempt buys nothing on loopback
                .version(settings.endpoint().loopback() ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2);
        if (settings.endpoint().plainHttp()) {
            builder.sslContext(NoTls.context()).sslParameters(NoTls.parameters());
        } else {
            builder.proxy(settings.proxy());
        }
        HttpClient http = builder.build();
        GraphTransport transport = new GraphTransport(
                new BoundedExchange(http, settings.limits()),
                settings.endpoint(),
                settings.tokens(),
                "cloudsync/" + settings.cloudsyncVersion(),
                settings.retryPolicy(),
                settings.clock(),
                settings.sleeper(),
                settings.trace());
        return new GraphClient(transport, settings.retryPolicy());
    }

    private static ExecutorService readers() {
        // a read overlaps at most two GETs, but drift reads many profiles of one tenant through one session at once: a
        // fixed pool of 4 let no more than 4 GETs of 16 profiles be in flight; a cached pool grows with the callers
        return Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "cloudsync-graph-read");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The read-only seam. */
    public GraphReader reader() {
        return client;
    }

    /** Waits, right after this session's writes, for Graph to show them (an apply's convergence check uses it). */
    public Consistency consistency() {
        return client.consistency();
    }

    /** Reads a profile's whole live state through the reader seam. */
    public LiveStateReader liveState() {
        return liveState;
    }

    @Override
    public void close() {
        readers.shutdownNow();
    }
}
