package io.github.cloudsync.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.emulator.GraphEmulator;
import io.github.cloudsync.testing.EmulatorControl;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One multi-tenant app over two customers' tenants: a drift over a profile of each, with AZURE_TENANT_ID set to the
 * first, signs in to each profile's own tenant (one token each, from the local token endpoint over TLS) and reads
 * each tenant's emulator; a front on loopback routes Graph requests by their bearer token, as Graph does by the token's
 * tenant. {@code -v} names the method per tenant, and no secret or token reaches stdout or stderr.
 */
class MultiTenantSignInTest {
    static final String TENANT_A = "11111111-1111-1111-1111-111111111111";
    static final String TENANT_B = "22222222-2222-4222-8222-222222222222";
    static final String SECRET = "Kq8~multi-tenant-app-secret";

    @TempDir
    Path dir;

    LocalIdentityProvider idp;
    AutoCloseable trust;
    GraphEmulator emulatorA;
    GraphEmulator emulatorB;
    HttpServer front;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        idp = new LocalIdentityProvider(dir);
        trust = idp.trustedInThisJvm();
        emulatorA = tenant(TENANT_A);
        emulatorB = tenant(TENANT_B);
        front = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        front.createContext("/", this::route);
        front.start();
    }

    @AfterEach
    void stop() throws Exception {
        front.stop(0);
        emulatorA.close();
        emulatorB.close();
        trust.close();
        idp.close();
    }

    @Test
    void eachProfileSignsInToItsOwnTenant() throws IOException {
        Path a = profile("a.yaml", "customer-a", TENANT_A, "a.example.com");
        Path b = profile("b.yaml", "customer-b", TENANT_B, "b.example.com");
        CliRun offline = new CliRun(Map.of());
        for (var target : Map.of(a, emulatorA, b, emulatorB).entrySet()) {
            CliRun.Result apply = offline.run(CliRun.against(
                    target.getValue().baseUri().toString(),
                    "apply",
                    "-p",
                    target.getKey().toString(),
                    "--auto-approve"));
            assertThat(apply.exitCode()).as(apply.err()).isZero();
        }

        CliRun signedIn = new CliRun(Map.of(
                "AZURE_TENANT_ID",
                TENANT_A,
                "AZURE_CLIENT_ID",
                "33333333-3333-4333-8333-333333333333",
                "AZURE_CLIENT_SECRET",
                SECRET,
                "AZURE_AUTHORITY_HOST",
                idp.authorityHost()));
        String frontUrl = "http://127.0.0.1:" + front.getAddress().getPort();
        CliRun.Result drift =
                signedIn.run("drift", dir.toString(), "--graph-url", frontUrl, "--auth", "secret", "-v", "-v");

        assertThat(drift.exitCode()).as(drift.out() + drift.err()).isZero();
        assertThat(drift.out()).contains("a.yaml").contains("b.yaml");
        assertThat(idp.requests())
                .as("one token per tenant: each tenant has its own cache")
                .extracting(LocalIdentityProvider.TokenRequest::tenant)
                .containsExactlyInAnyOrder(TENANT_A, TENANT_B);
        assertThat(drift.err())
                .contains("sign-in: tenant " + TENANT_A + " (global) with secret: --auth secret")
                .contains("sign-in: tenant " + TENANT_B + " (global) with secret: --auth secret");
        assertThat(drift.out() + drift.err())
                .doesNotContain(SECRET)
                .doesNotContain(LocalIdentityProvider.tokenFor(TENANT_A))
                .doesNotContain(LocalIdentityProvider.tokenFor(TENANT_B));
    }

    private static GraphEmulator tenant(String id) throws IOException {
        GraphEmulator emulator = GraphEmulator.start(0);
        String seed;
        try (InputStream in = Objects.requireNonNull(
                MultiTenantSignInTest.class.getResourceAsStream("/emulator/empty-tenant.json"))) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(TENANT_A, id);
        }
        new EmulatorControl(emulator.baseUri()).seedState(seed);
        return emulator;
    }

    private Path profile(String file, String name, String tenant, String domain) throws IOException {
        return Files.writeString(dir.resolve(file), """
                apiVersion: cloudsync/v1
                kind: CloudSyncProfile
                metadata:
                  name: %s
                tenant:
                  id: %s
                configuration:
                  domain: %s
                  passwordHashSync: false
                  accidentalDeletes: { enabled: true, threshold: 50 }
                  notifications: { enabled: true, recipients: [ops@%s] }
                """.formatted(name, tenant, domain, domain));
    }

    /** Forwards a Graph request to the emulator of the tenant its bearer token is for. */
    private void route(HttpExchange exchange) throws IOException {
        String authorization =
                Objects.requireNonNullElse(exchange.getRequestHeaders().getFirst("Authorization"), "");
        GraphEmulator target = authorization.equals("Bearer " + LocalIdentityProvider.tokenFor(TENANT_A))
                ? emulatorA
                : authorization.equals("Bearer " + LocalIdentityProvider.tokenFor(TENANT_B)) ? emulatorB : null;
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (target == null) {
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
            return;
        }
        HttpRequest.Builder forward = HttpRequest.newBuilder(
                        URI.create(target.baseUri().toString().replaceAll("/+$", "") + exchange.getRequestURI()))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Authorization", authorization);
        for (String name : new String[] {"Content-Type", "Accept", "client-request-id"}) {
            String value = exchange.getRequestHeaders().getFirst(name);
            if (value != null) {
                forward.header(name, value);
            }
        }
        HttpResponse<byte[]> answer;
        try {
            answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        answer.headers().map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("content-length")
                    && !name.equalsIgnoreCase("transfer-encoding")
                    && !name.equalsIgnoreCase("connection")
                    && !name.equalsIgnoreCase(":status")) {
                values.forEach(v -> exchange.getResponseHeaders().add(name, v));
            }
        });
        byte[] bytes = answer.body();
        exchange.sendResponseHeaders(answer.statusCode(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
