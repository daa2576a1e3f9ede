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

    public static String of(String ruleId, Subject subject, String key) {
        StringBuilder canonical = new StringBuilder("v1").append(SEPARATOR).append(ruleId);
        for (String part : new String[] {subject.environment(), subject.module(), subject.zone(), subject.frontEnd(), key}) {
            // null and "" must differ: a leading marker says which one it is
            canonical.append(SEPARATOR).append(part == null ? "-" : "+" + part);
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, HEX_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
