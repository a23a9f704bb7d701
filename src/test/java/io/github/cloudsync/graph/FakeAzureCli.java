package io.github.cloudsync.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * A stand-in {@code az} executable (a real shell script in a folder the test puts on PATH): it appends its arguments to
 * {@code calls} and prints what {@code az account get-access-token} prints, a token named after the tenant; after
 * {@link #signOut()} it fails as az does when nobody ran {@code az login}.
 */
record FakeAzureCli(Path dir) {
    private static final String SCRIPT = """
            #!/bin/sh
            here=$(dirname "$0")
            echo "$@" >> "$here/calls"
            tenant=default
            while [ $# -gt 0 ]; do
              if [ "$1" = "--tenant" ]; then tenant="$2"; shift; fi
              shift
            done
            if [ -f "$here/signed-out" ]; then
              echo "ERROR: Please run 'az login' to setup account." >&2
              exit 1
            fi
            printf '{"accessToken":"az-token-for-%s","expiresOn":"2099-01-01 00:00:00.000000",\
            "expires_on":4070908800,"tenant":"%s","tokenType":"Bearer"}\\n' "$tenant" "$tenant"
            """;

    static FakeAzureCli in(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path az = dir.resolve("az");
        Files.writeString(az, SCRIPT);
        Files.setPosixFilePermissions(az, PosixFilePermissions.fromString("rwxr-xr-x"));
        return new FakeAzureCli(dir);
    }

    /** A PATH with this az first, and the system folders the script's own commands live in. */
    String path() {
        return dir + ":/usr/bin:/bin";
    }

    /** The token az prints for a tenant. */
    static String tokenFor(String tenant) {
        return "az-token-for-" + tenant;
    }

    /** Every command line az was run with, one per run. */
    List<String> calls() throws IOException {
        Path calls = dir.resolve("calls");
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }

    void signOut() throws IOException {
        Files.writeString(dir.resolve("signed-out"), "");
    }
}
