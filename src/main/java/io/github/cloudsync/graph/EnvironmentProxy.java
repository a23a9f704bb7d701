package io.github.cloudsync.graph;

import io.github.cloudsync.model.UsageException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The proxy for Graph and sign-in from {@code HTTPS_PROXY} and {@code NO_PROXY} (or their lower-case forms), as curl
 * and the Azure SDK read them: https requests go through the proxy unless {@code NO_PROXY} names the host (exactly, or
 * as a domain suffix; {@code *} for all). Plain http (the loopback emulator, managed identity endpoints) never does.
 */
public final class EnvironmentProxy extends ProxySelector {
    private final Proxy proxy;
    private final List<String> direct;

    private EnvironmentProxy(Proxy proxy, List<String> direct) {
        this.proxy = proxy;
        this.direct = direct;
    }

    /** The selector the environment describes; a proxy URL it cannot use is a {@link UsageException}. */
    public static EnvironmentProxy from(Map<String, String> environment) {
        String url = AuthEnvironment.eitherCase(environment, AuthEnvironment.HTTPS_PROXY);
        String noProxy = AuthEnvironment.eitherCase(environment, AuthEnvironment.NO_PROXY);
        List<String> direct = noProxy == null
                ? List.of()
                : Arrays.stream(noProxy.split("[,\\s]+"))
                        .map(e -> e.trim().toLowerCase(Locale.ROOT))
                        .filter(e -> !e.isEmpty())
                        .toList();
        return new EnvironmentProxy(url == null ? Proxy.NO_PROXY : parse(url), direct);
    }

    /** The proxy for one URL, in the form msal4j's builder takes. */
    public Proxy proxyFor(URI uri) {
        if (proxy.type() == Proxy.Type.DIRECT || !"https".equalsIgnoreCase(uri.getScheme()) || bypassed(uri)) {
            return Proxy.NO_PROXY;
        }
        return proxy;
    }

    @Override
    public List<Proxy> select(URI uri) {
        return List.of(proxyFor(uri));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        // nothing to remember: there is one proxy or none
    }

    private boolean bypassed(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        int port = uri.getPort() == -1 ? 443 : uri.getPort();
        for (String entry : direct) {
            if (entry.equals("*") || matches(entry, bare, port)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String entry, String host, int port) {
        String pattern = entry;
        int colon = pattern.lastIndexOf(':');
        if (colon > 0
                && pattern.indexOf(':') == colon
                && pattern.substring(colon + 1).matches("\\d+")) {
            if (Integer.parseInt(pattern.substring(colon + 1)) != port) {
                return false;
            }
            pattern = pattern.substring(0, colon);
        }
        if (pattern.startsWith("[") && pattern.endsWith("]")) {
            pattern = pattern.substring(1, pattern.length() - 1);
        }
        pattern = pattern.replaceFirst("^\\*?\\.", "");
        return host.equals(pattern) || host.endsWith("." + pattern);
    }

    private static Proxy parse(String url) {
        String withScheme = url.contains("://") ? url : "http://" + url;
        URI uri;
        try {
            uri = new URI(withScheme);
        } catch (URISyntaxException e) {
            throw new UsageException(
                    "HTTPS_PROXY is not a URL",
                    "set HTTPS_PROXY to http://HOST:PORT, e.g. http://proxy.example.com:3128");
        }
        if (uri.getRawUserInfo() != null) {
            // the URL is not repeated: it holds a password
            throw new UsageException(
                    "HTTPS_PROXY holds a user name and password, which cloudsync does not send to a proxy",
                    "use a proxy that admits this host without proxy authentication, or list the Graph and sign-in"
                            + " hosts in NO_PROXY");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new UsageException(
                    "HTTPS_PROXY=" + url + " is not an http://HOST:PORT proxy URL",
                    "set HTTPS_PROXY to http://HOST:PORT (the connection to Graph stays TLS end to end through it)");
        }
        int port = uri.getPort() == -1 ? 80 : uri.getPort();
        return new Proxy(Proxy.Type.HTTP, new InetSocketAddress(uri.getHost(), port));
    }

    @Override
    public String toString() {
        return "EnvironmentProxy[" + proxy + ", direct=" + direct + "]";
    }
}
