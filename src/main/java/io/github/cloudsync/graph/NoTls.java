package io.github.cloudsync.graph;

import java.security.GeneralSecurityException;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/**
 * The TLS context for a client that only ever speaks plain http (the emulator on loopback). Building an
 * {@code HttpClient} without a context loads the JDK's default one, and with it the whole CA trust store: about
 * 100 ms of a cold start spent on certificates that a loopback http connection never looks at (bench figure 5).
 * This context has no keys and trusts nothing, so it could not complete a handshake even if one were attempted.
 */
final class NoTls {
    private NoTls() {}

    static SSLContext context() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[0], new TrustManager[0], null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no TLS implementation in this JDK", e);
        }
    }
}
