package io.github.cloudsync.graph;

import java.net.http.HttpClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One run's connection to Graph: a single {@link HttpClient} (connections reused), the client behind both seams, and
 * the {@link LiveStateReader} with its thread pool. Close it when the command ends.
 */
public final class GraphSession implements AutoCloseable {
    private final GraphClient client;
    private final ExecutorService readers;
    private final LiveStateReader liveState;

    private GraphSession(GraphClient client, ExecutorService readers) {
        this.client = client;
        this.readers = readers;
        this.liveState = new LiveStateReader(client, readers);
    }

    /** Builds the session; nothing is sent until the first call. */
    public static GraphSession open(GraphSettings settings) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                // the emulator speaks HTTP/1.1 only; an h2c upgrade attempt buys nothing on loopback
                .version(settings.endpoint().loopback() ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2);
        if (settings.endpoint().plainHttp()) {
            builder.sslContext(NoTls.context()).sslParameters(NoTls.parameters());
        } else {
            builder.proxy(settings.proxy());
        }
        HttpClient http = builder.build();
        GraphTransport transport = new GraphTransport(
                http,
                settings.endpoint(),
                settings.tokens(),
                "cloudsync/" + settings.cloudsyncVersion(),
                settings.retryPolicy(),
                settings.clock(),
                settings.sleeper(),
                settings.trace(),
                settings.requestTimeout());
        // a read overlaps at most two GETs, but drift reads many profiles of one tenant through one session at once: a
        // fixed pool of 4 let no more than 4 GETs of 16 profiles be in flight; a cached pool grows with the callers
        ExecutorService readers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "cloudsync-graph-read");
            thread.setDaemon(true);
            return thread;
        });
        return new GraphSession(new GraphClient(transport, settings.retryPolicy()), readers);
    }

    /** The read-only seam, for plan, drift, status and validate. */
    public GraphReader reader() {
        return client;
    }

    /** The mutating seam, for apply and the operations commands. */
    public GraphWriter writer() {
        return client;
    }

    public LiveStateReader liveState() {
        return liveState;
    }

    @Override
    public void close() {
        readers.shutdownNow();
    }
}
