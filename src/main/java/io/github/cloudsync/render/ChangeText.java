package io.github.cloudsync.render;

import io.github.cloudsync.plan.Action;

/** One attribute change as a diff-style line ({@code + name = value}, {@code ~ name = before -> after}), redacted. */
final class ChangeText {
    private ChangeText() {}

    static String line(Action.Change change) {
        if (change.before() == null) {
            return "+   " + change.attribute() + " = " + Values.shown(change.shownAfter());
        }
        if (change.after() == null) {
            return "-   " + change.attribute() + " = " + Values.shown(change.shownBefore());
        }
        return "!   " + change.attribute() + " = " + Values.shown(change.shownBefore()) + " -> "
                + Values.shown(change.shownAfter());
    }
}
