package io.github.cloudsync.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP CONNECT proxy on 127.0.0.1, as a corporate proxy is for https: it records each {@code CONNECT host:port}
 * and tunnels the bytes to that port on this machine (the TLS inside is end to end, the proxy never sees it).
 */
final class ConnectProxy implements AutoCloseable {
    private final ServerSocket server;
    private final List<String> targets = new CopyOnWriteArrayList<>();

    ConnectProxy() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "test-connect-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The value for HTTPS_PROXY. */
    String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** The {@code host:port} of every CONNECT received. */
    List<String> targets() {
        return targets;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread tunnel = new Thread(() -> tunnel(client), "test-connect-tunnel");
                tunnel.setDaemon(true);
                tunnel.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void tunnel(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            String head = readHead(in);
            String[] requestLine = head.lines().findFirst().orElse("").split(" ");
            OutputStream out = client.getOutputStream();
            if (requestLine.length < 2 || !requestLine[0].equals("CONNECT")) {
                out.write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                return;
            }
            targets.add(requestLine[1]);
            int port = Integer.parseInt(requestLine[1].substring(requestLine[1].lastIndexOf(':') + 1));
            try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), port)) {
                out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread back = new Thread(() -> pump(upstream, client), "test-connect-back");
                back.setDaemon(true);
                back.start();
                pump(client, upstream);
                back.join(5000);
            } catch (IOException refused) {
                out.write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            // a test connection that ends early is fine
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int b;
        while ((b = in.read()) != -1) {
            head.append((char) b);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        return head.toString();
    }

    private static void pump(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
            to.shutdownOutput();
        } catch (IOException e) {
            // the other side closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
