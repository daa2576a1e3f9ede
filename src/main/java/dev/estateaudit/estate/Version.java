package dev.estateaudit.estate;

import java.util.Arrays;

/**
 * A Platform Server (or LifeTime) version: dotted numbers, optionally followed by " (Build N)".
 * Versions compare numerically component by component; missing components count as 0, so
 * {@code 11} equals {@code 11.0.0}. The original text is kept for reports.
 */
public final class Version implements Comparable<Version> {

    /** Longer than any real version with its build; a longer text is refused before it is scanned. */
    public static final int MAX_LENGTH = 64;

    private final int[] components;
    private final Integer build;
    private final String text;

    private Version(int[] components, Integer build, String text) {
        this.components = components;
        this.build = build;
        this.text = text;
    }

    /**
     * Reads the text in one pass, without a regular expression (a 3,000-component version overflowed
     * the regex's stack), into plain ints: a large estate holds a version per module.
     */
    public static Version parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("'" + trimmed.substring(0, 20) + "...' is not a version: " + trimmed.length()
                    + " characters, more than the " + MAX_LENGTH + " a version such as 11.18.1 (Build 123) needs");
        }
        Scanner scan = new Scanner(trimmed);
        // each component but the last takes a digit and a dot
        int[] components = new int[trimmed.length() / 2 + 1];
        int count = 0;
        do {
            components[count++] = scan.number(text);
        } while (scan.take('.'));
        Integer build = null;
        scan.spaces();
        if (scan.take('(')) {
            scan.spaces();
            if (!scan.word("build") || !scan.spaces()) {
                throw notAVersion(text);
            }
            build = scan.number(text);
            scan.spaces();
            if (!scan.take(')')) {
                throw notAVersion(text);
            }
        }
        if (!scan.atEnd()) {
            throw notAVersion(text);
        }
        return new Version(Arrays.copyOf(components, count), build, trimmed);
    }

    private static IllegalArgumentException notAVersion(String text) {
        return new IllegalArgumentException("'" + text + "' is not a version: expected dotted numbers such as "
                + "11.18.1, optionally followed by ' (Build N)'");
    }

    /** A cursor over the text. */
    private static final class Scanner {
        private final String text;
        private int at;

        Scanner(String text) {
            this.text = text;
        }

        int number(String original) {
            int start = at;
            int value = 0;
            boolean tooLarge = false;
            while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
                int digit = text.charAt(at++) - '0';
                tooLarge |= value > (Integer.MAX_VALUE - digit) / 10; // value * 10 + digit would not fit
                value = value * 10 + digit;
            }
            if (at == start) {
                throw notAVersion(original);
            }
            if (tooLarge) {
                throw new IllegalArgumentException("'" + original + "' is not a version: component '"
                        + text.substring(start, at) + "' is too large");
            }
            return value;
        }

        boolean take(char c) {
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        boolean word(String lower) {
            if (text.regionMatches(true, at, lower, 0, lower.length())) {
                at += lower.length();
                return true;
            }
            return false;
        }

        /** Skips white space; whether there was any. */
        boolean spaces() {
            int start = at;
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            return at > start;
        }

        boolean atEnd() {
            return at == text.length();
        }
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
}
