package io.github.cloudsync.graph;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads an {@code HttpClient} runs its exchanges on: as many as the machine has cores (at least two), fed by a
 * queue. The client's default is a cached pool, whose {@code SynchronousQueue} wakes a parked thread for every
 * task, several per request: with 64 profiles read at once (drift) those hand-offs cost more CPU than the HTTP work.
 * A queue lets a busy thread take the next task without parking. The client's tasks do not block (they parse and
 * pass on bytes; {@link BoundedExchange} waits on its own thread), so a fixed number of threads cannot starve. Idle
 * threads end after a minute, as the default's do; they are daemons and need no shutdown.
 */
final class ExchangeThreads {
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private ExchangeThreads() {}

    /** A new pool for one client. */
    static Executor forOneClient() {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        String name = "cloudsync-http-" + CLIENTS.incrementAndGet() + "-";
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, name + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
