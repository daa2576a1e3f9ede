package dev.estateaudit.importer;

import dev.estateaudit.util.TerminalText;
import java.nio.charset.StandardCharsets;

/**
 * An environment's Key as LifeTime lists it, which estate-audit puts into the path of a later call
 * ({@code /environments/{Key}/deploymentzones/}). LifeTime documents Keys as identifiers, but the
 * answer comes from a server estate-audit does not control: a Key of
 * {@code ../../admin/secret?x=} must not send the token to another path of the host, and a line
 * break must not reach the request line. So a Key travels as one path segment, percent-encoded
 * (RFC 3986), and a Key no segment can carry is refused.
 */
final class EnvironmentKey {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private EnvironmentKey() {
    }

    /**
     * {@code key}, checked: a control character, an invisible formatting character or half a
     * surrogate pair is refused (exit 2) naming the environment, wherever the answers came from.
     */
    static String checked(String environment, String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean halfPair = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < key.length()
                    && Character.isLowSurrogate(key.charAt(i + 1)));
            if (halfPair || TerminalText.unsafe(c, false)) {
                throw new ImportException("GET /environments/: the Key of environment " + TerminalText.quote(environment, 80)
                        + " holds " + (halfPair ? "half a surrogate pair" : "a control character") + " at position " + (i + 1)
                        + " (" + TerminalText.quote(key, 80) + "); LifeTime documents a Key as an identifier, so the answer "
                        + "is not LifeTime's or is damaged; nothing was written");
            }
            if (Character.isHighSurrogate(c) && !halfPair) {
                i++;
            }
        }
        return key;
    }

    /** {@code key} as one segment of a URL's path: every byte but RFC 3986's unreserved characters percent-encoded. */
    static String pathSegment(String environment, String key) {
        if (key.isBlank() || key.equals(".") || key.equals("..")) {
            // "" would call /environments//..., and "." or ".." (even encoded) name another path
            throw new ImportException("GET /environments/: environment " + TerminalText.quote(environment, 80) + " has the Key "
                    + TerminalText.quote(key, 80) + ", which cannot name it in a call; LifeTime documents a Key as an identifier");
        }
        StringBuilder segment = new StringBuilder(key.length());
        for (byte b : checked(environment, key).getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') {
                segment.append((char) c);
            } else {
                segment.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return segment.toString();
    }
}
