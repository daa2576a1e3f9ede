package dev.estateaudit.estate;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Platform Server (or LifeTime) version: dotted numbers, optionally followed by " (Build N)".
 * Versions compare numerically component by component; missing components count as 0, so
 * {@code 11} equals {@code 11.0.0}. The original text is kept for reports.
 */
public final class Version implements Comparable<Version> {

    private static final Pattern FORMAT =
            Pattern.compile("(\\d+(?:\\.\\d+)*)(?:\\s*\\(\\s*Build\\s+(\\d+)\\s*\\))?", Pattern.CASE_INSENSITIVE);

    private final int[] components;
    private final Integer build;
    private final String text;

    private Version(int[] components, Integer build, String text) {
        this.components = components;
        this.build = build;
        this.text = text;
    }

    public static Version parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        Matcher m = FORMAT.matcher(trimmed);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a version: expected dotted numbers such as "
                    + "11.18.1, optionally followed by ' (Build N)'");
        }
        String[] parts = m.group(1).split("\\.");
        int[] components = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                components[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' is not a version: component '" + parts[i]
                        + "' is too large");
            }
        }
        Integer build = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        return new Version(components, build, trimmed);
    }

    /** The first component: OutSystems 10, 11, ... */
    public int getMajor() {
        return components[0];
    }

    public int getMinor() {
        return component(1);
    }

    public int component(int index) {
        return index < components.length ? components[index] : 0;
    }

    public boolean isNewerThan(Version other) {
        return compareTo(other) > 0;
    }

    public boolean isOlderThan(Version other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Version other) {
        int length = Math.max(components.length, other.components.length);
        for (int i = 0; i < length; i++) {
            int c = Integer.compare(component(i), other.component(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Version v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        int last = components.length;
        while (last > 1 && components[last - 1] == 0) {
            last--;
        }
        return Arrays.hashCode(Arrays.copyOf(components, last));
    }

    @Override
    public String toString() {
        return text;
    }

    public Integer getBuild() {
        return build;
    }

    static boolean sameText(Version a, Version b) {
        return Objects.equals(a == null ? null : a.text, b == null ? null : b.text);
    }
}
