package io.github.cloudsync.graph;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.IClientCertificate;
import io.github.cloudsync.files.BoundedRead;
import io.github.cloudsync.model.UsageException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client certificate file named by {@code AZURE_CLIENT_CERTIFICATE_PATH}: PEM (certificate chain plus an unencrypted
 * PKCS#8 key, as the Azure SDK expects) or PFX/PKCS#12 with {@code AZURE_CLIENT_CERTIFICATE_PASSWORD}. The JDK reads
 * only PKCS#8 PEM keys (the JDK has no PKCS#1 key spec), so a PKCS#1 key gets an error saying how to convert it.
 */
final class CertificateFile {
    private static final Pattern PEM_BLOCK =
            Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([^-]*)-----END \\1-----", Pattern.DOTALL);

    /** A certificate chain and its key are a few KiB; 1 MiB is far above any real one (and /dev/zero is refused). */
    static final long MAX_BYTES = 1024 * 1024;

    private CertificateFile() {}

    /** Loads the credential msal4j signs its client assertion with. */
    static IClientCertificate load(Path path, String password) {
        BoundedRead.Outcome read = BoundedRead.read(path, MAX_BYTES, "a certificate");
        if (read.bytes().isEmpty()) {
            throw new UsageException(
                    "cannot read the client certificate " + path + ": " + read.refusal(),
                    "set " + AuthEnvironment.CERTIFICATE_PATH + " to a readable PEM or PFX file");
        }
        byte[] bytes = read.bytes().get();
        String text = new String(bytes, StandardCharsets.US_ASCII);
        return text.contains("-----BEGIN ") ? fromPem(path, text) : fromPfx(path, bytes, password);
    }

    private static IClientCertificate fromPfx(Path path, byte[] bytes, String password) {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return ClientCredentialFactory.createFromCertificate(in, password == null ? "" : password);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new UsageException(
                    "cannot open the PFX certificate " + path + " ("
                            + e.getClass().getSimpleName() + ")",
                    "check " + AuthEnvironment.CERTIFICATE_PASSWORD
                            + " and that the file is a PKCS#12 with a private key");
        }
    }

    private static IClientCertificate fromPem(Path path, String text) {
        List<X509Certificate> chain = new ArrayList<>();
        PrivateKey key = null;
        Matcher m = PEM_BLOCK.matcher(text);
        try {
            while (m.find()) {
                byte[] der = Base64.getMimeDecoder().decode(m.group(2).trim());
                switch (m.group(1)) {
                    case "CERTIFICATE" ->
                        chain.add((X509Certificate) CertificateFactory.getInstance("X.509")
                                .generateCertificate(new ByteArrayInputStream(der)));
                    case "PRIVATE KEY" -> key = pkcs8Key(der);
                    case "RSA PRIVATE KEY", "EC PRIVATE KEY" ->
                        throw new UsageException(
                                path + " holds a PKCS#1/SEC1 private key, which Java cannot read",
                                "convert it: openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem (or use a PFX)");
                    case "ENCRYPTED PRIVATE KEY" ->
                        throw new UsageException(
                                path + " holds an encrypted PEM private key",
                                "use an unencrypted PKCS#8 PEM, or a PFX with " + AuthEnvironment.CERTIFICATE_PASSWORD);
                    default -> {
                        // other blocks (e.g. parameters) are not needed
                    }
                }
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UsageException(
                    "cannot read the PEM certificate " + path + " ("
                            + e.getClass().getSimpleName() + ")",
                    "the file needs a CERTIFICATE block and an unencrypted PKCS#8 PRIVATE KEY block");
        }
        if (chain.isEmpty() || key == null) {
            throw new UsageException(
                    path + " must contain both a CERTIFICATE and a PRIVATE KEY block",
                    "concatenate the certificate and its PKCS#8 key into one PEM file");
        }
        return ClientCredentialFactory.createFromCertificateChain(key, chain);
    }

    private static PrivateKey pkcs8Key(byte[] der) throws GeneralSecurityException {
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(spec);
        } catch (GeneralSecurityException rsaFailed) {
            return KeyFactory.getInstance("EC").generatePrivate(spec);
        }
    }
}
