package io.github.cloudsync.graph;

import java.time.Duration;

/**
 * Lets the process end at once after a Graph command. On JDK 17 an {@code HttpClient} cannot be closed (JDK 21 adds
 * {@code close()}), and its selector thread waits for network events inside native code; at exit the JVM waits up to
 * 300 ms for every thread that is in native code to come back ({@code VM_Exit::wait_for_threads_in_native_to_block}
 * in HotSpot's vmOperations.cpp), so every plan, apply and drift paid 300 ms after its work was done (bench figure 5).
 * An interrupt wakes the selector, whose loop ends on its thread's interrupt status.
 */
public final class HttpClientThreads {
    /** The JDK names each client's selector thread {@code HttpClient-<n>-SelectorManager}. */
    private static final String SELECTOR_SUFFIX = "-SelectorManager";

    private HttpClientThreads() {}

    /** Stops the selector threads of every HTTP client in this process; only for the moment before it exits. */
    public static void stopBeforeExit(Duration patience) {
        Thread[] threads = new Thread[Thread.activeCount() + 8];
        int count = Thread.enumerate(threads);
        for (int i = 0; i < count; i++) {
            Thread thread = threads[i];
            if (thread.getName().startsWith("HttpClient-") && thread.getName().endsWith(SELECTOR_SUFFIX)) {
                thread.interrupt();
                try {
                    thread.join(patience.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
