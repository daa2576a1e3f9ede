package dev.estateaudit.importer;

import dev.estateaudit.estate.LifeTime;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The LifeTime API's base address, {@code <url>/lifetimeapi/rest/v2}, built from what the user
 * typed. User info, query and fragment are dropped, so no credential typed into the URL is ever
 * sent, shown or written. Plain HTTP is refused except on this machine's loopback address: the
 * token would otherwise cross the network readable by anyone on the way.
 */
public final class LifeTimeUrl {

    static final String API_PATH = "/lifetimeapi/rest/v2";
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final URI base;

    private LifeTimeUrl(URI base) {
        this.base = base;
    }

    public static LifeTimeUrl parse(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new ImportException("--url: '" + printable(text) + "' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new ImportException("--url: expected https://LIFETIME-HOST, found '" + printable(text) + "'");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (scheme.equals("http") && !LOOPBACK.contains(host)) {
            throw new ImportException("--url: LifeTime must be reached over https (the token would travel in clear "
                    + "text over http); plain http is accepted only for localhost");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        if (!path.endsWith(API_PATH)) {
            path = path + API_PATH;
        }
        String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        return new LifeTimeUrl(URI.create(scheme + "://" + authority + path));
    }

    /** The address of one API call, e.g. {@code /environments/}. */
    URI resolve(String call) {
        return URI.create(base + call);
    }

    public String host() {
        return base.getHost();
    }

    @Override
    public String toString() {
        return base.toString();
    }

    private static String printable(String text) {
        try {
            URI uri = new URI(text.strip());
            if (uri.getRawUserInfo() != null) {
                return text.replace(uri.getRawUserInfo() + "@", "");
            }
        } catch (URISyntaxException ignored) {
            // shown as typed: it is not a URL, so it holds no user info to hide
        }
        return text;
    }
}
