package dev.estateaudit.estate;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One copy of each repeated value while one file is read. An estate repeats itself: the same
 * module names in every environment, a handful of application names, a handful of Platform Server
 * versions. Keeping one String or Version per distinct text instead of one per occurrence makes a
 * million-module estate hundreds of megabytes smaller. The table lives as long as one read.
 */
final class SharedValues {

    /** Longer texts (descriptions, say) rarely repeat; they are kept as read. */
    static final int MAX_SHARED_LENGTH = 80;

    private final Map<String, String> strings = new HashMap<>();
    private final Map<String, Version> versions = new HashMap<>();
    private final Map<String, Instant> instants = new HashMap<>();

    String string(String text) {
        if (text == null || text.length() > MAX_SHARED_LENGTH) {
            return text;
        }
        String shared = strings.putIfAbsent(text, text);
        return shared == null ? text : shared;
    }

    /** Timestamps repeat too (modules published together); parsing them is the slow part of reading a module. */
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
    Version version(String text, Function<String, Version> parse) {
        Version shared = versions.get(text);
        if (shared == null) {
            shared = parse.apply(text);
            versions.put(text, shared);
        }
        return shared;
    }
}
