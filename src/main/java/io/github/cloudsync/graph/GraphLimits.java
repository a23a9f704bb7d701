package io.github.cloudsync.graph;

import io.github.cloudsync.model.UsageException;
import java.time.Duration;
import java.util.Map;

/**
 * The most one Graph answer and one paged list may cost (docs/graph.md section 16.13): the body size, the time from
 * sending a request to the last byte of its answer, the pages of one list and the time to read them all. The defaults
 * are far above what real Graph sends (a schema is about 500 KB); each can be changed by an environment variable.
 *
 * @param maxBodyBytes an answer whose body is longer is refused (and not read further)
 * @param responseTimeout from sending a request to the end of its answer, headers and body
 * @param maxPages the {@code @odata.nextLink} pages of one list, the first included
 * @param pagingTimeout from the first page of one list to the last
 */
public record GraphLimits(long maxBodyBytes, Duration responseTimeout, int maxPages, Duration pagingTimeout) {
    /** The body limit in MiB (default 32). */
    public static final String MAX_BODY_MB = "CLOUDSYNC_GRAPH_MAX_BODY_MB";

    /** The time one answer may take, in seconds (default 100). */
    public static final String TIMEOUT = "CLOUDSYNC_GRAPH_TIMEOUT";

    /** The pages one list may have (default 200). */
    public static final String MAX_PAGES = "CLOUDSYNC_GRAPH_MAX_PAGES";

    /** The time all pages of one list may take, in seconds (default 600). */
    public static final String PAGING_TIMEOUT = "CLOUDSYNC_GRAPH_PAGING_TIMEOUT";

    private static final int MIB_SHIFT = 20;

    public GraphLimits {
        if (maxBodyBytes < 1 || maxPages < 1 || responseTimeout.isNegative() || pagingTimeout.isNegative()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** 32 MiB, 100 s an answer, 200 pages and 10 minutes a list. */
    public static GraphLimits standard() {
        return new GraphLimits(32L << MIB_SHIFT, Duration.ofSeconds(100), 200, Duration.ofMinutes(10));
    }

    /** The standard limits with those the environment sets; a value that is not a whole number in range is refused. */
    public static GraphLimits fromEnvironment(Map<String, String> environment) {
        GraphLimits d = standard();
        return new GraphLimits(
                number(environment, MAX_BODY_MB, d.maxBodyBytes() >> MIB_SHIFT, 4096) << MIB_SHIFT,
                Duration.ofSeconds(
                        number(environment, TIMEOUT, d.responseTimeout().toSeconds(), 86_400)),
                (int) number(environment, MAX_PAGES, d.maxPages(), 1_000_000),
                Duration.ofSeconds(
                        number(environment, PAGING_TIMEOUT, d.pagingTimeout().toSeconds(), 86_400)));
    }

    /** The same limits with another response timeout. */
    public GraphLimits withResponseTimeout(Duration timeout) {
        return new GraphLimits(maxBodyBytes, timeout, maxPages, pagingTimeout);
    }

    private static long number(Map<String, String> environment, String name, long fallback, long max) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String digits = value.trim();
        boolean valid = digits.matches("[0-9]{1,9}") && Long.parseLong(digits) >= 1 && Long.parseLong(digits) <= max;
        if (!valid) {
            throw new UsageException(
                    name + " is '" + value + "', not a whole number from 1 to " + max,
                    "set " + name + " to a whole number, or unset it for the default, " + fallback);
        }
        return Long.parseLong(digits);
    }
}
