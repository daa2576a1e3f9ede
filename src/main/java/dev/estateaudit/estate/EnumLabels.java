package dev.estateaudit.estate;

import dev.estateaudit.util.Suggestions;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Parses the estate file's enum values case-insensitively: {@code Production}, {@code production}
 * and {@code PRODUCTION} are one value, and {@code on-premises}/{@code on_premises} are too.
 * An unknown value names the accepted ones and the nearest, for the user who typed "prodution".
 */
public final class EnumLabels {

    /** An enum whose constants are spelt in estate files as their lower-case, hyphenated names. */
    public interface Labeled {
        default String label() {
            return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** False for a value that is read (so it can be explained) but never suggested. */
        default boolean offered() {
            return true;
        }
    }

    private EnumLabels() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Enum<?> parseAny(Class<?> type, String value) {
        return parse((Class) type, value);
    }

    public static <E extends Enum<E> & Labeled> E parse(Class<E> type, String value) {
        String wanted = normalise(value);
        for (E constant : type.getEnumConstants()) {
            if (normalise(constant.label()).equals(wanted)) {
                return constant;
            }
        }
        var labels = Arrays.stream(type.getEnumConstants()).filter(Labeled::offered).map(Labeled::label).toList();
        String hint = Suggestions.nearest(value == null ? "" : value.toLowerCase(Locale.ROOT), labels)
                .map(s -> " (did you mean '" + s + "'?)").orElse("");
        throw new IllegalArgumentException("unknown value '" + value + "'" + hint + "; expected one of "
                + labels.stream().collect(Collectors.joining(", ")));
    }

    private static String normalise(String value) {
        return value == null ? "" : value.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
    }
}
