package io.github.cloudsync.profile.violation;

/** Deliberately breaks the output rule: printing outside the CLI. Only the architecture test imports it. */
public final class ProfileThatPrints {
    public static void shout() {
        System.out.println("loaded");
        System.err.println("loaded");
    }
}
