package dev.estateaudit.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes report files whole or not at all: each into a temporary file beside its target, renamed
 * over it only once every report of the run has rendered, so a pipeline never reads half a
 * report, nor a fresh SARIF file beside a stale HTML one when a renderer fails.
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    public static void write(Path target, AuditReport report, ReportRenderer renderer) throws IOException {
        writeAll(Map.of(target, renderer), report);
    }

    /** Something written to a file in one go (a plan, a readiness matrix...). */
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    public static void write(Path target, Content content) throws IOException {
        writeContents(Map.of(target, content));
    }

    /** Renders every report to a temporary file first, then renames them all into place. */
    public static void writeAll(Map<Path, ReportRenderer> targets, AuditReport report) throws IOException {
        Map<Path, Content> contents = new LinkedHashMap<>();
        targets.forEach((path, renderer) -> contents.put(path, out -> renderer.render(report, out)));
        writeContents(contents);
    }

    private static void writeContents(Map<Path, Content> targets) throws IOException {
        Map<Path, Path> rendered = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, Content> target : targets.entrySet()) {
                Path absolute = target.getKey().toAbsolutePath();
                rendered.put(renderToTemporary(absolute, target.getValue()), absolute);
            }
            for (Map.Entry<Path, Path> done : rendered.entrySet()) {
                move(done.getKey(), done.getValue());
            }
        } finally {
            List<Path> leftovers = new ArrayList<>(rendered.keySet());
            for (Path temporary : leftovers) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    private static Path renderToTemporary(Path absolute, Content content) throws IOException {
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
        readableByAll(temporary);
        boolean rendered = false;
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            content.writeTo(out);
            rendered = true;
        } finally {
            if (!rendered) {
                Files.deleteIfExists(temporary);
            }
        }
        return temporary;
    }

    /** Temporary files are private to their owner; a report is read by others (a CI agent, a web server). */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
