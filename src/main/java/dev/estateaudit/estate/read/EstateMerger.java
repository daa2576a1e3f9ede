package dev.estateaudit.estate.read;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.EstateModule;
import dev.estateaudit.estate.FrontEnd;
import dev.estateaudit.estate.Named;
import dev.estateaudit.estate.Positioned;
import dev.estateaudit.estate.SourcePosition;
import dev.estateaudit.estate.Zone;
import dev.estateaudit.util.TerminalText;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Merges a later estate file onto an earlier one so a user can keep an exported inventory plus a
 * hand-written overlay. A value given later wins; lists of named items (environments, zones,
 * front ends, modules) are merged item by item by name, new names appended; other lists
 * (references, upgrade order) are replaced. Reflection keeps this true for fields added later.
 * Each later file's names were checked unique before ({@link EstateValidator#namesUnique}).
 */
final class EstateMerger {

    /**
     * {@code overlay} merged onto {@code base}; an item whose name differs from an earlier one's
     * only in case, surrounding spaces or Unicode form is a problem, never a new item.
     */
    static Estate merge(Estate base, Estate overlay, EstateProblems problems) {
        new EstateMerger(problems).mergeInto(base, overlay);
        return base;
    }

    private final EstateProblems problems;

    private EstateMerger(EstateProblems problems) {
        this.problems = problems;
    }

    private void mergeInto(Object base, Object overlay) {
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
    private Object mergedValue(Object earlier, Object later) {
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

    private List<Named> mergeNamed(List<Named> earlier, List<Named> later) {
        List<Named> result = new ArrayList<>(earlier);
        Map<String, Named> byName = new HashMap<>();
        for (Named existing : earlier) {
            if (existing.getName() != null) {
                byName.putIfAbsent(existing.getName(), existing);
            }
        }
        Map<String, Named> byLooseName = null;
        for (Named item : later) {
            Named match = item.getName() == null ? null : byName.get(item.getName());
            if (match != null) {
                mergeInto(match, item);
                continue;
            }
            if (item.getName() != null) {
                byLooseName = byLooseName != null ? byLooseName : looseNames(earlier);
                Named similar = byLooseName.get(loose(item.getName()));
                if (similar != null) {
                    refuseLookAlike(item, similar);
                    continue;
                }
            }
            result.add(item);
        }
        return result;
    }

    /**
     * A name that differs from an earlier one only in case, surrounding spaces or Unicode
     * normalisation ({@code Orders_CS }, {@code orders_cs}, an NFD form) would become a second
     * item that looks like the first: the overlay's facts would go nowhere anyone looks.
     */
    private void refuseLookAlike(Named item, Named earlier) {
        String what = item instanceof EstateModule ? "module" : item instanceof Zone ? "zone"
                : item instanceof FrontEnd ? "front end" : "environment";
        SourcePosition at = ((Positioned) item).getPosition();
        SourcePosition there = ((Positioned) earlier).getPosition();
        problems.add(at, null, what + " " + TerminalText.quote(item.getName(), 80) + " differs from "
                + TerminalText.quote(earlier.getName(), 80) + (there == null ? "" : " (" + there + ")")
                + " only in letter case, spaces or Unicode form; names are matched exactly: write it as the earlier file "
                + "does to add to that " + what + ", or give it a name of its own");
    }

    private static Map<String, Named> looseNames(List<Named> items) {
        Map<String, Named> byLooseName = new HashMap<>();
        for (Named item : items) {
            if (item.getName() != null) {
                byLooseName.putIfAbsent(loose(item.getName()), item);
            }
        }
        return byLooseName;
    }

    private static String loose(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
    }
}
