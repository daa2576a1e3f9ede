package dev.estateaudit.report;

import dev.estateaudit.estate.SourcePosition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a CI annotation points: a file, a 1-based line and a 1-based column. A subject with no
 * position in a file (a finding about the estate as a whole) points at the first estate file,
 * line 1, column 1, as SARIF's locations do.
 */
record AnnotationPlace(String file, int line, int column) {

    /** How a service wants the file named. */
    enum Naming {
        /**
         * Relative to the working directory with '/' between names (GitHub resolves an annotation's
         * file against the repository, which is where a workflow step runs); a file outside it stays absolute.
         */
        RELATIVE,
        /**
         * Absolute (Azure Pipelines' logging commands ask for rooted paths; the agent itself makes a
         * file inside the checked-out repository relative to it).
         */
        ABSOLUTE
    }

    static AnnotationPlace of(SourcePosition position, String fallbackFile, Naming naming) {
        if (position == null) {
            return new AnnotationPlace(name(fallbackFile, naming), 1, 1);
        }
        return new AnnotationPlace(name(position.file(), naming), Math.max(1, position.line()), Math.max(1, position.column()));
    }

    /** The estate's first file, which a finding without a position points at. */
    static String fallbackFile(AuditReport report) {
        List<String> files = report.result().estate().getFiles();
        return files.isEmpty() ? "estate.yaml" : files.get(0);
    }

    private static String name(String file, Naming naming) {
        Path path = SarifUris.absolute(file);
        if (path == null) {
            return file;
        }
        Path workingDirectory = Path.of("").toAbsolutePath();
        if (naming == Naming.ABSOLUTE || !path.startsWith(workingDirectory)) {
            return path.toString();
        }
        List<String> names = new ArrayList<>();
        workingDirectory.relativize(path).forEach(name -> names.add(name.toString()));
        return String.join("/", names);
    }
}
