package io.github.cloudsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.testing.EmulatorControl;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The control plane refuses what a web page could send (a form POST, any request with an Origin header), every body is
 * capped before it is buffered, and the emulator listens where the URL it prints says, with IPv6 preferred too. Raw
 * HTTP over a socket, so the test sends exactly the headers it names.
 */
class ControlPlaneGuardTest {
    private GraphEmulator emulator;
    private EmulatorControl control;

    @BeforeEach
    void start() {
        emulator = GraphEmulator.start(0);
        control = new EmulatorControl(emulator.baseUri());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void aCrossSiteFormPostIsRefusedAndChangesNothing() throws IOException {
        String form = "{\"kind\":\"status\",\"status\":500}";
        String answer = send("POST /_emulator/faults", "Content-Type: application/x-www-form-urlencoded", form);

        assertThat(answer).startsWith("HTTP/1.1 415").contains("application/json");
        assertThat(send("POST /_emulator/faults", "Content-Type: text/plain", form))
                .startsWith("HTTP/1.1 415");
        assertThat(control.state().toString()).doesNotContain("\"status\":500");
        assertThat(send("GET /_emulator/faults", "Accept: application/json", ""))
                .contains("\"value\":[]");
    }

    @Test
    void anyControlRequestWithAnOriginHeaderIsRefused() throws IOException {
        String json = "Content-Type: application/json\r\nOrigin: https://attacker.example";

        assertThat(send("POST /_emulator/faults", json, "{\"kind\":\"status\",\"status\":500}"))
                .startsWith("HTTP/1.1 403");
        assertThat(send("GET /_emulator/state", "Origin: https://attacker.example", ""))
                .startsWith("HTTP/1.1 403");
        assertThat(send("DELETE /_emulator/faults", "Content-Type: application/json", ""))
                .startsWith("HTTP/1.1 204");
    }

    @Test
    void bodiesOverTheirCapAreRefusedBeforeTheyAreRead() throws IOException {
        // the length alone is refused: no body follows, and the answer comes without waiting for one
        assertThat(sendHeaders("PUT /_emulator/state", "Content-Type: application/json", 64L * 1024 * 1024 + 1))
                .startsWith("HTTP/1.1 413");
        assertThat(sendHeaders("POST /_emulator/faults", "Content-Type: application/json", 4L * 1024 * 1024 + 1))
                .startsWith("HTTP/1.1 413");
        assertThat(sendHeaders(
                        "PUT /v1.0/servicePrincipals/x/synchronization/secrets",
                        "Content-Type: application/json\r\nAuthorization: Bearer t",
                        1L << 30))
                .startsWith("HTTP/1.1 413")
                .contains("RequestEntityTooLarge");
    }

    @Test
    void withIpv6PreferredItListensOnTheAddressItPrints() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(
                        java,
                        "-Djava.net.preferIPv6Addresses=true",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "io.github.cloudsync.cli.Main",
                        "emulator",
                        "--port",
                        "0"))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            URI printed = URI.create(out.readLine().trim());

            assertThat(printed.getHost()).isEqualTo("127.0.0.1");
            assertThat(new EmulatorControl(printed)
                            .state()
                            .path("servicePrincipals")
                            .isArray())
                    .isTrue();
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private String send(String requestLine, String headers, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return exchange(requestLine, headers, bytes.length, bytes);
    }

    private String sendHeaders(String requestLine, String headers, long length) throws IOException {
        return exchange(requestLine, headers, length, new byte[0]);
    }

    private String exchange(String requestLine, String headers, long length, byte[] body) throws IOException {
        URI base = emulator.baseUri();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String head = requestLine + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n" + headers
                    + "\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return response(socket.getInputStream());
        }
    }

    /**
     * One response, read to the end of its body by its Content-Length, not to the end of the connection: a server
     * that refused a body it never read may keep the connection open to drain it, which the test does not send.
     */
    private static String response(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            if (head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                break;
            }
        }
        String headers = head.toString(StandardCharsets.US_ASCII);
        Matcher length = Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(headers);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return headers + new String(body, StandardCharsets.UTF_8);
    }
}
