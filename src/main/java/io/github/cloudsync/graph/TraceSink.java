package io.github.cloudsync.graph;

import java.io.PrintWriter;

/** Where {@code --verbose} lines go; the CLI hands in its error stream, tests a list. */
@FunctionalInterface
public interface TraceSink {
    void line(String line);

    /** A sink that writes and flushes each line. */
    static TraceSink of(PrintWriter writer) {
        return line -> {
            writer.println(line);
            writer.flush();
        };
    }

    /** A sink that drops everything. */
    static TraceSink none() {
        return line -> {};
    }
}
