package io.github.cloudsync.graph;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/** The context of a plain-http client refuses every TLS use instead of quietly trusting anything. */
class NoTlsTest {
    private final SSLContext context = NoTls.context();

    @Test
    void itCannotMakeAnEngineOrASocket() {
        assertThatThrownBy(context::createSSLEngine).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> context.createSSLEngine("graph.microsoft.com", 443))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(context::getSocketFactory).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void itCannotBeGivenKeysOrTrust() {
        assertThatThrownBy(() -> context.init(null, null, null)).isInstanceOf(IllegalStateException.class);
    }
}
