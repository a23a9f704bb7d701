package io.github.cloudsync.graph;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * An Entra token endpoint on https://localhost:PORT (the JDK's HTTPS server, a self-signed certificate made here with
 * keytool): it answers {@code POST /{tenant}/oauth2/v2.0/token} with {@code idp-token-for-{tenant}} and records every
 * form it was sent. {@link #trustedInThisJvm()} makes msal4j's connections (HttpsURLConnection) trust that certificate
 * and nothing else, until closed.
 */
final class LocalIdentityProvider implements AutoCloseable {
    /** One token request as received. */
    record TokenRequest(String tenant, Map<String, String> form) {}

    private final HttpsServer server;
    private final SSLContext trusting;
    private final List<TokenRequest> requests = new CopyOnWriteArrayList<>();

    LocalIdentityProvider(Path dir) throws IOException, GeneralSecurityException, InterruptedException {
        Path store = dir.resolve("idp-" + System.nanoTime() + ".p12");
        char[] password = "idp-store-password".toCharArray();
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "idp",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-validity",
                        "2",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "SAN=dns:localhost,ip:127.0.0.1",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        store.toString(),
                        "-storepass",
                        new String(password),
                        "-keypass",
                        new String(password))
                .redirectErrorStream(true)
                .start();
        keytool.getInputStream().readAllBytes();
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool failed");
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = java.nio.file.Files.newInputStream(store)) {
            keys.load(in, password);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, password);
        SSLContext serving = SSLContext.getInstance("TLS");
        serving.init(kmf.getKeyManagers(), null, null);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("idp", keys.getCertificate("idp"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        trusting = SSLContext.getInstance("TLS");
        trusting.init(null, tmf.getTrustManagers(), null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serving));
        server.createContext("/", this::handle);
        server.start();
    }

    /** The value for AZURE_AUTHORITY_HOST. */
    String authorityHost() {
        return "https://localhost:" + server.getAddress().getPort();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The token msal4j gets for {@code tenant}. */
    static String tokenFor(String tenant) {
        return "idp-token-for-" + tenant;
    }

    List<TokenRequest> requests() {
        return requests;
    }

    /** Until closed, HttpsURLConnection (what msal4j uses) trusts this server's certificate only. */
    AutoCloseable trustedInThisJvm() {
        SSLSocketFactory before = HttpsURLConnection.getDefaultSSLSocketFactory();
        HttpsURLConnection.setDefaultSSLSocketFactory(trusting.getSocketFactory());
        return () -> HttpsURLConnection.setDefaultSSLSocketFactory(before);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().split("/");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        byte[] answer;
        int status;
        if (exchange.getRequestMethod().equals("POST") && path.length == 5 && path[4].equals("token")) {
            requests.add(new TokenRequest(path[1], FakeIdentityProvider.query(body)));
            status = 200;
            answer = ("{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,\"access_token\":\""
                            + tokenFor(path[1]) + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
        } else {
            status = 404;
            answer = "{\"error\":\"not_found\"}".getBytes(StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, answer.length);
        try (var out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
