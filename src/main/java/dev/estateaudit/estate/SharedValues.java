package dev.estateaudit.estate;

import java.time.Instant;
import java.util.function.Function;

/**
 * One copy of each repeated value while one file is read. An estate repeats itself: the same
 * module names in every environment, a handful of application names, a handful of Platform Server
 * versions. Keeping one String or Version per distinct text instead of one per occurrence makes a
 * million-module estate hundreds of megabytes smaller. The table lives as long as one read.
 * Values are looked up by the parser's characters, so a repeated text is never built as a String.
 */
final class SharedValues {

    /** Longer texts (descriptions, say) rarely repeat; they are kept as read. */
    static final int MAX_SHARED_LENGTH = 80;

    private final TextTable<String> strings = new TextTable<>();
    private final TextTable<Version> versions = new TextTable<>();
    private final TextTable<Instant> instants = new TextTable<>();

    String string(String text) {
        if (text == null || text.length() > MAX_SHARED_LENGTH) {
            return text;
        }
        String shared = strings.get(text);
        if (shared == null) {
            strings.put(text, text);
            return text;
        }
        return shared;
    }

    /** The shared copy of the text {@code chars[offset..offset+length)} when it was kept before, else null. */
    String knownString(char[] chars, int offset, int length) {
        return length > MAX_SHARED_LENGTH ? null : strings.get(chars, offset, length);
    }

    /** The shared copy of {@code text} when it was kept before, else null. */
    String knownString(String text) {
        return text.length() > MAX_SHARED_LENGTH ? null : strings.get(text);
    }

    /** Timestamps repeat too (modules published together); parsing them is the slow part of reading a module. */
    Instant instant(char[] chars, int offset, int length, Function<String, Instant> parse) {
        Instant shared = instants.get(chars, offset, length);
        if (shared == null) {
            String text = new String(chars, offset, length);
            shared = parse.apply(text);
            if (shared != null) {
                instants.put(text, shared);
            }
        }
        return shared;
    }

    /** Like {@link #instant(char[], int, int, Function)}, for a parser that has the text only as a String (YAML's). */
    Instant instant(String text, Function<String, Instant> parse) {
        Instant shared = instants.get(text);
        if (shared == null) {
            shared = parse.apply(text);
            if (shared != null) {
                instants.put(text, shared);
            }
        }
        return shared;
    }

    /** Versions are immutable, so one parsed instance serves every occurrence of the same text. */
    Version version(char[] chars, int offset, int length, Function<String, Version> parse) {
        Version shared = versions.get(chars, offset, length);
        return shared != null ? shared : version(new String(chars, offset, length), parse);
    }

    Version version(String text, Function<String, Version> parse) {
        Version shared = versions.get(text);
        if (shared == null) {
            shared = parse.apply(text);
            versions.put(text, shared);
        }
        return shared;
    }
}
