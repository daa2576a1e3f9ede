package dev.estateaudit.estate.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import dev.estateaudit.estate.SourcePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every problem found while reading and validating a set of estate files, so one run names them
 * all: a user fixing an imported estate should not meet its mistakes one run at a time. Each
 * problem sits at the key or value at fault; a key's position is found afterwards (see
 * {@link KeyPositions}) because the binder only sees the value that follows it.
 */
final class EstateProblems {

    /** Past this many, the rest are counted, not listed: the first fifty already say what is wrong. */
    static final int LIMIT = 50;

    private final List<String> fileOrder = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> fields = new HashSet<>();

    /** A problem; {@code keyPointer} is set while its key's position is still to be found. */
    static final class Problem {
        SourcePosition position;
        final String file;
        final JsonPointer keyPointer;
        final String field;
        final String message;

        Problem(SourcePosition position, String file, JsonPointer keyPointer, String field, String message) {
            this.position = position;
            this.file = file;
            this.keyPointer = keyPointer;
            this.field = field;
            this.message = message;
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            sb.append(position != null ? position.toString() : file != null ? file : "");
            if (!sb.isEmpty()) {
                sb.append(": ");
            }
            if (field != null && !field.isEmpty()) {
                sb.append(field).append(": ");
            }
            return sb.append(message).toString();
        }
    }

    void file(String name) {
        if (!fileOrder.contains(name)) {
            fileOrder.add(name);
        }
    }

    /** A problem with a value (or an object) whose position is known. */
    void add(SourcePosition position, String field, String message) {
        add(new Problem(position, position == null ? null : position.file(), null, field, message));
    }

    void add(String file, JsonLocation location, String field, String message) {
        add(position(file, location), field, message);
    }

    /** A problem with a key: its position is resolved by {@link KeyPositions} before reporting. */
    void addAtKey(String file, JsonPointer key, JsonLocation fallback, String field, String message) {
        add(new Problem(position(file, fallback), file, key, field, message));
    }

    void add(Problem problem) {
        // one message per field of a file: a value refused while binding is not then reported "missing"
        // too; each file's own paths, since the same path in two files names two places
        if (problem.field != null && !fields.add(problem.file + "\0" + problem.field)) {
            return;
        }
        problems.add(problem);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<Problem> awaitingKeyPositions(String file) {
        return problems.stream().filter(p -> p.keyPointer != null && file.equals(p.file)).toList();
    }

    /** Throws every problem collected, sorted by file (in the order given) and position. */
    void throwIfAny() {
        if (problems.isEmpty()) {
            return;
        }
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((Problem p) -> fileIndex(p.file))
                .thenComparingInt(p -> p.position == null ? Integer.MAX_VALUE : p.position.line())
                .thenComparingInt(p -> p.position == null ? Integer.MAX_VALUE : p.position.column()));
        List<String> lines = new ArrayList<>();
        for (Problem problem : sorted.subList(0, Math.min(LIMIT, sorted.size()))) {
            lines.add(problem.text());
        }
        if (sorted.size() > LIMIT) {
            lines.add((sorted.size() - LIMIT) + " more problems not listed: fix these and run again");
        }
        throw new EstateInputException(lines);
    }

    private int fileIndex(String file) {
        int index = file == null ? -1 : fileOrder.indexOf(file);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static SourcePosition position(String file, JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? null
                : new SourcePosition(file, location.getLineNr(), location.getColumnNr());
    }
}
