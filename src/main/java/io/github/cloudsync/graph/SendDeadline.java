package io.github.cloudsync.graph;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The time limit of one blocking {@code HttpClient.send}: when it passes before the answer's last byte, the thread
 * that sends is interrupted, and {@code send} then cancels the exchange. One daemon thread keeps every deadline of the
 * process. {@link BoundedExchange} sends with {@code send} rather than waiting on {@code sendAsync}'s future with a
 * timeout because {@code sendAsync} hands every answer to the default {@code CompletableFuture} executor, which on a
 * machine of two cores or fewer (a common pool of parallelism 1) starts a new thread for each answer.
 */
final class SendDeadline {
    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private final Thread sender = Thread.currentThread();
    private final ScheduledFuture<?> alarm;
    private boolean ended;
    private boolean rang;
    private boolean cleared;

    /** Arms the deadline for the calling thread, the one about to send. */
    SendDeadline(Duration limit) {
        this.alarm = TIMER.schedule(this::ring, limit.toNanos(), TimeUnit.NANOSECONDS);
    }

    private synchronized void ring() {
        if (!ended) {
            rang = true;
            sender.interrupt();
        }
    }

    /**
     * Disarms the deadline, on the sending thread once {@code send} has returned or thrown; true when it had passed.
     * The interrupt it sent is then cleared, whether {@code send} saw it or not.
     */
    synchronized boolean end() {
        ended = true;
        alarm.cancel(false);
        if (rang && !cleared) {
            cleared = true;
            Thread.interrupted();
        }
        return rang;
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "cloudsync-graph-deadline");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
