package dev.estateaudit.findings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A finding's identity across runs: a hash of its rule id and its subject's names (and, for a rule
 * that reports one subject for several reasons, a key the rule gives). Never the message, the
 * evidence or the position in the report, so rewording a message or adding an environment does
 * not make an old finding look new.
 */
public final class Fingerprint {

    /** 16 bytes of SHA-256 as hex: short enough to read, far too long to collide by chance. */
    private static final int HEX_LENGTH = 32;
    private static final char SEPARATOR = '\u001f';

    private Fingerprint() {
    }

    /** One digest per thread: looking SHA-256 up among the security providers cost more than hashing. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    });
    private static final HexFormat HEX = HexFormat.of();

    public static String of(String ruleId, Subject subject, String key) {
        StringBuilder canonical = new StringBuilder(96).append("v1").append(SEPARATOR).append(ruleId);
        append(canonical, subject.environment());
        append(canonical, subject.module());
        append(canonical, subject.zone());
        append(canonical, subject.frontEnd());
        append(canonical, key);
        byte[] hash = SHA_256.get().digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(hash, 0, HEX_LENGTH / 2);
    }

    private static void append(StringBuilder canonical, String part) {
        // null and "" must differ: a leading marker says which one it is
        canonical.append(SEPARATOR);
        if (part == null) {
            canonical.append('-');
        } else {
            canonical.append('+').append(part);
        }
    }
}
