package io.github.cloudsync.render;

import io.github.cloudsync.plan.Action;

/** ANSI colour escapes, or none when colour is off; the CLI decides (TTY, NO_COLOR, --no-color). */
final class Ansi {
    private static final String RESET = "\u001b[0m";

    private final boolean enabled;

    Ansi(boolean enabled) {
        this.enabled = enabled;
    }

    String bold(String text) {
        return wrap("\u001b[1m", text);
    }

    String yellow(String text) {
        return wrap("\u001b[33m", text);
    }

    String green(String text) {
        return wrap("\u001b[32m", text);
    }

    String red(String text) {
        return wrap("\u001b[31m", text);
    }

    /** Terraform's colours: create green, update yellow, delete red, read cyan; start green, pause yellow. */
    String kind(Action.Kind kind, String text) {
        String code = switch (kind) {
            case CREATE, START -> "\u001b[32m";
            case UPDATE, PAUSE -> "\u001b[33m";
            case DELETE -> "\u001b[31m";
            case READ -> "\u001b[36m";
        };
        return wrap(code, text);
    }

    private String wrap(String code, String text) {
        return enabled ? code + text + RESET : text;
    }
}
