package io.github.cloudsync.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.model.GraphException;
import io.github.cloudsync.render.Advice;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The error envelope, Retry-After and redaction rules on the exact bodies docs/graph.md section 7 quotes. */
class ErrorsAndRedactionTest {
    private static final GraphCall RESTART =
            new GraphCall("POST", "/x/restart", null, GraphCall.Kind.ACTION, "Synchronization.ReadWrite.All");

    @Test
    void syncBackendErrorInsideMessageIsUnwrapped() {
        String body = "{\"error\":{\"code\":\"UnknownError\",\"message\":\"{\\r\\n  \\\"error\\\":{\\r\\n    "
                + "\\\"code\\\":\\\"InvalidNotificationSettings\\\",\\\"message\\\":null,\\\"target\\\":null}\\r\\n}\","
                + "\"innerError\":{\"date\":\"2023-01-11T16:57:55\",\"request-id\":\"rid-1\",\"client-request-id\":\"crid-1\"}}}";
        GraphException e = GraphErrors.from(RESTART, "/beta/x/secrets", 400, body, null, null);
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.code()).isEqualTo("InvalidNotificationSettings");
        assertThat(e.requestId()).isEqualTo("rid-1");
        assertThat(e.clientRequestId()).isEqualTo("crid-1");
    }

    @Test
    void noHttpResourceMessageIsUnwrapped() {
        String body = "{\"error\":{\"code\":\"UnknownError\",\"message\":\"{\\\"Message\\\":\\\"No HTTP resource was "
                + "found that matches the request URI 'https://syncfabric.windowsazure.com/api/x'.\\\"}\"}}";
        GraphException e = GraphErrors.from(RESTART, "/beta/x/schema", 404, body, "rid-h", "crid-h");
        assertThat(e.getMessage()).contains("404").contains("No HTTP resource was found");
        assertThat(e.requestId()).isEqualTo("rid-h");
    }

    @Test
    void silent401NamesThePermissionTheCallNeeds() {
        String body = "{\"error\":{\"code\":\"UnknownError\",\"message\":\"\",\"innerError\":{}}}";
        GraphException e = GraphErrors.from(RESTART, "/beta/x/restart", 401, body, "rid", "crid");
        assertThat(Advice.of(e)).contains("Synchronization.ReadWrite.All");
    }

    @Test
    void nonJsonErrorBodyKeepsTheStatus() {
        GraphException e = GraphErrors.from(RESTART, "/beta/x", 502, "Bad Gateway", null, "crid");
        assertThat(e.code()).isEqualTo("HTTP502");
        assertThat(e.getMessage()).contains("Bad Gateway");
    }

    @Test
    void retryAfterInSecondsOrAsAnHttpDate() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(RetryAfter.parse("7", now)).contains(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse("Thu, 01 Jan 2026 00:00:30 GMT", now)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Wed, 31 Dec 2025 23:00:00 GMT", now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", now)).isEmpty();
        assertThat(RetryAfter.parse(null, now)).isEmpty();
    }

    @Test
    void backoffGrowsIsCappedAndJittered() {
        RetryPolicy policy = new RetryPolicy(
                5,
                Duration.ofMinutes(1),
                Duration.ofSeconds(1),
                Duration.ofSeconds(4),
                Duration.ofSeconds(30),
                () -> 0.0);
        assertThat(policy.backoff(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoff(5)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void secretsBodiesLoseEveryValueAndKnownStringsAndJwtsVanish() {
        Redactor redactor = new Redactor();
        redactor.register("client-secret-123");
        String body = "{\"value\":[{\"key\":\"Domain\",\"value\":\"{\\\"domain\\\":\\\"contoso.com\\\"}\"},"
                + "{\"key\":\"Password\",\"value\":\"*\"}]}";
        String redacted = redactor.body("/beta/servicePrincipals/1/synchronization/secrets", body);
        assertThat(redacted)
                .doesNotContain("contoso.com")
                .contains("\"key\":\"Domain\"")
                .contains("(redacted)");
        assertThat(redactor.text("secret=client-secret-123; token eyJhbGciOi.eyJzdWIi.c2ln"))
                .isEqualTo("secret=(redacted); token (redacted)");
    }

    @Test
    void errorMessagesShowTheQueryAsAPersonWroteIt() {
        assertThat(GraphErrors.readable("/servicePrincipals?$filter=displayName%20eq%20%27contoso.com%27"))
                .isEqualTo("/servicePrincipals?$filter=displayName eq 'contoso.com'");
        assertThat(GraphErrors.readable("/organization")).isEqualTo("/organization");
        assertThat(GraphErrors.readable("/x?bad=%zz")).isEqualTo("/x?bad=%zz");
    }
}
