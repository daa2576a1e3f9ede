package dev.estateaudit.knowledge;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises the free-text infrastructure names of estate files and of the catalogue to one
 * spelling, so that rules compare them with {@code ==} (an indexable join): "Microsoft Windows
 * Server 2019 Datacenter" and "windows server 2019" are one operating system.
 */
public final class InfrastructureNames {

    private static final Pattern OS_NOISE = Pattern.compile("\\b(microsoft|standard|datacenter|essentials|foundation|edition)\\b");
    private static final Pattern DB_NOISE = Pattern.compile("\\b(microsoft|sql server|oracle|database)\\b");
    private static final Pattern EDITION_NOISE = Pattern.compile("\\bedition\\b");
    private static final Pattern OS_EDITION = Pattern.compile("\\b(standard|datacenter|essentials|foundation)\\b");

    private InfrastructureNames() {
    }

    public static String operatingSystem(String text) {
        return clean(text, OS_NOISE);
    }

    /**
     * The Windows Server edition an operating system's name states ("Windows Server 2019 Essentials"
     * is "essentials"), lower-case; null when it names none.
     */
    public static String operatingSystemEdition(String text) {
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher m = OS_EDITION.matcher(text.toLowerCase(Locale.ROOT));
        return m.find() ? m.group(1) : null;
    }

    public static String databaseVersion(String text) {
        return clean(text, DB_NOISE);
    }

    public static String databaseEdition(String text) {
        return clean(text, EDITION_NOISE);
    }

    /** Azure SQL service tiers compare upper-case and without spaces: "s3" and "S 3" are S3. */
    public static String serviceTier(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static String clean(String text, Pattern noise) {
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
        String cleaned = noise.matcher(lower).replaceAll(" ").trim().replaceAll("\\s+", " ");
        return cleaned.isEmpty() ? null : cleaned;
    }
}
