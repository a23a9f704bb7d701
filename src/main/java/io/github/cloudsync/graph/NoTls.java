package io.github.cloudsync.graph;

import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The TLS context for a client that only ever speaks plain http (the emulator on loopback). Building an
 * {@code HttpClient} without one loads the JDK's default context: the security providers, the CA trust store and the
 * cipher suites, some 450 classes and about 100 ms of a cold start that a loopback http connection never uses (bench
 * figure 5). This context is not backed by any provider and refuses every use, so a TLS connection cannot happen.
 */
final class NoTls extends SSLContext {
    private NoTls() {
        super(new Refusing(), null, "none");
    }

    static SSLContext context() {
        return new NoTls();
    }

    /** With these, the client does not ask the context for its default parameters. */
    static SSLParameters parameters() {
        return new SSLParameters();
    }

    private static final class Refusing extends SSLContextSpi {
        @Override
        protected void engineInit(KeyManager[] keys, TrustManager[] trust, SecureRandom random) {
            throw refused();
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            throw refused();
        }

        private static IllegalStateException refused() {
            return new IllegalStateException("TLS on a client made for plain http to the loopback emulator");
        }
    }
}
