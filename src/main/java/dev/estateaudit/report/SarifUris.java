package dev.estateaudit.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the SARIF report names files: relative to a root folder under the base id {@code %SRCROOT%},
 * so an upload resolves them against the repository however the estate file was named.
 */
final class SarifUris {

    /** The base id of every artifact URI inside the root. */
    static final String SRCROOT = "%SRCROOT%";

    private SarifUris() {
    }

    /** The file as an absolute, normalised path against the working directory; null if it is no path on this system. */
    static Path absolute(String file) {
        try {
            return Path.of(file).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The root as a file: URI ending with '/', as originalUriBaseIds requires of a base. */
    static String rootUri(Path root) {
        String uri = root.toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /** A relative path as a URI reference: its names joined by '/', each percent-encoded. */
    static String relativeUri(Path relative) {
        List<String> names = new ArrayList<>();
        relative.forEach(name -> names.add(encode(name.toString())));
        return String.join("/", names);
    }

    /**
     * Percent-encodes all but RFC 3986's unreserved characters, its sub-delimiters, '@' and '/', as
     * UTF-8: a ':' is encoded too, so a relative reference never reads as a scheme.
     */
    static String encode(String text) {
        StringBuilder sb = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=@/".indexOf(c) >= 0)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }
}
