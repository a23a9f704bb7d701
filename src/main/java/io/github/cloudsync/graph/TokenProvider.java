package io.github.cloudsync.graph;

/** Supplies the bearer token for every Graph request; implementations cache tokens in memory until they expire. */
public interface TokenProvider {
    /** The placeholder bearer sent to the local emulator with {@code --auth none}: it only checks one is present. */
    String EMULATOR_TOKEN = "cloudsync-emulator";

    /** An access token for the Graph scope this provider was built for; throws a {@code GraphException} if none. */
    String accessToken();

    /** The provider for {@code --auth none}: always the emulator placeholder. */
    static TokenProvider emulator() {
        return () -> EMULATOR_TOKEN;
    }
}
