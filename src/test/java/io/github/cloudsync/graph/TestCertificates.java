package io.github.cloudsync.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/** A throw-away RSA key and self-signed certificate made with the JDK's keytool, as PFX and as PEM. */
record TestCertificates(Path pfx, String password, Path pem, X509Certificate certificate) {
    static TestCertificates create(Path dir) throws IOException, InterruptedException, GeneralSecurityException {
        Path pfx = dir.resolve("client.pfx");
        String password = "pfx-password-for-tests";
        String keytool =
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process process = new ProcessBuilder(
                        keytool,
                        "-genkeypair",
                        "-alias",
                        "client",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-validity",
                        "2",
                        "-dname",
                        "CN=cloudsync-test",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        pfx.toString(),
                        "-storepass",
                        password,
                        "-keypass",
                        password)
                .redirectErrorStream(true)
                .start();
        process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool failed");
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(pfx)) {
            store.load(in, password.toCharArray());
        }
        PrivateKey key = (PrivateKey) store.getKey("client", password.toCharArray());
        X509Certificate certificate = (X509Certificate) store.getCertificate("client");
        Path pem = dir.resolve("client.pem");
        Files.writeString(
                pem,
                block("CERTIFICATE", certificate.getEncoded()) + block("PRIVATE KEY", key.getEncoded()),
                StandardCharsets.US_ASCII);
        return new TestCertificates(pfx, password, pem, certificate);
    }

    static String block(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
