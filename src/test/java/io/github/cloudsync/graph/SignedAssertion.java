package io.github.cloudsync.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Map;

/** Checks a certificate client assertion: a JWT signed by the test key, for the token URL, from the client id. */
final class SignedAssertion {
    private SignedAssertion() {}

    static void verify(Map<String, String> form, String tokenUrl, String clientId, X509Certificate cert)
            throws GeneralSecurityException {
        assertThat(form)
                .doesNotContainKey("client_secret")
                .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        String[] jwt = form.get("client_assertion").split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(jwt[0]), StandardCharsets.UTF_8);
        String claims = new String(Base64.getUrlDecoder().decode(jwt[1]), StandardCharsets.UTF_8);
        assertThat(header).contains("\"alg\":\"RS256\"").contains("x5t#S256");
        assertThat(claims).contains("\"aud\":\"" + tokenUrl + "\"").contains("\"iss\":\"" + clientId + "\"");
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(cert.getPublicKey());
        rs256.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rs256.verify(Base64.getUrlDecoder().decode(jwt[2]))).isTrue();
    }
}
