package io.github.cloudsync.graph;

import io.github.cloudsync.model.Cloud;
import io.github.cloudsync.model.UsageException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Locale;

/**
 * Where Graph and the sign-in service are for one run: the Graph root (scheme and host, no version), the API version
 * segment, and the Entra sign-in host. Clouds follow docs/graph.md section 9; {@code --graph-url} replaces the root.
 *
 * @param graphRoot e.g. {@code https://graph.microsoft.us}, never ending in {@code /}
 * @param version {@code v1.0} (the default) or {@code beta} (what Microsoft's article uses)
 * @param signInHost e.g. {@code https://login.microsoftonline.us}
 */
public record GraphEndpoint(URI graphRoot, String version, URI signInHost) {
    /**
     * The API version used when none is chosen: every call cloudsync makes exists on v1.0, and beta's
     * {@code synchronization/secrets} is marked for removal (docs/graph.md section 16.5).
     */
    public static final String DEFAULT_VERSION = "v1.0";

    /**
     * The removal date of beta's {@code synchronization/secrets} in Graph's beta metadata ({@code Revisions}
     * RemovalDate 2027-07-06, docs/graph.md section 16.5), as the start of that day in UTC.
     */
    public static final Instant BETA_SECRETS_REMOVAL = Instant.parse("2027-07-06T00:00:00Z");

    public GraphEndpoint {
        requireAllowedScheme(graphRoot);
        if (!version.equals("beta") && !version.equals("v1.0")) {
            throw new UsageException(
                    "unknown Graph version '" + version + "'", "use --graph-version beta or --graph-version v1.0");
        }
    }

    /**
     * The endpoint for a cloud, optionally with the Graph root replaced ({@code --graph-url}) and the version chosen.
     * A URL that is not https is refused here, before any request, unless its host is a loopback address.
     */
    public static GraphEndpoint of(Cloud cloud, String graphUrlOverride, String version) {
        URI root = graphUrlOverride == null || graphUrlOverride.isBlank()
                ? URI.create(graphRootOf(cloud))
                : parseOverride(graphUrlOverride.trim());
        return new GraphEndpoint(root, version == null ? DEFAULT_VERSION : version, URI.create(signInHostOf(cloud)));
    }

    /** The base every Graph path is appended to, e.g. {@code https://graph.microsoft.com/beta}. */
    public String base() {
        return graphRoot + "/" + version;
    }

    /** The client-credentials scope for this Graph root (docs/graph.md section 9): {@code {graphRoot}/.default}. */
    public String scope() {
        return graphRoot + "/.default";
    }

    /**
     * Refuses a secrets call on beta from {@link #BETA_SECRETS_REMOVAL} on ({@code now} is the session's clock): what
     * beta answers then is unknown, and v1.0 has the same calls without the deprecation.
     */
    public void requireSecretsCallAllowed(Instant now) {
        if (version.equals("beta") && !now.isBefore(BETA_SECRETS_REMOVAL)) {
            throw new UsageException(
                    "Graph beta's synchronization/secrets was due to be removed on 2027-07-06: cloudsync sends no"
                            + " secrets call to beta from that day on (docs/graph.md section 16.5)",
                    "leave out --graph-version beta: v1.0, the default, has the same secrets calls");
        }
    }

    /** Whether Graph is on this machine (the emulator): the only case where http and {@code --auth none} are allowed. */
    public boolean loopback() {
        return isLoopbackHost(graphRoot.getHost());
    }

    /** Whether requests go over plain http (the emulator on loopback): then TLS is never used. */
    public boolean plainHttp() {
        return "http".equalsIgnoreCase(graphRoot.getScheme());
    }

    static String graphRootOf(Cloud cloud) {
        return switch (cloud) {
            case GLOBAL -> "https://graph.microsoft.com";
            case USGOV -> "https://graph.microsoft.us";
            case USGOVDOD -> "https://dod-graph.microsoft.us";
            case CHINA -> "https://microsoftgraph.chinacloudapi.cn";
        };
    }

    static String signInHostOf(Cloud cloud) {
        return switch (cloud) {
            case GLOBAL -> "https://login.microsoftonline.com";
            case USGOV, USGOVDOD -> "https://login.microsoftonline.us";
            case CHINA -> "https://login.chinacloudapi.cn";
        };
    }

    /**
     * A scheme, a host and an optional port from 1 to 65535, nothing else: a path, a query, a fragment or a user would
     * end up inside every request's path, and an invalid port would fail only at the first request.
     */
    private static URI parseOverride(String url) {
        String trimmed = url.replaceAll("/+$", "");
        try {
            URI uri = new URI(trimmed);
            boolean extra = (uri.getPath() != null && !uri.getPath().isEmpty())
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null
                    || uri.getRawUserInfo() != null;
            if (uri.getHost() == null || extra) {
                throw new UsageException(
                        "--graph-url '" + url + "' must be a scheme, a host and a port only (no path, query,"
                                + " fragment or user)",
                        "pass e.g. --graph-url https://graph.microsoft.com (choose the version with --graph-version)");
            }
            if (uri.getPort() == 0 || uri.getPort() > 65_535) {
                throw new UsageException(
                        "--graph-url '" + url + "' has port " + uri.getPort() + "; a port is from 1 to 65535",
                        "pass the port Graph listens on, e.g. --graph-url http://127.0.0.1:8080");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UsageException(
                    "--graph-url '" + url + "' is not a URL", "pass e.g. --graph-url http://127.0.0.1:8080");
        }
    }

    private static void requireAllowedScheme(URI root) {
        String scheme = root.getScheme() == null ? "" : root.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https")) {
            return;
        }
        if (scheme.equals("http") && isLoopbackHost(root.getHost())) {
            return;
        }
        throw new UsageException(
                "refusing Graph URL " + root
                        + ": only https, or http to a loopback host (127.0.0.0/8, localhost, [::1])",
                "use an https URL; plain http is only for the local emulator");
    }

    /** Literal loopback addresses and {@code localhost}; no name is ever looked up in DNS. */
    static boolean isLoopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            String[] octets = h.split("\\.");
            boolean valid = java.util.Arrays.stream(octets).allMatch(o -> Integer.parseInt(o) <= 255);
            return valid && octets[0].equals("127");
        }
        if (!h.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
