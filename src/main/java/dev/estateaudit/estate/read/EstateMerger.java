package dev.estateaudit.estate.read;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.Named;
import dev.estateaudit.estate.Positioned;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges a later estate file onto an earlier one so a user can keep an exported inventory plus a
 * hand-written overlay. A value given later wins; lists of named items (environments, zones,
 * front ends, modules) are merged item by item by name, new names appended; other lists
 * (references, upgrade order) are replaced. Reflection keeps this true for fields added later.
 */
final class EstateMerger {

    private EstateMerger() {
    }

    static Estate merge(Estate base, Estate overlay) {
        mergeInto(base, overlay);
        return base;
    }

    private static void mergeInto(Object base, Object overlay) {
        for (Class<?> type = base.getClass(); type != Positioned.class && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(JsonIgnore.class)) {
                    continue;
                }
                field.setAccessible(true);
                try {
                    Object later = field.get(overlay);
                    Object earlier = field.get(base);
                    field.set(base, mergedValue(earlier, later));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot merge field " + field, e);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Object mergedValue(Object earlier, Object later) {
        if (later == null) {
            return earlier;
        }
        if (earlier == null) {
            return later;
        }
        if (earlier instanceof List<?> list && isNamedList(list, (List<?>) later)) {
            return mergeNamed((List<Named>) earlier, (List<Named>) later);
        }
        if (earlier instanceof Positioned && !(earlier instanceof Named)) {
            mergeInto(earlier, later);
            return earlier;
        }
        return later;
    }

    /** Absent lists are null, so an empty list here was written out; only named items merge by name. */
    private static boolean isNamedList(List<?> earlier, List<?> later) {
        return !later.isEmpty() && later.get(0) instanceof Named || !earlier.isEmpty() && earlier.get(0) instanceof Named;
    }

    private static List<Named> mergeNamed(List<Named> earlier, List<Named> later) {
        List<Named> result = new ArrayList<>(earlier);
        Map<String, Named> byName = new HashMap<>();
        for (Named existing : earlier) {
            if (existing.getName() != null) {
                byName.putIfAbsent(existing.getName(), existing);
            }
        }
        for (Named item : later) {
            Named match = item.getName() == null ? null : byName.get(item.getName());
            if (match == null) {
                result.add(item);
            } else {
                mergeInto(match, item);
            }
        }
        return result;
    }
}
