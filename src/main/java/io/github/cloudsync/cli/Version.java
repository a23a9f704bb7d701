package io.github.cloudsync.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The tool version, the commit it was built from and when, filtered into the jar by Maven. */
public final class Version implements IVersionProvider {
    /** What the build wrote into version.properties; a value Maven could not fill in reads "unknown". */
    record Build(String version, String commit, String buildTime) {}

    /** The project version, e.g. {@code 0.1.0}. */
    public static String number() {
        return build().version();
    }

    static Build build() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return new Build(
                    p.getProperty("version", "dev"),
                    filled(p.getProperty("commit")),
                    filled(p.getProperty("buildTime")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A property Maven left as {@code ${...}} (built outside Maven, or no git) is unknown, not a literal. */
    private static String filled(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? "unknown" : value;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"cloudsync " + number()};
    }
}
